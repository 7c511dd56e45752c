//! A polite message confirming what just happened ("Career added."), read out by screen readers.

use leptos::prelude::*;

/// Page-level confirmation text; pages keep one and set it after each action.
#[derive(Clone, Copy)]
pub struct Notice(pub RwSignal<Option<String>>);

impl Notice {
    pub fn new() -> Self {
        Notice(RwSignal::new(None))
    }

    pub fn say(&self, text: impl Into<String>) {
        self.0.set(Some(text.into()));
    }
}

impl Default for Notice {
    fn default() -> Self {
        Notice::new()
    }
}

#[component]
pub fn NoticeLine(notice: Notice) -> impl IntoView {
    view! {
        <p class="notice" role="status" aria-live="polite">
            {move || notice.0.get()}
        </p>
    }
}
