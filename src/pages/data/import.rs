//! Importing a file: a planner merged into yours or replacing it, or a mentor's comments. The
//! user sees what the file holds before anything changes.

use super::intake::{Intake, OUTCOME_ID, Outcome, Pending, Purpose};
use crate::browser;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::file_drop::FileDrop;
use crate::components::focus::focus_id_soon;
use crate::domain::Document;
use crate::domain::exchange::{Counts, Preview, export_filename, export_text, merge, replacement};
use crate::domain::feedback::{Feedback, apply};
use crate::domain::import::ImportError;
use crate::state::{AppState, use_app};
use crate::storage::{self, CAPACITY_UNITS, DOC_KEY};
use leptos::prelude::*;

#[component]
pub fn ImportPanel(intake: Intake) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import a file"</h2>
            <p>
                "Choose a file exported by the planner, or a feedback file from your mentor. It is "
                "checked completely before anything changes, and you see what it holds first."
            </p>
            <FileDrop
                id=IMPORT_INPUT
                label="Choose a file to import"
                accept=".json,application/json"
                on_file=Callback::new(move |file| intake.receive(file, Purpose::Import))
            />
            {move || intake.error.get().map(|e| view! {
                <ErrorAlert title="This file was not imported">
                    <p>{e}</p>
                    <p>"Your planner has not changed."</p>
                </ErrorAlert>
            })}
            {move || intake.outcome.get().map(|outcome| view! { <OutcomeBlock outcome intake/> })}
            {move || intake.pending.get().map(|pending| match pending {
                Pending::Feedback { file, feedback } => {
                    view! { <FeedbackPreview file feedback intake/> }.into_any()
                }
                Pending::Planner { file, doc, preview, from_version } => view! {
                    <PlannerPreview file incoming=*doc preview from_version intake/>
                }
                .into_any(),
            })}
        </section>
    }
}

const IMPORT_INPUT: &str = "import-file";
/// The heading of a file's preview: it takes focus when the preview appears, so the preview is
/// read out rather than focus staying on the file input.
const PREVIEW_HEADING: &str = "import-preview-heading";

/// Forgets the file and gives focus back to the input it was chosen in.
fn cancel(intake: Intake) {
    intake.clear();
    focus_id_soon(IMPORT_INPUT.to_owned());
}

/// What came of the decision, where the preview was and about as tall, with "Done" where the
/// main button was: nothing else moves under the pointer right after the click (a second click
/// of a double click once landed on "Export a copy for my mentor").
#[component]
fn OutcomeBlock(outcome: Outcome, intake: Intake) -> impl IntoView {
    let Outcome { title, lines } = outcome;
    let done = move || {
        intake.outcome.set(None);
        focus_id_soon(IMPORT_INPUT.to_owned());
    };
    view! {
        <div class="preview" role="region" aria-labelledby=OUTCOME_ID>
            <p class="strong" id=OUTCOME_ID tabindex="-1">{title}</p>
            {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <div class="button-row">
                <ActionButton on_click=done primary=true always=true>"Done"</ActionButton>
            </div>
        </div>
    }
}

#[component]
fn FeedbackPreview(file: String, feedback: Feedback, intake: Intake) -> impl IntoView {
    let state = use_app();
    let mut trial = state.doc.get_untracked();
    let counts = apply(&mut trial, &feedback);
    let who = if feedback.planner_of.is_empty() {
        String::new()
    } else {
        format!(" on {}'s planner", feedback.planner_of)
    };
    let heading = format!(
        "{file}: {} comments from a mentor{who}.",
        feedback.comments.len()
    );
    let add = move || {
        let counts = state.edit(|d, _| apply(d, &feedback));
        intake.finish(Outcome {
            title: "The comments are added.".into(),
            lines: vec![
                format!("{} new, {} updated.", counts.added, counts.updated),
                "They show on the careers and talks they concern.".into(),
            ],
        });
    };
    focus_id_soon(PREVIEW_HEADING.to_owned());
    view! {
        <div class="preview" role="region" aria-labelledby=PREVIEW_HEADING>
            <p class="strong" id=PREVIEW_HEADING tabindex="-1">{heading}</p>
            <p>{format!("{} new, {} updated.", counts.added, counts.updated)}</p>
            {(counts.orphaned > 0).then(|| view! {
                <p class="muted">
                    {format!(
                        "{} comments are about careers or talks no longer in your planner and will be left out.",
                        counts.orphaned
                    )}
                </p>
            })}
            <div class="button-row">
                <ActionButton on_click=add primary=true>"Add the comments"</ActionButton>
                <ActionButton on_click=move || cancel(intake)>"Cancel"</ActionButton>
            </div>
        </div>
    }
}

fn counts_line(c: &Counts) -> String {
    format!(
        "{} careers, {} questions, {} people, {} talks",
        c.careers, c.questions, c.people, c.interviews
    )
}

#[component]
fn PlannerPreview(
    file: String,
    incoming: Document,
    preview: Preview,
    from_version: u32,
    intake: Intake,
) -> impl IntoView {
    let state = use_app();
    let total = preview.total();
    let for_merge = incoming.clone();
    let merged_file = file.clone();
    let merge_in = move || {
        let merged = state
            .doc
            .with_untracked(|current| merge(current, &for_merge));
        let result = merged.and_then(|m| {
            check_fits(&m)?;
            state
                .replace_document(m)
                .map_err(|e| ImportError::whole(e.message()))
        });
        match result {
            Ok(()) => intake.finish(Outcome {
                title: format!("Merged. Your planner now includes the records of {merged_file}."),
                lines: vec![
                    format!(
                        "{} records added, {} updated where the file's version was newer, yours kept for {}. Nothing was deleted.",
                        total.added, total.updated, total.kept
                    ),
                    now_holds(state),
                ],
            }),
            Err(e) => intake.error.set(Some(e.to_string())),
        }
    };
    let replaced_file = file.clone();
    let replace = Callback::new(move |()| match replace_with(state, &incoming) {
        Ok(backup) => intake.finish(Outcome {
            title: format!("Replaced. Your planner is now the one in {replaced_file}."),
            lines: vec![
                if backup {
                    "Your previous planner was downloaded and kept as a backup.".into()
                } else {
                    "Your previous planner was downloaded; there was no room to keep a backup here."
                        .into()
                },
                now_holds(state),
            ],
        }),
        Err(e) => intake.error.set(Some(e.to_string())),
    });
    focus_id_soon(PREVIEW_HEADING.to_owned());
    view! {
        <div class="preview" role="region" aria-labelledby=PREVIEW_HEADING>
            <p class="strong" id=PREVIEW_HEADING tabindex="-1">{format!("{file} holds {}.", counts_line(&preview.incoming))}</p>
            <p>{format!("You have {} now.", counts_line(&preview.current))}</p>
            <p>
                {format!(
                    "Merging adds {} records, updates {} where the file's version is newer, and keeps yours for {}. Nothing is deleted.",
                    total.added, total.updated, total.kept
                )}
            </p>
            <p>"Replacing swaps everything you have now for the file's contents."</p>
            {(from_version < crate::domain::SCHEMA_VERSION).then(|| view! {
                <p class="muted">
                    {format!(
                        "The file comes from an older version of the planner (data version {from_version}) and is brought up to date."
                    )}
                </p>
            })}
            <div class="button-row">
                <ActionButton on_click=merge_in primary=true>"Merge into my planner"</ActionButton>
                <ConfirmButton
                    label="Replace my planner…"
                    aria_label="Replace my planner with the file"
                    question="Replace everything? Your current planner is downloaded first and kept as a backup in this browser when there is room."
                    confirm="Yes, replace it"
                    on_confirm=replace
                />
                <ActionButton on_click=move || cancel(intake)>"Cancel"</ActionButton>
            </div>
        </div>
    }
}

/// "You now have …", counted on the planner as it is after the change.
fn now_holds(state: AppState) -> String {
    let counts = state.doc.with_untracked(Counts::of);
    format!("You now have {}.", counts_line(&counts))
}

/// Whether `doc` fits in the room this site has, counting everything else stored here.
fn check_fits(doc: &Document) -> Result<(), ImportError> {
    let text = crate::domain::stored::stored_text(doc);
    let needed = storage::js_len(&text) + storage::js_len(DOC_KEY);
    let used = storage::used_units().unwrap_or(0);
    let current = storage::read(DOC_KEY).ok().flatten().map_or(0, |stored| {
        storage::js_len(&stored) + storage::js_len(DOC_KEY)
    });
    let free = CAPACITY_UNITS.saturating_sub(used.saturating_sub(current));
    if needed > free {
        return Err(ImportError::whole(format!(
            "The planner in this file needs {} KB of browser storage, but only {} KB are free here. Nothing was changed.",
            needed * 2 / 1000,
            free * 2 / 1000
        )));
    }
    Ok(())
}

/// Replaces the planner with `incoming`, after offering the current data as a download and
/// keeping it in the backup slot when it fits. Returns whether the backup was kept.
fn replace_with(state: AppState, incoming: &Document) -> Result<bool, ImportError> {
    let today = state.today.get_untracked();
    // Unreadable stored data is what the user would lose: that is what gets saved first.
    let previous = match state.unreadable.get_untracked() {
        Some(u) => u.raw,
        None => state.doc.with_untracked(|d| export_text(d, browser::now())),
    };
    browser::download(
        &export_filename(today, "-before-replace"),
        "application/json",
        &previous,
    )
    .map_err(ImportError::whole)?;
    let next = state
        .doc
        .with_untracked(|current| replacement(incoming, current));
    let backup = storage::write(storage::BACKUP_KEY, &previous).is_ok();
    let fits = check_fits(&next);
    let result = fits.and_then(|()| {
        state
            .replace_document(next.clone())
            .map_err(|e| ImportError::whole(e.message()))
    });
    match result {
        Ok(()) => Ok(backup),
        Err(_) if backup => {
            // The backup may have taken the room the new data needed: drop it and try again.
            let _ = storage::remove(storage::BACKUP_KEY);
            check_fits(&next)?;
            state
                .replace_document(next)
                .map_err(|e| ImportError::whole(e.message()))?;
            Ok(false)
        }
        Err(e) => Err(e),
    }
}
