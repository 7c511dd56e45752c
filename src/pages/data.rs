//! Your data: export and import, sharing with a mentor, and how much room the browser has left.

use crate::browser;
use crate::components::alerts::ErrorAlert;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::calendar_control;
use crate::components::widgets::{Control, Controls, Line, Lines};
use crate::domain::Document;
use crate::domain::dates;
use crate::domain::exchange::{
    Preview, export_filename, export_text, mentor_copy, merge, preview, replacement,
};
use crate::domain::feedback::{Feedback, apply, feedback_text, is_feedback, parse_feedback};
use crate::domain::ics::Scope;
use crate::domain::import::{ImportError, check_file_size, decode, parse_document};
use crate::state::{AppState, use_app};
use crate::storage::{self, CAPACITY_UNITS, DOC_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// From this share of the quota on, the page warns.
const WARN_PERCENT: u64 = 60;
/// Safari may erase a site's data after this many days without a visit.
const EXPORT_REMINDER_DAYS: i64 = 7;

/// A file that passed every check and waits for the user's decision.
#[derive(Clone)]
enum Pending {
    Planner {
        file: String,
        doc: Box<Document>,
        preview: Preview,
        from_version: u32,
    },
    Feedback {
        file: String,
        feedback: Feedback,
    },
}

/// What the file inputs are for.
#[derive(Clone, Copy, PartialEq)]
enum Purpose {
    Import,
    Review,
}

async fn read_file(file: web_sys::File) -> Result<Vec<u8>, ImportError> {
    check_file_size(file.size() as u64)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::whole("The browser could not read the file."))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
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

fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Clear the input so choosing the same file again fires another change.
    input.set_value("");
    file
}

#[component]
pub fn Data() -> impl IntoView {
    crate::browser::set_title("Your data");
    let state = use_app();
    let notice = Notice::new();
    let pending = RwSignal::new(None::<Pending>);
    let error = RwSignal::new(None::<String>);

    let receive = move |file: web_sys::File, purpose: Purpose| {
        error.set(None);
        pending.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            let outcome: Result<Option<Pending>, ImportError> = async {
                let bytes = read_file(file).await?;
                let text = decode(&bytes)?;
                if purpose == Purpose::Import && is_feedback(text) {
                    let feedback = parse_feedback(text)?;
                    return Ok(Some(Pending::Feedback {
                        file: name.clone(),
                        feedback,
                    }));
                }
                let (doc, from_version) = parse_document(text)?;
                if purpose == Purpose::Review {
                    state.open_review(name.clone(), doc);
                    return Ok(None);
                }
                let preview = state.doc.with_untracked(|current| preview(current, &doc));
                Ok(Some(Pending::Planner {
                    file: name.clone(),
                    doc: Box::new(doc),
                    preview,
                    from_version,
                }))
            }
            .await;
            match outcome {
                Ok(Some(p)) => pending.set(Some(p)),
                Ok(None) => notice.say(format!(
                    "Opened {name} to review. Your own planner is untouched."
                )),
                Err(e) => error.set(Some(format!("{name}: {e}"))),
            }
        });
    };

    let on_pick = move |purpose: Purpose| {
        move |ev: leptos::ev::Event| {
            if let Some(file) = picked_file(&ev) {
                receive(file, purpose);
            }
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            receive(file, Purpose::Import);
        }
    };

    view! {
        <h1>"Your data"</h1>
        <p class="lead">
            "Everything you enter stays in this browser on this device. Export it to keep a copy, "
            "to move to another device, or to share your plan with a mentor."
        </p>
        <NoticeLine notice/>
        {move || state.read_only().then(|| view! { <ReviewPanel notice/> })}
        <ExportPanel notice/>
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import a file"</h2>
            <p>
                "Choose a file exported by the planner, or a feedback file from your mentor. It is "
                "checked completely before anything changes, and you see what it holds first."
            </p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="import-file">"Choose a file to import"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick(Purpose::Import) disabled=move || state.read_only()/>
                <p class="field-hint">"or drop it here"</p>
            </div>
            {move || error.get().map(|e| view! {
                <ErrorAlert title="This file was not imported">
                    <p>{e}</p>
                    <p>"Your planner has not changed."</p>
                </ErrorAlert>
            })}
            {move || pending.get().map(|p| view! { <PendingImport pending=p clear=Callback::new(move |()| pending.set(None)) notice error/> })}
        </section>
        <section class="card" aria-labelledby="mentor-heading">
            <h2 id="mentor-heading">"Share with a mentor"</h2>
            <p>
                "A career adviser or professor can read your plan, print your sheets and send "
                "comments back. The copy for a mentor leaves out email addresses, phone numbers, "
                "profile links and notes you marked private."
            </p>
            <Controls actions=vec![Control::button("Export a copy for my mentor", move || {
                let today = state.today.get_untracked();
                let text = state.doc.with_untracked(|d| export_text(&mentor_copy(d), browser::now()));
                match browser::download(&export_filename(today, "-for-mentor"), "application/json", &text) {
                    Ok(()) => notice.say("The copy for your mentor is downloading."),
                    Err(e) => notice.say(e),
                }
            }).always()]/>
            <div class="field">
                <label for="review-file">"Are you the mentor? Open a shared planner to review"</label>
                <input id="review-file" type="file" accept=".json,application/json" on:change=on_pick(Purpose::Review)/>
                <span class="field-hint">"It opens read-only; your own planner in this browser is not changed."</span>
            </div>
        </section>
        <StoragePanel notice/>
    }
}

#[component]
fn ExportPanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let export = Control::button("Export everything (.json)", move || {
        let now = browser::now();
        let today = state.today.get_untracked();
        let text = state.doc.with_untracked(|d| export_text(d, now));
        match browser::download(&export_filename(today, ""), "application/json", &text) {
            Ok(()) => {
                state.edit(|d, _| d.last_export_at = Some(now));
                notice.say("Your export is downloading. Keep it somewhere safe.");
            }
            Err(e) => notice.say(e),
        }
    })
    .primary()
    .always();
    let last = move || {
        let today = state.today.get();
        let last = state.doc.with(|d| d.last_export_at);
        let lines = match last {
            Some(at) => {
                let days = (today - at.date_naive()).num_days();
                let mut lines = vec![Line::text(format!(
                    "Last export: {} ({}).",
                    dates::date(at.date_naive()),
                    match days {
                        0 => "today".to_owned(),
                        1 => "yesterday".to_owned(),
                        n => format!("{n} days ago"),
                    }
                ))];
                if days > EXPORT_REMINDER_DAYS {
                    lines.push(Line::Badge {
                        text: "Time for a fresh export".into(),
                        class: "badge-due".into(),
                    });
                }
                lines
            }
            None => vec![Line::text("Never exported yet.")],
        };
        view! { <Lines lines/> }
    };
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            {last}
            <p class="muted">"The file is plain JSON. It is also how you move to another device: export here, import there."</p>
            <Controls actions=vec![export, calendar_control(Scope::All, "Export talks and deadlines to my calendar (.ics)")]/>
        </section>
    }
}

fn counts_line(c: &crate::domain::exchange::Counts) -> String {
    format!(
        "{} careers, {} questions, {} people, {} talks",
        c.careers, c.questions, c.people, c.interviews
    )
}

#[component]
fn PendingImport(
    pending: Pending,
    clear: Callback<()>,
    notice: Notice,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app();
    match pending {
        Pending::Feedback { file, feedback } => {
            let mut trial = state.doc.get_untracked();
            let counts = apply(&mut trial, &feedback);
            let who = if feedback.planner_of.is_empty() {
                String::new()
            } else {
                format!(" on {}'s planner", feedback.planner_of)
            };
            let mut lines = vec![
                Line::Strong(format!(
                    "{file}: {} comments from a mentor{who}.",
                    feedback.comments.len()
                )),
                Line::text(format!("{} new, {} updated.", counts.added, counts.updated)),
            ];
            if counts.orphaned > 0 {
                lines.push(Line::muted(format!(
                    "{} comments are about careers or talks no longer in your planner and will be left out.",
                    counts.orphaned
                )));
            }
            let add = Control::button("Add the comments", move || {
                state.edit(|d, _| {
                    apply(d, &feedback);
                });
                clear.run(());
                notice.say(
                    "The comments are added; they show on the careers and talks they concern.",
                );
            })
            .primary();
            let cancel = Control::button("Cancel", move || clear.run(()));
            view! {
                <div class="preview" role="region" aria-label="What the file holds">
                    <Lines lines/>
                    <Controls actions=vec![add, cancel]/>
                </div>
            }
            .into_any()
        }
        Pending::Planner {
            file,
            doc,
            preview: p,
            from_version,
        } => {
            let total = p.total();
            let mut lines = vec![
                Line::Strong(format!("{file} holds {}.", counts_line(&p.incoming))),
                Line::text(format!("You have {} now.", counts_line(&p.current))),
                Line::text(format!(
                    "Merging adds {} records, updates {} where the file's version is newer, and keeps yours for {}. Nothing is deleted.",
                    total.added, total.updated, total.kept
                )),
                Line::text("Replacing swaps everything you have now for the file's contents."),
            ];
            if from_version < crate::domain::SCHEMA_VERSION {
                lines.push(Line::muted(format!(
                    "The file comes from an older version of the planner (data version {from_version}) and is brought up to date."
                )));
            }
            let incoming = *doc;
            let for_merge = incoming.clone();
            let merge_control = Control::button("Merge into my planner", move || {
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
                    Ok(()) => {
                        clear.run(());
                        notice.say("Merged. Your planner now includes the file's records.");
                    }
                    Err(e) => error.set(Some(e.to_string())),
                }
            })
            .primary();
            let replace_control = Control::confirm(
                "Replace my planner…",
                "Replace my planner with the file",
                "Replace everything? Your current planner is downloaded first and kept as a backup in this browser when there is room.",
                "Yes, replace it",
                move || match replace_with(state, &incoming) {
                    Ok(backup) => {
                        clear.run(());
                        notice.say(if backup {
                            "Replaced. Your previous planner was downloaded and kept as a backup."
                        } else {
                            "Replaced. Your previous planner was downloaded; there was no room to keep a backup here."
                        });
                    }
                    Err(e) => error.set(Some(e.to_string())),
                },
            );
            let cancel = Control::button("Cancel", move || clear.run(()));
            view! {
                <div class="preview" role="region" aria-label="What the file holds">
                    <Lines lines/>
                    <Controls actions=vec![merge_control, replace_control, cancel]/>
                </div>
            }
            .into_any()
        }
    }
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

#[component]
fn ReviewPanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let export = Control::button("Export my comments (feedback file)", move || {
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
            Ok(()) => notice
                .say("Your feedback file is downloading. Send it back to the planner's owner."),
            Err(e) => notice.say(e),
        }
    })
    .primary()
    .always();
    let close = Control::button("Close the shared file", move || {
        state.close_review();
        notice.say("Closed. This is your own planner again.");
    })
    .always();
    let count = move || state.doc.with(|d| d.comments.len());
    view! {
        <section class="card review-card" aria-labelledby="review-heading">
            <h2 id="review-heading">"Reviewing a shared planner"</h2>
            <p>{move || format!("{} comments so far. Add comments on the careers (“What I have learned”) and talk pages.", count())}</p>
            <Controls actions=vec![export, close]/>
        </section>
    }
}

#[component]
fn StoragePanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let persisted = RwSignal::new(None::<bool>);
    // Ask once how things stand; the answer arrives asynchronously.
    leptos::task::spawn_local(async move {
        persisted.set(browser::storage_persisted().await);
    });
    let usage = move || {
        state.doc.track();
        state.save_state.track();
        let used = storage::used_units().unwrap_or(0);
        let percent = used * 100 / CAPACITY_UNITS;
        let mut lines = vec![Line::text(format!(
            "Using {percent} % of the room this browser gives the planner ({} KB of about {} KB).",
            used * 2 / 1000,
            CAPACITY_UNITS * 2 / 1000
        ))];
        if percent >= WARN_PERCENT {
            lines.push(Line::Badge {
                text: "Getting full".into(),
                class: "badge-due".into(),
            });
            lines.push(Line::text(
                "Export your data, then consider deleting old talks or people you no longer need.",
            ));
        }
        view! {
            <meter min="0" max="100" low=WARN_PERCENT high="90" optimum="10" value=percent aria-label="Storage used">
                {format!("{percent} %")}
            </meter>
            <Lines lines/>
        }
    };
    let persist = Control::button("Ask the browser to keep this data", move || {
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
    })
    .always();
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
            {usage}
            <p>{persist_state}</p>
            <Controls actions=vec![persist]/>
            <p class="muted">
                "Some browsers, Safari among them, delete a site's data after a week without a visit. "
                "A recent export is the safest backup."
            </p>
            <DeleteAll notice/>
        </section>
    }
}

#[component]
fn DeleteAll(notice: Notice) -> impl IntoView {
    let state = use_app();
    let asking = RwSignal::new(false);
    move || {
        if state.read_only() {
            return None;
        }
        Some(if asking.get() {
            let download = Control::button("Download a last export first", move || {
                let today = state.today.get_untracked();
                let text = state.doc.with_untracked(|d| export_text(d, browser::now()));
                let _ =
                    browser::download(&export_filename(today, "-last"), "application/json", &text);
            })
            .always();
            let confirm = Control::button("Delete everything", move || {
                let _ = storage::remove(storage::BACKUP_KEY);
                let fresh = Document::fresh();
                match state.replace_document(fresh) {
                    Ok(()) => notice.say(
                        "Everything is deleted. The planner starts again with its question bank.",
                    ),
                    Err(e) => notice.say(e.message()),
                }
                asking.set(false);
            })
            .always();
            let cancel = Control::button("Keep my data", move || asking.set(false)).always();
            view! {
                <div class="confirm" role="group" aria-label="Delete all data">
                    <p class="confirm-question">
                        "Delete every career, question, person and talk from this browser? This cannot be undone. "
                        "People's names and contact details are deleted with them."
                    </p>
                    <Controls actions=vec![download, confirm, cancel]/>
                </div>
            }
            .into_any()
        } else {
            view! {
                <h3>"Delete all data"</h3>
                <Controls actions=vec![Control::button("Delete all data…", move || asking.set(true)).always()]/>
            }
            .into_any()
        })
    }
}
