//! Finding people: search and filters on the people page, and the checks on the person form.

use super::links::{is_email, is_web_url};
use super::text::{fold_case, squash_spaces};
use super::{Connection, Document, Id, Person, Status, Timestamp};
use std::collections::BTreeMap;

/// The status shown for each person: that of their most recent talk, with when that talk was
/// created. People with no talk are absent. One pass over the talks, rather than one per person.
pub fn latest_statuses(doc: &Document) -> BTreeMap<&Id, (Timestamp, Status)> {
    let mut latest = BTreeMap::<&Id, (Timestamp, Status)>::new();
    for i in &doc.interviews {
        let entry = latest.entry(&i.person).or_insert((i.created_at, i.status));
        if i.created_at >= entry.0 {
            *entry = (i.created_at, i.status);
        }
    }
    latest
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    Any,
    NoTalkYet,
    Is(Status),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleFilter {
    /// Matched against name and organisation, ignoring case.
    pub text: String,
    pub career: Option<Id>,
    pub connection: Option<Connection>,
    pub status: StatusFilter,
}

pub fn filter_people<'a>(doc: &'a Document, filter: &PeopleFilter) -> Vec<&'a Person> {
    let needle = fold_case(filter.text.trim());
    let latest = match filter.status {
        StatusFilter::Any => BTreeMap::new(),
        _ => latest_statuses(doc),
    };
    let status_of = |p: &Person| latest.get(&p.id).map(|(_, s)| *s);
    doc.people
        .iter()
        .filter(|p| {
            needle.is_empty()
                || fold_case(&p.name).contains(&needle)
                || fold_case(&p.organisation).contains(&needle)
        })
        .filter(|p| filter.career.as_ref().is_none_or(|c| p.careers.contains(c)))
        .filter(|p| filter.connection.is_none_or(|c| p.connection == c))
        .filter(|p| match &filter.status {
            StatusFilter::Any => true,
            StatusFilter::NoTalkYet => status_of(p).is_none(),
            StatusFilter::Is(s) => status_of(p) == Some(*s),
        })
        .collect()
}

/// The person form's fields that have rules, as typed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PersonInput<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub profile_url: &'a str,
    /// None until the user has chosen how they know the person.
    pub connection: Option<Connection>,
    /// The name of whoever introduced them, when the user said it was someone not in the
    /// planner; None otherwise.
    pub introducer: Option<&'a str>,
}

/// Problems with a person's details as typed in the form, one per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonErrors {
    pub name: Option<String>,
    pub email: Option<String>,
    pub profile_url: Option<String>,
    pub connection: Option<String>,
    pub introducer: Option<String>,
}

impl PersonErrors {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.email.is_none()
            && self.profile_url.is_none()
            && self.connection.is_none()
            && self.introducer.is_none()
    }
}

pub fn check_person(input: &PersonInput) -> PersonErrors {
    PersonErrors {
        name: input
            .name
            .trim()
            .is_empty()
            .then(|| "Enter the person's name (a first name is enough).".to_owned()),
        email: (!input.email.trim().is_empty() && !is_email(input.email))
            .then(|| "This does not look like an email address (name@example.org).".to_owned()),
        profile_url: (!input.profile_url.trim().is_empty() && !is_web_url(input.profile_url))
            .then(|| "Use a full web address starting with https:// or http://.".to_owned()),
        connection: input
            .connection
            .is_none()
            .then(|| "Choose how you know them.".to_owned()),
        introducer: input
            .introducer
            .is_some_and(|n| n.trim().is_empty())
            .then(|| "Enter the name of the person who introduced you.".to_owned()),
    }
}

/// A name as two spellings of it compare: case and runs of spaces aside.
fn name_key(name: &str) -> String {
    squash_spaces(&fold_case(name))
}

/// People already in the planner who may be the one being typed into the form: the same e-mail
/// address, or the same name whatever its case. `except` is the person being edited.
pub fn possible_duplicates<'a>(
    doc: &'a Document,
    name: &str,
    email: &str,
    except: Option<&Id>,
) -> Vec<&'a Person> {
    let name = name_key(name);
    let email = fold_case(email.trim());
    doc.people
        .iter()
        .filter(|p| Some(&p.id) != except)
        .filter(|p| {
            (!name.is_empty() && name_key(&p.name) == name)
                || (!email.is_empty() && fold_case(p.email.trim()) == email)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Interview, Timestamp};
    use chrono::DateTime;

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap()
    }

    fn doc() -> Document {
        let mut doc = Document::empty();
        for (id, name, org, conn) in [
            ("p-1", "Ana Costa", "Helix Labs", Connection::Alumni),
            ("p-2", "Ben Hall", "City Transit", Connection::Personal),
            ("p-3", "Cy Park", "helix labs", Connection::Referral),
        ] {
            let mut p = Person::new(Id::parse(id).unwrap(), name, conn, now());
            p.organisation = org.into();
            doc.people.push(p);
        }
        doc.people[0].careers.push(Id::parse("c-1").unwrap());
        let mut talk = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-2").unwrap(),
            None,
            now(),
        );
        talk.status = Status::Asked;
        doc.interviews.push(talk);
        doc
    }

    fn names(doc: &Document, f: PeopleFilter) -> Vec<String> {
        filter_people(doc, &f)
            .iter()
            .map(|p| p.name.clone())
            .collect()
    }

    #[test]
    fn search_matches_name_or_organisation_ignoring_case() {
        let doc = doc();
        let by = |t: &str| {
            names(
                &doc,
                PeopleFilter {
                    text: t.into(),
                    ..Default::default()
                },
            )
        };
        assert_eq!(by("HELIX"), ["Ana Costa", "Cy Park"]);
        assert_eq!(by("ben"), ["Ben Hall"]);
        assert_eq!(by("  "), ["Ana Costa", "Ben Hall", "Cy Park"]);
    }

    #[test]
    fn filters_combine() {
        let doc = doc();
        let career = PeopleFilter {
            career: Some(Id::parse("c-1").unwrap()),
            ..Default::default()
        };
        assert_eq!(names(&doc, career), ["Ana Costa"]);
        let conn = PeopleFilter {
            connection: Some(Connection::Referral),
            ..Default::default()
        };
        assert_eq!(names(&doc, conn), ["Cy Park"]);
        let asked = PeopleFilter {
            status: StatusFilter::Is(Status::Asked),
            ..Default::default()
        };
        assert_eq!(names(&doc, asked), ["Ben Hall"]);
        let none = PeopleFilter {
            status: StatusFilter::NoTalkYet,
            text: "a".into(),
            ..Default::default()
        };
        assert_eq!(names(&doc, none), ["Ana Costa", "Cy Park"]);
    }

    #[test]
    fn a_person_shows_the_status_of_their_latest_talk() {
        let mut doc = doc();
        let mut later = Interview::new(
            Id::parse("i-2").unwrap(),
            Id::parse("p-2").unwrap(),
            None,
            now() + chrono::Duration::days(3),
        );
        later.status = Status::Held;
        // Listed before the older talk: order in the list must not matter, only the date.
        doc.interviews.insert(0, later);
        let statuses = latest_statuses(&doc);
        assert_eq!(
            statuses.get(&Id::parse("p-2").unwrap()).map(|(_, s)| *s),
            Some(Status::Held)
        );
        assert_eq!(statuses.len(), 1);
        let held = PeopleFilter {
            status: StatusFilter::Is(Status::Held),
            ..Default::default()
        };
        assert_eq!(names(&doc, held), ["Ben Hall"]);
        let asked = PeopleFilter {
            status: StatusFilter::Is(Status::Asked),
            ..Default::default()
        };
        assert!(names(&doc, asked).is_empty());
    }

    fn input<'a>(name: &'a str, email: &'a str, profile_url: &'a str) -> PersonInput<'a> {
        PersonInput {
            name,
            email,
            profile_url,
            connection: Some(Connection::Personal),
            introducer: None,
        }
    }

    #[test]
    fn form_checks() {
        assert!(check_person(&input("Ana", "", "")).is_empty());
        assert!(check_person(&input(" ", "", "")).name.is_some());
        assert!(check_person(&input("Ana", "ana@", "")).email.is_some());
        assert!(
            check_person(&input("Ana", "ana@example.org", "javascript:alert(1)"))
                .profile_url
                .is_some()
        );
        assert!(
            check_person(&input("Ana", "", "ftp://x.org"))
                .profile_url
                .is_some()
        );
        assert!(check_person(&input("Ana", "", "https://x.org/ana")).is_empty());
    }

    #[test]
    fn how_you_know_them_must_be_chosen_and_an_introducer_named() {
        let unchosen = PersonInput {
            connection: None,
            ..input("Ana", "", "")
        };
        assert_eq!(
            check_person(&unchosen).connection.as_deref(),
            Some("Choose how you know them.")
        );
        let blank_introducer = PersonInput {
            introducer: Some("  "),
            ..input("Ana", "", "")
        };
        assert!(check_person(&blank_introducer).introducer.is_some());
        let named = PersonInput {
            introducer: Some("Prof. Lee"),
            ..input("Ana", "", "")
        };
        assert!(check_person(&named).is_empty());
    }

    #[test]
    fn the_same_email_or_name_in_any_case_is_a_possible_duplicate() {
        let mut doc = doc();
        doc.people[0].email = "Ana.Costa@Example.org".into();
        let found = |name: &str, email: &str, except: Option<&str>| {
            let except = except.map(|e| Id::parse(e).unwrap());
            possible_duplicates(&doc, name, email, except.as_ref())
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("ANA  costa", "", None), ["Ana Costa"]);
        assert_eq!(
            found("Someone Else", " ana.costa@example.ORG ", None),
            ["Ana Costa"]
        );
        assert_eq!(
            found("Ana", "", None),
            Vec::<String>::new(),
            "part of a name is not the name"
        );
        assert_eq!(found("", "", None), Vec::<String>::new());
        assert_eq!(
            found("Ana Costa", "", Some("p-1")),
            Vec::<String>::new(),
            "not a duplicate of themselves"
        );
        assert_eq!(
            found("ben hall", "ana.costa@example.org", None),
            ["Ana Costa", "Ben Hall"]
        );
    }
}
