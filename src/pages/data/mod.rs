//! Your data: export and import, sharing with a mentor, and how much room the browser has left.

mod export;
mod import;
pub(crate) mod intake;
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
    // One for each file input: a refused file is reported under the input it was chosen in.
    let import = Intake::new(notice);
    let review = Intake::new(notice);
    let read_only = Memo::new(move |_| state.read_only());
    view! {
        <h1>"Your data"</h1>
        <p class="lead">
            "Everything you enter stays in this browser on this device. Export it to keep a copy, "
            "to move to another device, or to share your plan with a mentor."
        </p>
        <NoticeLine notice/>
        <Show
            when=move || read_only.get()
            fallback=move || view! {
                <ExportPanel notice/>
                <ImportPanel intake=import/>
            }
        >
            <ReviewPanel notice/>
            <p class="muted">
                "This shared planner is read-only: exporting, importing and deleting are for your "
                "own planner, which comes back when you close the shared file."
            </p>
        </Show>
        <MentorPanel intake=review notice/>
        <StoragePanel notice/>
    }
}
