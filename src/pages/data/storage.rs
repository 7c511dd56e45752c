//! Room left in this browser's storage, asking the browser to keep the data, and deleting all
//! of it.

use crate::browser;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::ActionButton;
use crate::components::focus::focus_id_soon;
use crate::components::notice::Notice;
use crate::domain::Document;
use crate::domain::exchange::{export_filename, export_text};
use crate::state::use_app;
use crate::storage::{self, CAPACITY_UNITS};
use leptos::prelude::*;

/// From this share of the quota on, the page warns.
const WARN_PERCENT: u64 = 60;

#[component]
pub fn StoragePanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let persisted = RwSignal::new(None::<bool>);
    // Ask once how things stand; the answer arrives asynchronously.
    leptos::task::spawn_local(async move {
        persisted.set(browser::storage_persisted().await);
    });
    // Storage itself is not reactive: measured again whenever the document changes (another
    // tab's save arrives that way) or a save here finishes.
    let used = Memo::new(move |_| {
        state.doc.track();
        state.save_state.track();
        storage::used_units().unwrap_or(0)
    });
    let percent = move || used.get() * 100 / CAPACITY_UNITS;
    let getting_full = move || percent() >= WARN_PERCENT;
    let persist = move || {
        leptos::task::spawn_local(async move {
            let granted = browser::storage_persist().await;
            persisted.set(Some(granted == Some(true)));
            notice.say(match granted {
                Some(true) => {
                    "The browser agreed to keep this site's data unless you clear it yourself."
                }
                Some(false) => "The browser declined for now. Export regularly to be safe.",
                None => "This browser cannot promise to keep data. Export regularly to be safe.",
            });
        });
    };
    let persist_state = move || match persisted.get() {
        Some(true) => "This browser has agreed to keep the planner's data.",
        Some(false) => {
            "The browser may delete this data when space runs low or after a long absence."
        }
        None => "Checking whether the browser keeps this data…",
    };
    view! {
        <section class="card" aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Storage in this browser"</h2>
            <meter
                min="0"
                max="100"
                low=WARN_PERCENT
                high="90"
                optimum="10"
                value=percent
                aria-label="Storage used"
            >
                {move || format!("{}%", percent())}
            </meter>
            <p>
                {move || format!(
                    "Using {}% of the room this browser gives the planner ({} KB of about {} KB).",
                    percent(),
                    used.get() * 2 / 1000,
                    CAPACITY_UNITS * 2 / 1000
                )}
            </p>
            <Show when=getting_full>
                <p><span class="badge badge-due">"Getting full"</span></p>
                <p>
                    "Export your data, then consider deleting old talks or people you no longer need."
                </p>
            </Show>
            <p>{persist_state}</p>
            <div class="button-row">
                <ActionButton on_click=persist always=true>"Ask the browser to keep this data"</ActionButton>
            </div>
            <p class="muted">
                "Some browsers, Safari among them, delete a site's data after a week without a visit. "
                "A recent export is the safest backup."
            </p>
            <DeleteAll notice/>
        </section>
    }
}

/// Deleting everything, asked in place with the offer of a last export. Not offered while a
/// shared planner is open read-only. The question takes focus when it opens; Escape or "Keep
/// my data" closes it and gives focus back to the button that asked.
#[component]
fn DeleteAll(notice: Notice) -> impl IntoView {
    const TRIGGER: &str = "delete-all";
    const QUESTION: &str = "delete-all-question";
    let state = use_app();
    let asking = RwSignal::new(false);
    // A failed download or delete is said in an alert beside the question, which stays open.
    let problem = RwSignal::new(None::<String>);
    let ask = move || {
        problem.set(None);
        asking.set(true);
        focus_id_soon(QUESTION.to_owned());
    };
    let keep = move || {
        asking.set(false);
        focus_id_soon(TRIGGER.to_owned());
    };
    let download = move || {
        let today = state.today.get_untracked();
        let text = state.doc.with_untracked(|d| export_text(d, browser::now()));
        match browser::download(&export_filename(today, "-last"), "application/json", &text) {
            Ok(()) => {
                problem.set(None);
                notice.say("Your last export is downloading.");
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let delete = move || match state.replace_document(Document::fresh()) {
        // The backup of an earlier import goes only once the planner itself is gone.
        Ok(()) => {
            let _ = storage::remove(storage::BACKUP_KEY);
            notice.say("Everything is deleted. The planner starts again with its question bank.");
            keep();
        }
        Err(e) => problem.set(Some(e.message())),
    };
    view! {
        <Show when=move || !state.read_only()>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <h3>"Delete all data"</h3>
                    <div class="button-row">
                        <ActionButton on_click=ask always=true id=TRIGGER>
                            "Delete all data…"
                        </ActionButton>
                    </div>
                }
            >
                <div
                    class="confirm"
                    role="group"
                    aria-label="Delete all data"
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            keep();
                        }
                    }
                >
                    <p class="confirm-question" id=QUESTION tabindex="-1">
                        "Delete every career, question, person and talk from this browser? This "
                        "cannot be undone. People's names and contact details are deleted with them."
                    </p>
                    <div class="button-row">
                        <ActionButton on_click=download always=true>
                            "Download a last export first"
                        </ActionButton>
                        <ActionButton on_click=delete always=true>"Delete everything"</ActionButton>
                        <ActionButton on_click=keep always=true>"Keep my data"</ActionButton>
                    </div>
                    {move || problem.get().map(|e| view! {
                        <ErrorAlert title="That did not work">
                            <p>{e}</p>
                            <p>"Nothing has been deleted."</p>
                        </ErrorAlert>
                    })}
                </div>
            </Show>
        </Show>
    }
}
