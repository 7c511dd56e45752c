//! The log of a request: what was sent, answered or given up, and when. The nudges are
//! counted from it.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::draft::Draft;
use crate::components::fields::{SelectField, TextField};
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::date_sense::{Recorded, past_day_warning};
use crate::domain::dates::{self, DateWords};
use crate::domain::{Id, OutreachEvent, OutreachKind};
use crate::format::Local;
use crate::state::use_app;
use chrono::NaiveDate;
use leptos::prelude::*;

const LOG_HEADING: &str = "log-heading";

#[component]
pub fn OutreachLog(talk: Id) -> impl IntoView {
    let state = use_app();
    let events = {
        let talk = talk.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                d.interview(&talk)
                    .map(|t| t.outreach.clone())
                    .unwrap_or_default()
            })
        })
    };
    let entry = {
        let talk = talk.clone();
        move |event: OutreachEvent| view! { <LogEntry talk=talk.clone() event/> }
    };
    // The form comes before the list: an entry added to the list then grows the page below
    // the button just pressed, and nothing moves under the pointer.
    view! {
        <section aria-labelledby=LOG_HEADING>
            <h2 id=LOG_HEADING>"What happened so far"</h2>
            <Show when=move || !state.read_only()>
                <LogForm talk=talk.clone()/>
            </Show>
            <Show
                when=move || events.with(|e| !e.is_empty())
                fallback=|| view! { <p class="muted">"Nothing logged yet."</p> }
            >
                // Keyed by the whole entry: a save elsewhere leaves the entries it did not
                // change alone, with any "Remove?" question the user has open.
                <ol class="log">
                    <For each=move || events.get() key=OutreachEvent::clone children=entry.clone()/>
                </ol>
            </Show>
        </section>
    }
}

/// "Log something": a day and what happened on it.
#[component]
fn LogForm(talk: Id) -> impl IntoView {
    let state = use_app();
    let date = RwSignal::new(dates::input_date(state.today.get_untracked()));
    let kind = RwSignal::new(OutreachKind::Sent.key().to_owned());
    let note = RwSignal::new(String::new());
    let date_error = RwSignal::new(None::<String>);
    // A date still to come is questioned once; the same date submitted again is kept.
    let warned = RwSignal::new(None::<(NaiveDate, String)>);
    let date_field = NodeRef::<leptos::html::Input>::new();
    let notice = Notice::new();
    let draft = Draft::new(format!("log.{talk}"));
    draft.text("date", date);
    draft.text("kind", kind);
    draft.text("note", note);
    let add = move || {
        let Some(day) = dates::parse_input_date(&date.get_untracked()) else {
            date_error.set(Some("Enter the date it happened.".into()));
            focus_soon(date_field);
            return;
        };
        date_error.set(None);
        let today = state.today.get_untracked();
        if let Some(warning) = past_day_warning(Recorded::Outreach, day, today, &Local)
            && warned.with_untracked(|w| w.as_ref().map(|(d, _)| *d) != Some(day))
        {
            notice.0.set(None);
            warned.set(Some((day, warning)));
            return;
        }
        warned.set(None);
        let event_kind =
            OutreachKind::from_key(&kind.get_untracked()).unwrap_or(OutreachKind::Sent);
        let text = note.get_untracked().trim().to_owned();
        state.edit_talk(&talk, |t| {
            t.log_outreach(day, event_kind, text);
        });
        note.set(String::new());
        draft.clear();
        notice.say(format!(
            "Logged: {} on {}.",
            event_kind.label(),
            Local.date(day)
        ));
    };
    let kinds = OutreachKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), k.label().to_owned()))
        .collect::<Vec<_>>();
    let warning = move || {
        warned.get().map(|(_, text)| {
            view! {
                <p class="alert alert-warn">
                    {text}
                    " To keep it, choose “Add to the log” again."
                </p>
            }
        })
    };
    view! {
        <div class="card">
            <h3>"Log something"</h3>
            <div class="grid-2">
                <TextField label="Date" value=date kind="date" error=date_error node_ref=date_field/>
                <SelectField label="What happened" value=kind options=kinds/>
            </div>
            <TextField label="Note (optional)" value=note/>
            <div class="button-row">
                <ActionButton on_click=add primary=true>"Add to the log"</ActionButton>
            </div>
            <div role="status">{warning}</div>
            <NoticeLine notice/>
        </div>
    }
}

#[component]
fn LogEntry(talk: Id, event: OutreachEvent) -> impl IntoView {
    let state = use_app();
    let OutreachEvent {
        id,
        date,
        kind,
        note,
    } = event;
    let label = format!("{}: {}", Local.date(date), kind.label());
    let remove = Callback::new(move |()| {
        state.edit_talk(&talk, |t| t.remove_outreach(&id));
        // The entry is gone; the log's heading is where the user goes on from.
        focus_id_soon(LOG_HEADING.to_owned());
    });
    view! {
        <li class="log-entry">
            <p class="strong">{label.clone()}</p>
            {(!note.is_empty()).then(|| view! { <p class="prewrap">{note}</p> })}
            <div class="button-row">
                <ConfirmButton
                    label="Remove"
                    aria_label=format!("Remove “{label}” from the log")
                    question="Remove this entry from the log?"
                    confirm="Yes, remove it"
                    on_confirm=remove
                />
            </div>
        </li>
    }
}
