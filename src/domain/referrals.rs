//! Who led to whom: referral chains from first contacts down.

use super::{Document, Id, Person, Referrer};
use std::collections::{BTreeMap, BTreeSet};

/// One person in the chain view and the people they led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainNode {
    pub person: Id,
    pub children: Vec<ChainNode>,
    /// Set when this person's referrer is no longer tracked (forgotten).
    pub from_forgotten: bool,
    /// Who introduced the user to this person, when that someone is not in the planner.
    pub introduced_by: Option<String>,
}

/// The people this person suggested.
pub fn referred_by<'a>(doc: &'a Document, person: &Id) -> Vec<&'a Person> {
    doc.people
        .iter()
        .filter(|p| {
            p.referred_by
                .as_ref()
                .and_then(|r| r.referrer_id())
                .is_some_and(|by| by == person)
        })
        .collect()
}

/// The referral forest. Roots are people nobody tracked referred: first contacts, and people
/// whose referrer was forgotten. Data edited by hand can hold a cycle (A referred B, B referred
/// A); a cycle has no natural root, so its earliest-added member is shown as one, and nobody is
/// ever shown twice.
pub fn chains(doc: &Document) -> Vec<ChainNode> {
    let known: BTreeSet<&Id> = doc.people.iter().map(|p| &p.id).collect();
    let mut children: BTreeMap<&Id, Vec<&Id>> = BTreeMap::new();
    let mut is_root = Vec::new();
    for p in &doc.people {
        match p.referred_by.as_ref().and_then(|r| r.referrer_id()) {
            Some(by) if known.contains(by) && by != &p.id => {
                children.entry(by).or_default().push(&p.id);
                is_root.push(false);
            }
            _ => is_root.push(true),
        }
    }
    let mut forgotten: BTreeSet<&Id> = BTreeSet::new();
    let mut introducers: BTreeMap<&Id, &str> = BTreeMap::new();
    for p in &doc.people {
        match p.referred_by.as_ref().map(|r| &r.referrer) {
            Some(Referrer::NoLongerTracked) => {
                forgotten.insert(&p.id);
            }
            Some(Referrer::Named { name }) => {
                introducers.insert(&p.id, name);
            }
            Some(Referrer::Person { .. }) | None => {}
        }
    }
    let outside = Outside {
        forgotten: &forgotten,
        introducers: &introducers,
    };

    let mut placed: BTreeSet<&Id> = BTreeSet::new();
    let mut roots = Vec::new();
    let first_contacts = doc.people.iter().zip(&is_root).filter(|(_, root)| **root);
    for (p, _) in first_contacts {
        roots.extend(grow(&p.id, &children, &outside, &mut placed));
    }
    // Whatever is still unplaced sits on a cycle (or hangs below one).
    for p in &doc.people {
        if !placed.contains(&p.id) {
            roots.extend(grow(&p.id, &children, &outside, &mut placed));
        }
    }
    roots
}

/// Referrers from outside the planner's people: forgotten ones and introducers known by name.
struct Outside<'a> {
    forgotten: &'a BTreeSet<&'a Id>,
    introducers: &'a BTreeMap<&'a Id, &'a str>,
}

fn grow<'a>(
    id: &'a Id,
    children: &BTreeMap<&'a Id, Vec<&'a Id>>,
    outside: &Outside,
    placed: &mut BTreeSet<&'a Id>,
) -> Option<ChainNode> {
    if !placed.insert(id) {
        return None;
    }
    let kids = children
        .get(id)
        .map(|kids| {
            kids.iter()
                .filter_map(|kid| grow(kid, children, outside, placed))
                .collect()
        })
        .unwrap_or_default();
    Some(ChainNode {
        person: id.clone(),
        children: kids,
        from_forgotten: outside.forgotten.contains(id),
        introduced_by: outside.introducers.get(id).map(|n| (*n).to_owned()),
    })
}

/// Whether anyone in the forest has a referral below them (otherwise a chain view says little).
pub fn has_any_referral(doc: &Document) -> bool {
    doc.people.iter().any(|p| p.referred_by.is_some())
}
