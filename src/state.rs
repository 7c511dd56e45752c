//! The app's one reactive state, provided at the root. Pages read it and change it through
//! [`AppState::edit`], which schedules the save.

use crate::browser::{self, BrowserIds};
use crate::domain::stored::{Stored, interpret};
use crate::domain::{Document, Id, IdSource, Timestamp};
use crate::storage::{self, DOC_KEY, StorageError};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::time::Duration;

/// The longest a change waits before it is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(250);

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

    pub fn ids(&mut self) -> &mut BrowserIds {
        &mut self.ids
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
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl AppState {
    /// Loads what is stored and decides whether saving may go ahead.
    pub fn load() -> Self {
        let now = browser::now();
        let (doc, unreadable, storage_problem, save_now) = match storage::read(DOC_KEY) {
            Err(e) => (Document::fresh(&mut BrowserIds, now), None, Some(e), false),
            Ok(raw) => match interpret(raw.as_deref()) {
                Stored::Nothing => (Document::fresh(&mut BrowserIds, now), None, None, true),
                Stored::Ready { doc, migrated_from } => {
                    if migrated_from.is_some() {
                        // Keep the old version's text aside before the first save rewrites it;
                        // without room for it, the migrated data is still complete.
                        let _ = storage::write(storage::BACKUP_KEY, raw.as_deref().unwrap_or(""));
                    }
                    (*doc, None, None, false)
                }
                Stored::Unreadable { error } => (
                    Document::fresh(&mut BrowserIds, now),
                    Some(Unreadable {
                        raw: raw.unwrap_or_default(),
                        reason: error.to_string(),
                    }),
                    None,
                    false,
                ),
            },
        };
        let paused = unreadable.is_some() || storage_problem.is_some();
        let state = AppState {
            doc: RwSignal::new(doc),
            save_state: RwSignal::new(if paused {
                SaveState::Paused
            } else {
                SaveState::Saved
            }),
            unreadable: RwSignal::new(unreadable),
            storage_problem: RwSignal::new(storage_problem),
            today: RwSignal::new(now.date_naive()),
            timer: StoredValue::new(None),
        };
        if save_now {
            // A first visit: keep the starter bank's ids stable from the start.
            state.save_now();
        }
        state
    }

    /// Changes the document and schedules one save.
    pub fn edit<R>(&self, f: impl FnOnce(&mut Document, &mut EditCx) -> R) -> R {
        let now = browser::now();
        let mut cx = EditCx {
            now,
            today: now.date_naive(),
            ids: BrowserIds,
        };
        let result = self.doc.try_update(|doc| f(doc, &mut cx));
        self.schedule_save();
        result.expect("the document signal lives as long as the app")
    }

    fn saving_allowed(&self) -> bool {
        self.unreadable.with_untracked(Option::is_none)
            && self.storage_problem.with_untracked(Option::is_none)
    }

    /// Saves within [`SAVE_DELAY`]; edits in the meantime ride along with the same write.
    pub fn schedule_save(&self) {
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
                state.save_now();
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
            self.save_now();
        }
    }

    /// Writes the document now, unless saving is paused.
    pub fn save_now(&self) {
        if !self.saving_allowed() {
            self.save_state.set(SaveState::Paused);
            return;
        }
        let text = self
            .doc
            .with_untracked(|doc| serde_json::to_string(doc).map_err(|e| e.to_string()));
        let result = match text {
            Ok(text) => storage::write(DOC_KEY, &text),
            Err(e) => Err(StorageError::Other(e)),
        };
        self.save_state.set(match result {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(e),
        });
    }

    /// The user chose to give up the unreadable stored data and keep what is on screen.
    pub fn discard_unreadable(&self) {
        self.unreadable.set(None);
        self.save_now();
    }

    /// Writes every pending change when the page goes away, and keeps `today` current.
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
            }
        });
        let ticker =
            set_interval_with_handle(move || state.refresh_today(), Duration::from_secs(30));
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
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
