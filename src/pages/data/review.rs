//! Sharing with a mentor: the copy without contact details or private notes, and, on the
//! mentor's side, opening it read-only and sending comments back.

use super::intake::{Intake, Purpose};
use crate::browser;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::ActionButton;
use crate::components::file_drop::FileDrop;
use crate::components::focus::focus_id_soon;
use crate::components::notice::Notice;
use crate::domain::dates;
use crate::domain::exchange::{export_filename, export_text, mentor_copy};
use crate::domain::feedback::feedback_text;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn MentorPanel(intake: Intake, notice: Notice) -> impl IntoView {
    let state = use_app();
    let problem = RwSignal::new(None::<String>);
    let export_copy = move || {
        let today = state.today.get_untracked();
        let text = state
            .doc
            .with_untracked(|d| export_text(&mentor_copy(d), browser::now()));
        match browser::download(
            &export_filename(today, "-for-mentor"),
            "application/json",
            &text,
        ) {
            Ok(()) => {
                problem.set(None);
                notice.say("The copy for your mentor is downloading.");
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="mentor-heading">
            <h2 id="mentor-heading">"Share with a mentor"</h2>
            <p>
                "A career advisor or professor can read your plan, print your sheets and send "
                "comments back. The copy for a mentor leaves out email addresses, phone numbers, "
                "profile links and notes you marked private."
            </p>
            <Show when=move || !state.read_only()>
                <div class="button-row">
                    <ActionButton on_click=export_copy always=true>"Export a copy for my mentor"</ActionButton>
                </div>
                {move || problem.get().map(|e| view! {
                    <ErrorAlert title="The copy did not download"><p>{e}</p></ErrorAlert>
                })}
            </Show>
            <FileDrop
                id="review-file"
                label="Are you the mentor? Open a shared planner to review"
                accept=".json,application/json"
                on_file=Callback::new(move |file| intake.receive(file, Purpose::Review))
            />
            <p class="field-hint">
                "It opens read-only; your own planner in this browser is not changed."
            </p>
            // Under its own input: a file refused here is not the import's concern.
            {move || intake.error.get().map(|e| view! {
                <ErrorAlert title="This file was not opened">
                    <p>{e}</p>
                    <p>"Nothing has changed."</p>
                </ErrorAlert>
            })}
        </section>
    }
}

/// Shown while a shared planner is open for review.
#[component]
pub fn ReviewPanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let problem = RwSignal::new(None::<String>);
    let export = move || {
        let today = state.today.get_untracked();
        let text = state
            .doc
            .with_untracked(|d| feedback_text(d, browser::now()));
        match browser::download(
            &format!(
                "interview-planner-feedback-{}.json",
                dates::input_date(today)
            ),
            "application/json",
            &text,
        ) {
            Ok(()) => {
                problem.set(None);
                notice
                    .say("Your feedback file is downloading. Send it back to the planner's owner.");
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let close = move || {
        state.close_review();
        notice.say("Closed. This is your own planner again.");
        // This panel gives way to the owner's export: focus goes to it, not to the page body.
        focus_id_soon("export-heading".to_owned());
    };
    let count = Memo::new(move |_| state.doc.with(|d| d.comments.len()));
    view! {
        <section class="card review-card" aria-labelledby="review-heading">
            <h2 id="review-heading">"Reviewing a shared planner"</h2>
            <p>
                {move || format!(
                    "{} comments so far. Add comments on the careers (“What I have learned”) and talk pages.",
                    count.get()
                )}
            </p>
            <div class="button-row">
                <ActionButton on_click=export primary=true always=true>
                    "Export my comments (feedback file)"
                </ActionButton>
                <ActionButton on_click=close always=true>"Close the shared file"</ActionButton>
            </div>
            {move || problem.get().map(|e| view! {
                <ErrorAlert title="The feedback file did not download"><p>{e}</p></ErrorAlert>
            })}
        </section>
    }
}
