//! What is typed into a form, kept for the tab's session: Back, another page or a reload do
//! not lose a half-filled form. Submitting or cancelling the form clears its draft.

use leptos::prelude::*;

/// The draft of one form, under a key that names the form (and the record, when it edits one).
#[derive(Clone)]
pub struct Draft {
    prefix: String,
    fields: StoredValue<Vec<String>>,
}

impl Draft {
    pub fn new(form: impl Into<String>) -> Self {
        Draft {
            prefix: format!("interview-planner.draft.{}", form.into()),
            fields: StoredValue::new(Vec::new()),
        }
    }

    fn key(&self, field: &str) -> String {
        format!("{}.{field}", self.prefix)
    }

    /// Restores `value` from the draft if one was kept, and keeps it from now on.
    pub fn text(&self, field: &str, value: RwSignal<String>) {
        let key = self.key(field);
        if let Some(kept) = crate::storage::session_get::<String>(&key) {
            value.set(kept);
        }
        self.fields.update_value(|f| f.push(key.clone()));
        Effect::new(move |first: Option<()>| {
            let text = value.get();
            // What the form starts with is not a draft; only what the user changes is.
            if first.is_some() {
                let _ = crate::storage::session_set(&key, &text);
            }
        });
    }

    /// The same for a checkbox.
    pub fn flag(&self, field: &str, value: RwSignal<bool>) {
        let key = self.key(field);
        if let Some(kept) = crate::storage::session_get::<bool>(&key) {
            value.set(kept);
        }
        self.fields.update_value(|f| f.push(key.clone()));
        Effect::new(move |first: Option<()>| {
            let on = value.get();
            if first.is_some() {
                let _ = crate::storage::session_set(&key, &on);
            }
        });
    }

    /// Whether anything of this form was kept from before.
    pub fn exists(form: &str) -> bool {
        let prefix = format!("interview-planner.draft.{form}.");
        web_sys::window()
            .and_then(|w| w.session_storage().ok().flatten())
            .is_some_and(|s| {
                (0..s.length().unwrap_or(0))
                    .filter_map(|i| s.key(i).ok().flatten())
                    .any(|k| k.starts_with(&prefix))
            })
    }

    /// The forms with a kept draft whose names start with `prefix`, without the prefix: with
    /// drafts named "person-edit-p-1", `kept("person-edit-")` gives ["p-1"], so a page can open
    /// again the form the user left half-filled.
    pub fn kept(prefix: &str) -> Vec<String> {
        let start = format!("interview-planner.draft.{prefix}");
        let mut found: Vec<String> = Vec::new();
        if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            for key in (0..s.length().unwrap_or(0)).filter_map(|i| s.key(i).ok().flatten()) {
                let form = key
                    .strip_prefix(&start)
                    .and_then(|rest| rest.rsplit_once('.'))
                    .map(|(form, _)| form);
                if let Some(form) = form.filter(|f| !found.iter().any(|x| x == f)) {
                    found.push(form.to_owned());
                }
            }
        }
        found
    }

    /// Forgets the draft: the form was submitted or cancelled.
    pub fn clear(&self) {
        self.fields.with_value(|keys| {
            for key in keys {
                crate::storage::session_remove(key);
            }
        });
    }
}
