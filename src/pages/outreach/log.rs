//! The log of a request: what was sent, answered or given up, and when. The nudges are
//! counted from it.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::{SelectField, TextField};
use crate::components::notice::Notice;
use crate::domain::{Id, OutreachEvent, OutreachKind, dates};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn OutreachLog(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let date = RwSignal::new(dates::input_date(state.today.get_untracked()));
    let kind = RwSignal::new(OutreachKind::Sent.key().to_owned());
    let note = RwSignal::new(String::new());
    let date_error = RwSignal::new(None::<String>);
    let add = {
        let talk = talk.clone();
        move || {
            let Some(day) = dates::parse_input_date(&date.get_untracked()) else {
                date_error.set(Some("Enter the date it happened.".into()));
                return;
            };
            date_error.set(None);
            let event_kind =
                OutreachKind::from_key(&kind.get_untracked()).unwrap_or(OutreachKind::Sent);
            let text = note.get_untracked().trim().to_owned();
            state.edit(|doc, cx| {
                if let Some(t) = doc.interview_mut(&talk) {
                    t.log_outreach(day, event_kind, text);
                    t.updated_at = cx.now;
                }
            });
            note.set(String::new());
            notice.say(format!(
                "Logged: {} on {}.",
                event_kind.label(),
                dates::date(day)
            ));
        }
    };
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
    let entry = move |event: OutreachEvent| view! { <LogEntry talk=talk.clone() event/> };
    let kinds = OutreachKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), k.label().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="log-heading">
            <h2 id="log-heading">"What happened so far"</h2>
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
            <div class="card">
                <h3>"Log something"</h3>
                <div class="grid-2">
                    <TextField label="Date" value=date kind="date" error=date_error/>
                    <SelectField label="What happened" value=kind options=kinds/>
                </div>
                <TextField label="Note (optional)" value=note/>
                <div class="button-row">
                    <ActionButton on_click=add primary=true>"Add to the log"</ActionButton>
                </div>
            </div>
        </section>
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
    let label = format!("{}: {}", dates::date(date), kind.label());
    let remove = Callback::new(move |()| {
        state.edit(|doc, cx| {
            if let Some(t) = doc.interview_mut(&talk) {
                t.remove_outreach(&id);
                t.updated_at = cx.now;
            }
        });
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
