//! Your data: export and import, sharing with a mentor, and how much room the browser has left.

mod export;
mod import;
mod intake;
mod review;
mod storage;

use crate::components::notice::{Notice, NoticeLine};
use crate::state::use_app;
use export::ExportPanel;
use import::ImportPanel;
use intake::Intake;
use leptos::prelude::*;
use review::{MentorPanel, ReviewPanel};
use storage::StoragePanel;

#[component]
pub fn Data() -> impl IntoView {
    crate::browser::set_title("Your data");
    let state = use_app();
    let notice = Notice::new();
    // Shared by the import section and the mentor's "open to review" input: a refused file of
    // either kind is reported in one place.
    let intake = Intake::new(notice);
    view! {
        <h1>"Your data"</h1>
        <p class="lead">
            "Everything you enter stays in this browser on this device. Export it to keep a copy, "
            "to move to another device, or to share your plan with a mentor."
        </p>
        <NoticeLine notice/>
        <Show when=move || state.read_only()>
            <ReviewPanel notice/>
        </Show>
        <ExportPanel notice/>
        <ImportPanel intake/>
        <MentorPanel intake notice/>
        <StoragePanel notice/>
    }
}
