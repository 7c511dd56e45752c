//! The app's one reactive state, provided at the root. Pages read it and change it through
//! [`AppState::edit`], which schedules the save.
//!
//! Saving follows three rules: never write over stored data the app could not read; never drop
//! another tab's change, nor let another tab drop ours (`domain::replica` decides how a stored
//! save and this tab's document come together); and never write while a mentor is reviewing
//! someone else's shared file.

use crate::browser::{self, BrowserIds};
use crate::domain::import::parse_document;
use crate::domain::replica::{Received, Replica};
use crate::domain::stored::{Stored, interpret, stored_text};
use crate::domain::{Document, Id, IdSource, Interview, Timestamp};
use crate::storage::{self, DOC_KEY, StorageError};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::time::Duration;

/// The longest a change waits before it is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(250);

/// Where a shared file being reviewed is kept for the session, so a reload does not lose the
/// mentor's comments; it never touches the mentor's own planner in localStorage.
const REVIEW_KEY: &str = "interview-planner.review";
/// The name of the file under review, beside it.
const REVIEW_NAME_KEY: &str = "interview-planner.review-name";

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
    /// What this tab knows of the stored copy.
    replica: StoredValue<Replica>,
}

struct Loaded {
    doc: Document,
    replica: Replica,
    unreadable: Option<Unreadable>,
    problem: Option<StorageError>,
}

fn load_stored() -> Loaded {
    let fresh = |unreadable, problem| {
        let doc = Document::fresh();
        Loaded {
            replica: Replica::new(&doc, None),
            doc,
            unreadable,
            problem,
        }
    };
    match storage::read(DOC_KEY) {
        Err(e) => fresh(None, Some(e)),
        Ok(raw) => match interpret(raw.as_deref()) {
            Stored::Nothing => fresh(None, None),
            Stored::Ready { doc, migrated_from } => {
                let text = raw.unwrap_or_default();
                if migrated_from.is_some() {
                    // Keep the old version's text aside before the first save rewrites it;
                    // without room for it, the migrated data is still complete.
                    let _ = storage::write(storage::BACKUP_KEY, &text);
                }
                Loaded {
                    replica: Replica::new(&doc, Some(text)),
                    doc: *doc,
                    unreadable: None,
                    problem: None,
                }
            }
            Stored::Unreadable { error } => fresh(
                Some(Unreadable {
                    raw: raw.unwrap_or_default(),
                    reason: error.to_string(),
                }),
                None,
            ),
        },
    }
}

impl AppState {
    /// Loads what is stored (or the shared file under review) and decides whether saving may go
    /// ahead.
    pub fn load() -> Self {
        let loaded = load_stored();
        let first_visit = loaded.replica.is_dirty() && loaded.unreadable.is_none();
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
            replica: StoredValue::new(loaded.replica),
        };
        state.refresh_save_state();
        if let Some((name, doc)) = review_in_session() {
            state.review.set(Some(name));
            state.doc.set(doc);
            state.save_state.set(SaveState::Reviewing);
        } else if first_visit {
            // A first visit stores the starter bank at once, so every tab opened later starts
            // from the same planner.
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

    /// Changes one talk (when it is still there) and marks it updated, as `edit` does for the
    /// document.
    pub fn edit_talk(&self, talk: &Id, f: impl FnOnce(&mut Interview)) {
        self.edit(|doc, cx| {
            if let Some(t) = doc.interview_mut(talk) {
                f(t);
                t.updated_at = cx.now;
            }
        });
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
        if self.review.with_untracked(Option::is_none) {
            self.replica.update_value(Replica::edited);
        }
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
                // Tabs take turns, so most of the time one reads the other's save before writing
                // its own. Correctness does not rest on it (see `domain::replica`).
                browser::with_lock("interview-planner-save", move || {
                    if state.replica.with_value(Replica::is_dirty) {
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
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        // The page may be gone before the lock is granted: write now, without it.
        if self.replica.with_value(Replica::is_dirty) {
            self.save_now();
        }
    }

    /// Writes the document now, unless saving is paused. What another tab stored since this tab
    /// last read or wrote is folded in first.
    pub fn save_now(&self) {
        if self.review.with_untracked(Option::is_some) {
            return;
        }
        if !self.saving_allowed() {
            self.save_state.set(SaveState::Paused);
            return;
        }
        if !self.take_in_stored() {
            return;
        }
        if !self.replica.with_value(Replica::is_dirty) {
            self.save_state.set(SaveState::Saved);
            return;
        }
        self.write();
    }

    /// Writes the document as a new save, over whatever storage holds.
    fn write(&self) {
        let id = BrowserIds.new_id("s");
        let mut result = Ok(());
        self.replica.update_value(|replica| {
            self.doc.update_untracked(|doc| {
                result = replica.save(doc, id, |text| storage::write(DOC_KEY, text));
            });
        });
        self.save_state.set(match result {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(e),
        });
    }

    /// Brings the document up to date with what storage holds. Returns false when saving must
    /// stop: storage failed, or holds data this build cannot read.
    fn take_in_stored(&self) -> bool {
        let stored = match storage::read(DOC_KEY) {
            Ok(stored) => stored,
            Err(e) => {
                self.save_state.set(SaveState::Failed(e));
                return false;
            }
        };
        let mut received = Received::Unchanged;
        self.replica.update_value(|replica| {
            self.doc.maybe_update(|doc| {
                received = replica.receive(doc, stored.as_deref());
                matches!(received, Received::Merged { changed: true, .. })
            });
        });
        match received {
            Received::Unchanged => true,
            Received::Merged { changed, .. } => {
                if changed {
                    self.synced
                        .set(Some("Changes made in another tab are shown here.".into()));
                }
                true
            }
            Received::Unreadable(error) => {
                // Another tab wrote something this build cannot read (a newer version): leave
                // it exactly as it is.
                self.unreadable.set(Some(Unreadable {
                    raw: stored.unwrap_or_default(),
                    reason: format!("another tab saved data this version cannot read ({error})"),
                }));
                self.refresh_save_state();
                false
            }
        }
    }

    /// Another tab saved, or may have: show its change here at once, merged with any unsaved
    /// change of ours, and write again if storage now lacks something this tab has.
    fn on_other_tab_saved(&self) {
        if self.review.with_untracked(Option::is_some) || !self.saving_allowed() {
            return;
        }
        if self.take_in_stored() && self.replica.with_value(Replica::is_dirty) {
            self.schedule_save();
        }
    }

    /// The user chose to give up the unreadable stored data and keep what is on screen.
    pub fn discard_unreadable(&self) {
        self.unreadable.set(None);
        self.replica.update_value(Replica::restart);
        self.refresh_save_state();
        // Not save_now: it would read the unreadable data again and refuse to write over it.
        self.write();
    }

    /// Stores `doc` in place of the current data, all at once: if the write fails, nothing
    /// changes, on screen or in storage.
    pub fn replace_document(&self, mut doc: Document) -> Result<(), StorageError> {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        // The replacement grows from whatever is stored now, so other tabs take it as the newer
        // version rather than merge their old copy back in. It goes over stored data this build
        // cannot read too: replacing is the user's explicit choice.
        self.take_in_stored();
        doc.saves = self.doc.with_untracked(|d| d.saves.clone());
        let mut result = Ok(());
        self.replica.update_value(|replica| {
            result = replica.save(&mut doc, BrowserIds.new_id("s"), |text| {
                storage::write(DOC_KEY, text)
            });
        });
        result?;
        self.unreadable.set(None);
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
        storage::session_remove(REVIEW_KEY);
        storage::session_remove(REVIEW_NAME_KEY);
        let loaded = load_stored();
        self.review.set(None);
        self.unreadable.set(loaded.unreadable);
        self.storage_problem.set(loaded.problem);
        self.replica.set_value(loaded.replica);
        self.doc.set(loaded.doc);
        self.refresh_save_state();
    }

    fn save_review(&self) {
        let Some(name) = self.review.get_untracked() else {
            return;
        };
        let saved = storage::session_set(REVIEW_NAME_KEY, &name).and_then(|()| {
            let text = self.doc.with_untracked(stored_text);
            storage::session_write(REVIEW_KEY, &text)
        });
        self.save_state.set(match saved {
            Ok(()) => SaveState::Reviewing,
            Err(e) => SaveState::Failed(e),
        });
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
                state.on_other_tab_saved();
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(DOC_KEY) {
                state.on_other_tab_saved();
            }
        });
        // A safety net for a missed storage event (a tab the browser froze in the background).
        let ticker = set_interval_with_handle(
            move || {
                state.refresh_today();
                state.on_other_tab_saved();
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

/// The shared planner under review in this tab's session, if any; read and checked like any file.
fn review_in_session() -> Option<(String, Document)> {
    let name = storage::session_get::<String>(REVIEW_NAME_KEY)?;
    let text = storage::session_read(REVIEW_KEY)?;
    let (doc, _) = parse_document(&text).ok()?;
    Some((name, doc))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// A signal that changes only when `key(document)` changes.
///
/// Views that contain text boxes re-render from it instead of from the whole document, so typing
/// in a box (which changes the document) never rebuilds the box under the cursor.
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
