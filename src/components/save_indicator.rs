//! A small line telling whether the latest change is stored. It is not a live region: it
//! changes with every keystroke, and a screen reader would say "Saving…" and "All changes
//! saved" over and over. When saving fails, an alert at the top of the page says so.

use crate::state::{SaveState, use_app};
use leptos::prelude::*;

#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_app();
    let text = move || match state.save_state.get() {
        SaveState::Saved => "All changes saved in this browser",
        SaveState::Pending => "Saving…",
        SaveState::Failed(_) => "Not saved: see the message at the top",
        SaveState::Paused => "Not saving: see the message at the top",
        SaveState::Reviewing => "Reviewing a shared file: your own planner is not changed",
    };
    let class = move || match state.save_state.get() {
        SaveState::Saved => "save-indicator is-saved",
        SaveState::Pending => "save-indicator is-pending",
        SaveState::Failed(_) | SaveState::Paused => "save-indicator is-failed",
        SaveState::Reviewing => "save-indicator is-pending",
    };
    view! {
        <p class=class>
            <span class="save-dot" aria-hidden="true"></span>
            {text}
        </p>
    }
}
