//! The app's one reactive state, provided at the root. Pages read it and change it through
//! [`AppState::edit`], which schedules the save.
//!
//! Saving follows three rules: never write over stored data the app could not read; never drop
//! another tab's change (a save first checks the stored save counter and merges); and never
//! write while a mentor is reviewing someone else's shared file.

use crate::browser::{self, BrowserIds};
use crate::domain::import::parse_document;
use crate::domain::stored::{Stored, interpret, revision_of};
use crate::domain::sync::merge3;
use crate::domain::{Document, Id, IdSource, Timestamp};
use crate::storage::{self, DOC_KEY, StorageError};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::time::Duration;

/// The longest a change waits before it is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(250);

/// Where a shared file being reviewed is kept for the session, so a reload does not lose the
/// mentor's comments; it never touches the mentor's own planner in localStorage.
const REVIEW_KEY: &str = "interview-planner.review";

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Everything is in storage.
    Saved,
    /// A change waits for the next write.
    Pending,
    /// The last write failed; the data is only in memory.
    Failed(StorageError),
    /// Saving is held back until the user decides what to do with unreadable stored data.
    Paused,
    /// A shared file is open for review: the user's own planner is not being written.
    Reviewing,
}

/// Stored data the app could not read. Its text is kept here only to offer it as a download:
/// the copy in storage is never touched while this is set.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub raw: String,
    pub reason: String,
}

/// What an edit gets besides the document: the time, and new ids.
pub struct EditCx {
    pub now: Timestamp,
    pub today: NaiveDate,
    ids: BrowserIds,
}

impl EditCx {
    pub fn new_id(&mut self, prefix: &str) -> Id {
        self.ids.new_id(prefix)
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub save_state: RwSignal<SaveState>,
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// Set when storage cannot be used at all, so nothing will persist.
    pub storage_problem: RwSignal<Option<StorageError>>,
    /// Today's date, refreshed while the app stays open.
    pub today: RwSignal<NaiveDate>,
    /// The name of a shared file open for review (read-only), if any.
    pub review: RwSignal<Option<String>>,
    /// Set briefly when an edit was refused because the planner is read-only.
    pub refused: RwSignal<bool>,
    /// Shown once after another tab's change arrived in this one.
    pub synced: RwSignal<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// A save is waiting for the cross-tab lock.
    queued: StoredValue<bool>,
    /// What was last read from or written to storage: the common ancestor for merging with
    /// another tab's save.
    base: StoredValue<MergeBase>,
}

/// The merge ancestor is kept as the stored text and read again only for a merge, which is
/// rare: keeping a second copy of the document instead cost a deep copy at every load and every
/// save, several milliseconds each at a thousand talks.
struct MergeBase {
    revision: u64,
    text: String,
}

impl MergeBase {
    fn of(doc: &Document) -> Self {
        Self::stored_as(doc, crate::domain::encode::document(doc, false))
    }

    /// `doc` as it was read from or written to storage: `text`.
    fn stored_as(doc: &Document, text: String) -> Self {
        MergeBase {
            revision: doc.revision,
            text,
        }
    }

    /// The ancestor as a document. It was read or written by this build, so it reads back; if
    /// it somehow did not, `theirs` stands in, which keeps every change of this tab.
    fn document(&self, theirs: &Document) -> Document {
        parse_document(&self.text).map_or_else(|_| theirs.clone(), |(doc, _)| doc)
    }
}

struct Loaded {
    doc: Document,
    base: MergeBase,
    unreadable: Option<Unreadable>,
    problem: Option<StorageError>,
    first_visit: bool,
}

fn load_stored() -> Loaded {
    let now = browser::now();
    let fresh = |first_visit, unreadable, problem| {
        let doc = Document::fresh(&mut BrowserIds, now);
        Loaded {
            base: MergeBase::of(&doc),
            doc,
            unreadable,
            problem,
            first_visit,
        }
    };
    match storage::read(DOC_KEY) {
        Err(e) => fresh(false, None, Some(e)),
        Ok(raw) => match interpret(raw.as_deref()) {
            Stored::Nothing => fresh(true, None, None),
            Stored::Ready { doc, migrated_from } => {
                let text = raw.unwrap_or_default();
                if migrated_from.is_some() {
                    // Keep the old version's text aside before the first save rewrites it;
                    // without room for it, the migrated data is still complete.
                    let _ = storage::write(storage::BACKUP_KEY, &text);
                }
                Loaded {
                    base: MergeBase::stored_as(&doc, text),
                    doc: *doc,
                    unreadable: None,
                    problem: None,
                    first_visit: false,
                }
            }
            Stored::Unreadable { error } => fresh(
                false,
                Some(Unreadable {
                    raw: raw.unwrap_or_default(),
                    reason: error.to_string(),
                }),
                None,
            ),
        },
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

impl AppState {
    /// Loads what is stored (or the shared file under review) and decides whether saving may go
    /// ahead.
    pub fn load() -> Self {
        let loaded = load_stored();
        let state = AppState {
            doc: RwSignal::new(loaded.doc),
            save_state: RwSignal::new(SaveState::Saved),
            unreadable: RwSignal::new(loaded.unreadable),
            storage_problem: RwSignal::new(loaded.problem),
            today: RwSignal::new(browser::today()),
            review: RwSignal::new(None),
            refused: RwSignal::new(false),
            synced: RwSignal::new(None),
            timer: StoredValue::new(None),
            queued: StoredValue::new(false),
            base: StoredValue::new(loaded.base),
        };
        state.refresh_save_state();
        if let Some((name, doc)) = Self::review_in_session() {
            state.review.set(Some(name));
            state.doc.set(doc);
            state.save_state.set(SaveState::Reviewing);
        } else if loaded.first_visit {
            // A first visit: keep the starter bank's ids stable from the start.
            state.save_now();
        }
        state
    }

    fn refresh_save_state(&self) {
        let paused = self.unreadable.with_untracked(Option::is_some)
            || self.storage_problem.with_untracked(Option::is_some);
        self.save_state.set(if paused {
            SaveState::Paused
        } else {
            SaveState::Saved
        });
    }

    /// Whether a shared file is open: nothing may change but comments.
    pub fn read_only(&self) -> bool {
        self.review.with(Option::is_some)
    }

    /// Changes the document and schedules one save. Refused while reviewing a shared file.
    pub fn edit<R>(&self, f: impl FnOnce(&mut Document, &mut EditCx) -> R) -> R
    where
        R: Default,
    {
        if self.review.with_untracked(Option::is_some) {
            self.refused.set(true);
            return R::default();
        }
        let mut result = R::default();
        let mut f = Some(f);
        self.apply_edit(&mut |doc, cx| {
            if let Some(f) = f.take() {
                result = f(doc, cx);
            }
        });
        result
    }

    /// Adds or changes comments: the one edit allowed on a shared file under review.
    pub fn comment(&self, f: impl FnOnce(&mut Document, &mut EditCx)) {
        let mut f = Some(f);
        self.apply_edit(&mut |doc, cx| {
            if let Some(f) = f.take() {
                f(doc, cx);
            }
        });
    }

    /// Not generic, unlike the two above: there are dozens of edits, and one copy of the signal
    /// update and save scheduling serves them all.
    fn apply_edit(&self, f: &mut dyn FnMut(&mut Document, &mut EditCx)) {
        let now = browser::now();
        let mut cx = EditCx {
            now,
            today: now.date_naive(),
            ids: BrowserIds,
        };
        self.doc.update(|doc| f(doc, &mut cx));
        self.schedule_save();
    }

    fn saving_allowed(&self) -> bool {
        self.unreadable.with_untracked(Option::is_none)
            && self.storage_problem.with_untracked(Option::is_none)
    }

    /// Saves within [`SAVE_DELAY`]; edits in the meantime ride along with the same write.
    pub fn schedule_save(&self) {
        if self.review.with_untracked(Option::is_some) {
            self.save_review();
            return;
        }
        if !self.saving_allowed() {
            self.save_state.set(SaveState::Paused);
            return;
        }
        self.save_state.set(SaveState::Pending);
        if self.timer.with_value(Option::is_some) {
            return;
        }
        let state = *self;
        match set_timeout_with_handle(
            move || {
                state.timer.set_value(None);
                state.queued.set_value(true);
                // Tabs take turns, so two tabs saving at once cannot overwrite each other.
                browser::with_lock("interview-planner-save", move || {
                    if state.queued.try_update_value(std::mem::take) == Some(true) {
                        state.save_now();
                    }
                });
            },
            SAVE_DELAY,
        ) {
            Ok(handle) => self.timer.set_value(Some(handle)),
            Err(_) => self.save_now(),
        }
    }

    /// Writes at once if a save is waiting (the page is being hidden or closed).
    pub fn flush(&self) {
        let timer = self.timer.try_update_value(Option::take).flatten();
        let queued = self.queued.try_update_value(std::mem::take) == Some(true);
        if let Some(handle) = &timer {
            handle.clear();
        }
        // The page may be gone before the lock is granted: write now, without it.
        if timer.is_some() || queued {
            self.save_now();
        }
    }

    fn has_pending(&self) -> bool {
        self.timer.with_value(Option::is_some)
            || self.queued.get_value()
            || matches!(self.save_state.get_untracked(), SaveState::Failed(_))
    }

    /// Writes the document now, unless saving is paused. If another tab saved since this tab
    /// last read or wrote, the two versions are merged first.
    pub fn save_now(&self) {
        if self.review.with_untracked(Option::is_some) {
            return;
        }
        if !self.saving_allowed() {
            self.save_state.set(SaveState::Paused);
            return;
        }
        let stored_revision = stored_revision();
        if stored_revision.is_some_and(|stored| stored != self.base.with_value(|b| b.revision)) {
            self.merge_stored();
        }
        // The counter is set in place for the writing and put back if the write fails: no
        // copy of the document is made to save it.
        let previous = self.doc.with_untracked(|d| d.revision);
        let revision = previous.max(self.base.with_value(|b| b.revision)) + 1;
        self.doc.update_untracked(|d| d.revision = revision);
        let text = self
            .doc
            .with_untracked(|d| crate::domain::encode::document(d, false));
        match storage::write(DOC_KEY, &text) {
            Ok(()) => {
                self.base.set_value(MergeBase { revision, text });
                self.save_state.set(SaveState::Saved);
            }
            Err(e) => {
                self.doc.update_untracked(|d| d.revision = previous);
                self.save_state.set(SaveState::Failed(e));
            }
        }
    }

    /// Folds what another tab stored into this tab's document.
    fn merge_stored(&self) {
        let Ok(Some(raw)) = storage::read(DOC_KEY) else {
            return;
        };
        let Ok((theirs, _)) = parse_document(&raw) else {
            // The other tab wrote something this build cannot read (a newer version): do not
            // write over it.
            self.unreadable.set(Some(Unreadable {
                raw,
                reason: "another tab saved data this version cannot read".into(),
            }));
            return;
        };
        self.merge_with(theirs, raw);
    }

    /// Folds `theirs`, read from storage as `text`, into this tab's document.
    fn merge_with(&self, theirs: Document, text: String) {
        let base = self.base.with_value(|b| b.document(&theirs));
        let merged = self.doc.with_untracked(|ours| merge3(&base, ours, &theirs));
        self.base.set_value(MergeBase::stored_as(&theirs, text));
        self.doc.set(merged);
    }

    /// A safety net for a missed storage event (a tab the browser froze in the background, for
    /// one): if the stored save counter is not the one this tab last read or wrote, another tab
    /// saved since. Reads only the start of the stored text, so it is cheap enough to run often.
    fn catch_up(&self) {
        if stored_revision().is_some_and(|r| r != self.base.with_value(|b| b.revision)) {
            self.on_other_tab_saved();
        }
    }

    /// Another tab saved: show its change here at once, merged with any unsaved change of ours.
    fn on_other_tab_saved(&self) {
        if self.review.with_untracked(Option::is_some) || !self.saving_allowed() {
            return;
        }
        let Ok(Some(raw)) = storage::read(DOC_KEY) else {
            return;
        };
        let Ok((theirs, _)) = parse_document(&raw) else {
            return;
        };
        if self.has_pending() {
            // Already read and parsed: merge what is in hand rather than reading it again.
            self.merge_with(theirs, raw);
        } else {
            self.base.set_value(MergeBase::stored_as(&theirs, raw));
            self.doc.set(theirs);
        }
        self.synced
            .set(Some("Changes made in another tab are shown here.".into()));
    }

    /// The user chose to give up the unreadable stored data and keep what is on screen.
    pub fn discard_unreadable(&self) {
        self.unreadable.set(None);
        self.base.update_value(|b| b.revision = 0);
        self.refresh_save_state();
        self.save_now();
    }

    /// Stores `doc` in place of the current data, all at once: if the write fails, nothing
    /// changes, on screen or in storage.
    pub fn replace_document(&self, mut doc: Document) -> Result<(), StorageError> {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        doc.revision = stored_revision()
            .unwrap_or(0)
            .max(self.base.with_value(|b| b.revision))
            + 1;
        let text = crate::domain::encode::document(&doc, false);
        storage::write(DOC_KEY, &text)?;
        self.unreadable.set(None);
        self.base.set_value(MergeBase::stored_as(&doc, text));
        self.doc.set(doc);
        self.refresh_save_state();
        Ok(())
    }

    /// Opens someone's shared planner read-only. The user's own planner stays in storage,
    /// untouched, until the review is closed.
    pub fn open_review(&self, name: String, doc: Document) {
        self.flush();
        self.review.set(Some(name));
        self.doc.set(doc);
        self.save_state.set(SaveState::Reviewing);
        self.save_review();
    }

    /// Closes the shared file and shows the user's own planner again.
    pub fn close_review(&self) {
        if let Some(s) = session() {
            let _ = s.remove_item(REVIEW_KEY);
        }
        let loaded = load_stored();
        self.review.set(None);
        self.unreadable.set(loaded.unreadable);
        self.storage_problem.set(loaded.problem);
        self.base.set_value(loaded.base);
        self.doc.set(loaded.doc);
        self.refresh_save_state();
    }

    fn save_review(&self) {
        let (Some(name), Some(s)) = (self.review.get_untracked(), session()) else {
            return;
        };
        let text = self.doc.with_untracked(|d| {
            let mut j = crate::domain::encode::Json::new(false);
            j.begin('[');
            j.str(&name);
            crate::domain::encode::write_document(&mut j, d);
            j.end(']');
            j.finish()
        });
        match s.set_item(REVIEW_KEY, &text) {
            Ok(()) => self.save_state.set(SaveState::Reviewing),
            Err(_) => self.save_state.set(SaveState::Failed(StorageError::Full)),
        }
    }

    fn review_in_session() -> Option<(String, Document)> {
        let text = session()?.get_item(REVIEW_KEY).ok()??;
        let value = crate::domain::json::parse(&text).ok()?;
        let [name, doc] = value.as_array()? else {
            return None;
        };
        let name = name.as_str()?.to_owned();
        let doc = crate::domain::decode::document(doc).ok()?;
        Some((name, doc))
    }

    /// Writes every pending change when the page goes away, keeps `today` current, and follows
    /// other tabs' saves.
    pub fn watch_page_lifecycle(&self) {
        let state = *self;
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
        // visibilitychange is fired at the document and bubbles up to the window.
        let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if hidden {
                state.flush();
            } else {
                state.refresh_today();
                state.catch_up();
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(DOC_KEY) {
                state.on_other_tab_saved();
            }
        });
        let ticker = set_interval_with_handle(
            move || {
                state.refresh_today();
                state.catch_up();
            },
            Duration::from_secs(30),
        );
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            on_storage.remove();
            if let Ok(ticker) = ticker {
                ticker.clear();
            }
        });
    }

    fn refresh_today(&self) {
        let today = browser::today();
        if self.today.get_untracked() != today {
            self.today.set(today);
        }
    }
}

/// The save counter of what is stored, read from the start of the text only (the document runs
/// to megabytes; the counter is written near its start).
fn stored_revision() -> Option<u64> {
    storage::read_start(DOC_KEY, 120)
        .ok()
        .flatten()
        .map(|s| revision_of(&s))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A signal that changes only when `key(document)` changes.
///
/// Views that contain text boxes re-render from it instead of from the whole document, so typing
/// in a box (which changes the document) never rebuilds the box under the cursor. Every use shares
/// the one `Memo<u64>` type, which keeps the download small.
#[derive(Clone, Copy)]
pub struct Watch(Memo<u64>);

impl Watch {
    /// Makes the running view or effect re-run when the watched part changes. The memo is read,
    /// not merely tracked: a memo is computed lazily, and one never read would never notice.
    pub fn track(&self) {
        self.0.get();
    }
}

pub fn watch<K: std::hash::Hash>(key: impl Fn(&Document) -> K + Send + Sync + 'static) -> Watch {
    use std::hash::{DefaultHasher, Hasher};
    let state = use_app();
    Watch(Memo::new(move |_| {
        let mut hasher = DefaultHasher::new();
        state.doc.with(|d| key(d).hash(&mut hasher));
        hasher.finish()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::generate;
    use chrono::DateTime;

    #[test]
    fn the_merge_base_reads_back_as_the_document_it_was_made_from() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").unwrap();
        let mut doc = generate(3, 12, today, now);
        doc.revision = 41;
        let theirs = generate(4, 2, today, now);
        let base = MergeBase::of(&doc);
        assert_eq!(base.revision, 41);
        assert_eq!(base.document(&theirs), doc);

        // Text that does not read makes `theirs` the ancestor, so this tab's changes all stay.
        let broken = MergeBase {
            revision: 41,
            text: base.text[..base.text.len() / 2].to_owned(),
        };
        assert_eq!(broken.document(&theirs), theirs);
        assert_eq!(merge3(&broken.document(&theirs), &doc, &theirs), {
            let mut ours = doc.clone();
            ours.normalise_order();
            ours.drop_dangling();
            ours
        });
    }
}
