//! One tab's copy of the planner and what it knows of the stored copy that every tab shares.
//!
//! Several tabs of one browser each hold the document in memory and write it to the same
//! storage key. A tab cannot count on seeing another tab's write before its own: Chromium, for
//! one, keeps a copy of localStorage in each renderer process and brings it up to date a moment
//! after another process writes, and the cross-tab lock is granted through a different channel.
//! So a tab may read an old value, write over a save it never saw, and the other tab, hearing
//! of that write, must not take it as the newer truth.
//!
//! Every save therefore names itself and the saves it grew from (its [`Lineage`]). When a tab
//! finds something in storage that it did not write or read last, it looks at that lineage:
//! - the stored save grew from the one this tab knows, and this tab has no unsaved change: it is
//!   simply newer, and the tab takes it as it is;
//! - otherwise (this tab has unsaved changes, or the stored save was written without seeing this
//!   tab's last save): a three-way merge against the newest version both sides share. When the
//!   merge holds anything the stored save lacks, the tab writes again, so storage ends up with
//!   everything; the other tab then finds a save that grew from its own and takes it.
//!
//! No order of edits, saves, reads of old values and storage events loses an accepted edit;
//! `tests/tab_sync.rs` runs two tabs through random orders of all of them.

use super::import::{ImportError, parse_document};
use super::stored::stored_text;
use super::sync::{Snapshot, merge3};
use super::{Document, Id};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// How many ancestors a save names: enough to find a shared version after any realistic run
/// of saves one tab made while another was not listening.
const LINEAGE_LEN: usize = 32;

/// How many versions a tab keeps as possible merge ancestors, as many as a lineage names. Each
/// is a fingerprint per record: about 100 KB at a thousand talks.
const REMEMBERED: usize = LINEAGE_LEN;

/// A save's own id followed by those of the saves it grew from, newest first. A save that
/// merged two tabs' versions grew from both, so it names the ancestors of both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lineage(Vec<Id>);

impl Lineage {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn head(&self) -> Option<&Id> {
        self.0.first()
    }

    /// Whether this save grew from the version named `id`. A version without a name was
    /// written before saves were named; every lineage that has not yet run to its full length
    /// began from it.
    pub fn grew_from(&self, id: Option<&Id>) -> bool {
        match id {
            Some(id) => self.0.contains(id),
            None => self.0.len() < LINEAGE_LEN,
        }
    }

    /// The lineage of a new save grown from this one.
    fn child(&self, id: Id) -> Lineage {
        let mut ids = Vec::with_capacity(LINEAGE_LEN);
        ids.push(id);
        ids.extend(self.0.iter().take(LINEAGE_LEN - 1).cloned());
        Lineage(ids)
    }

    /// The ancestors of a merge of two versions: theirs first, then ours that theirs lacks.
    fn joined(&self, ours: &Lineage) -> Lineage {
        let mut ids = self.0.clone();
        for id in &ours.0 {
            if ids.len() == LINEAGE_LEN {
                break;
            }
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        Lineage(ids)
    }
}

/// A version of the stored document this tab has read or written.
struct Version {
    id: Option<Id>,
    snapshot: Snapshot,
}

/// What a tab made of the stored copy.
#[derive(Debug, Clone, PartialEq)]
pub enum Received {
    /// Storage holds what this tab last read or wrote.
    Unchanged,
    /// The tab's document now includes what storage holds. `changed` says whether anything on
    /// screen changes; `save` whether the tab must write because storage lacks something it has.
    Merged { changed: bool, save: bool },
    /// Storage holds something this build cannot read (a newer version's data): it must not be
    /// written over.
    Unreadable(ImportError),
}

pub struct Replica {
    /// Newest first. The first is the base: what storage held when this tab last read or wrote.
    seen: VecDeque<Version>,
    /// The base's text: when storage still holds it, nothing happened.
    base_text: Option<String>,
    /// The document has changes storage does not have.
    dirty: bool,
}

impl Replica {
    /// Starts from `doc`, read from `stored`; or, with nothing stored, a fresh document that
    /// still has to be written.
    pub fn new(doc: &Document, stored: Option<String>) -> Self {
        let mut replica = Replica {
            seen: VecDeque::with_capacity(REMEMBERED),
            base_text: None,
            dirty: stored.is_none(),
        };
        if let Some(text) = stored {
            replica.remember(doc, text);
        }
        replica
    }

    /// The document was changed here.
    pub fn edited(&mut self) {
        self.dirty = true;
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Forgets what was stored before: the next save writes whatever is stored now (after the
    /// user chose to give up stored data the app could not read).
    pub fn restart(&mut self) {
        self.seen.clear();
        self.base_text = None;
        self.dirty = true;
    }

    fn remember(&mut self, doc: &Document, text: String) {
        if self.seen.len() == REMEMBERED {
            self.seen.pop_back();
        }
        self.seen.push_front(Version {
            id: doc.saves.head().cloned(),
            snapshot: Snapshot::of(doc),
        });
        self.base_text = Some(text);
    }

    /// Brings `doc` up to date with what storage holds now (`None`: nothing).
    pub fn receive(&mut self, doc: &mut Document, stored: Option<&str>) -> Received {
        let Some(stored) = stored else {
            // Storage was emptied behind the app's back (site data cleared): write it again.
            if !self.seen.is_empty() {
                self.restart();
                return Received::Merged {
                    changed: false,
                    save: true,
                };
            }
            return Received::Unchanged;
        };
        if self.base_text.as_deref() == Some(stored) {
            return Received::Unchanged;
        }
        let theirs = match parse_document(stored) {
            Ok((theirs, _)) => theirs,
            Err(e) => return Received::Unreadable(e),
        };
        let grew_from_ours = self
            .seen
            .front()
            .is_some_and(|v| theirs.saves.grew_from(v.id.as_ref()));
        // Taken as it is when nothing of ours can be missing from it; otherwise merged, and
        // taken as it is all the same when the merge adds nothing to it.
        let merged = (!grew_from_ours || self.dirty)
            .then(|| {
                let empty;
                let ancestor = match self.shared_ancestor(&theirs) {
                    Some(snapshot) => snapshot,
                    None => {
                        empty = Snapshot::empty();
                        &empty
                    }
                };
                let mut merged = merge3(ancestor, doc, &theirs);
                merged.saves = theirs.saves.joined(&doc.saves);
                merged
            })
            .filter(|merged| !same_content(merged, &theirs));
        let save = merged.is_some();
        self.remember(&theirs, stored.to_owned());
        let new = merged.unwrap_or(theirs);
        let changed = !same_content(&new, doc);
        *doc = new;
        self.dirty = save;
        Received::Merged { changed, save }
    }

    /// The newest version this tab knows that `theirs` grew from; with none (a very old tab, or
    /// data written by a build without lineages), an empty one, which makes the merge keep every
    /// record either side has.
    fn shared_ancestor(&self, theirs: &Document) -> Option<&Snapshot> {
        self.seen
            .iter()
            .find(|v| theirs.saves.grew_from(v.id.as_ref()))
            .map(|v| &v.snapshot)
    }

    /// Writes `doc` as a new save named `id`, grown from the version this tab last saw. On
    /// success the text written becomes the base; on failure nothing changes.
    pub fn save<E>(
        &mut self,
        doc: &mut Document,
        id: Id,
        write: impl FnOnce(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        let child = doc.saves.child(id);
        let previous = std::mem::replace(&mut doc.saves, child);
        let text = stored_text(doc);
        match write(&text) {
            Ok(()) => {
                self.remember(doc, text);
                self.dirty = false;
                Ok(())
            }
            Err(e) => {
                doc.saves = previous;
                Err(e)
            }
        }
    }
}

/// Whether two documents hold the same data, whichever saves they came from.
fn same_content(a: &Document, b: &Document) -> bool {
    // Everything but the lineage, compared without copying either document.
    let Document {
        format,
        schema_version,
        saves: _,
        exported_at,
        profile,
        careers,
        questions,
        people,
        interviews,
        templates,
        comments,
        last_export_at,
    } = a;
    *format == b.format
        && *schema_version == b.schema_version
        && *exported_at == b.exported_at
        && *profile == b.profile
        && *careers == b.careers
        && *questions == b.questions
        && *people == b.people
        && *interviews == b.interviews
        && *templates == b.templates
        && *comments == b.comments
        && *last_export_at == b.last_export_at
}
