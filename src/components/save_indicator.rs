//! A small, polite status line telling whether the latest change is stored.

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
        <p class=class role="status" aria-live="polite">
            <span class="save-dot" aria-hidden="true"></span>
            {text}
        </p>
    }
}
