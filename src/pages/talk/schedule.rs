//! When and where the talk is, and a calendar file for it.

use super::{edit_talk, with_talk};
use crate::components::buttons::ActionButton;
use crate::components::fields::{SelectField, TextField};
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::components::notice::Notice;
use crate::components::talk_parts::CalendarButton;
use crate::domain::date_sense::talk_time_warning;
use crate::domain::dates::{self, DateWords};
use crate::domain::ics::Scope;
use crate::domain::{DEFAULT_DURATION_MINUTES, Id};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

/// The Save button's id: focus goes back to it after saving, even if the page is laid out again.
const SAVE_ID: &str = "save-talk-time";

#[component]
pub(super) fn Schedule(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let (at, place_now, minutes) = state
        .doc
        .with_untracked(|d| {
            with_talk(d, &talk, |t| {
                (t.scheduled_at, t.place.clone(), t.duration_minutes)
            })
        })
        .unwrap_or((None, String::new(), DEFAULT_DURATION_MINUTES));
    let when = RwSignal::new(at.map(dates::input_datetime).unwrap_or_default());
    let place = RwSignal::new(place_now);
    let duration = RwSignal::new(minutes.to_string());
    let error = RwSignal::new(None::<String>);
    // A time gone by is questioned once; saving the same time again keeps it.
    let warning = RwSignal::new(None::<String>);
    let warned_for = StoredValue::new(None::<String>);
    let when_ref = NodeRef::<leptos::html::Input>::new();
    let t_summary = talk.clone();
    let summary = Memo::new(move |_| {
        state.doc.with(|d| {
            with_talk(d, &t_summary, |t| {
                t.scheduled_at
                    .map(|at| (at, t.duration_minutes, t.place.clone()))
            })
            .flatten()
        })
    });
    let summary_text = move || match summary.get() {
        Some((at, minutes, place)) => format!(
            "Set for {}, {minutes} minutes{}.",
            Local.day_time(at),
            if place.is_empty() {
                String::new()
            } else {
                format!(", {place}")
            }
        ),
        None => "No time agreed yet.".to_owned(),
    };
    let has_time = move || summary.with(Option::is_some);
    let calendar = Scope::One(talk.clone());
    let save = move || {
        let typed = when.get_untracked();
        let Some(at) = dates::parse_input_datetime(&typed) else {
            error.set(Some("Enter the day and time you agreed.".into()));
            focus_soon(when_ref);
            return;
        };
        error.set(None);
        let now = crate::browser::now().naive_local();
        match talk_time_warning(at, now, &Local) {
            Some(text) if warned_for.get_value().as_deref() != Some(typed.as_str()) => {
                warning.set(Some(format!("{text} Save again to keep it.")));
                warned_for.set_value(Some(typed));
                return;
            }
            _ => {}
        }
        warning.set(None);
        warned_for.set_value(None);
        let minutes = duration
            .get_untracked()
            .parse()
            .unwrap_or(DEFAULT_DURATION_MINUTES);
        let where_ = place.get_untracked().trim().to_owned();
        let today = state.today.get_untracked();
        edit_talk(&talk, |t| t.schedule(at, where_, minutes, today));
        notice.say(format!("Talk set for {}.", Local.day_time(at)));
        // A new day can lay the page out again (the talk's day has come, or not yet).
        focus_id_soon(SAVE_ID.to_owned());
    };
    let lengths = [15, 20, 30, 45, 60]
        .iter()
        .map(|m| (m.to_string(), format!("{m} minutes")))
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="when-heading">
            <h2 id="when-heading">"When and where"</h2>
            <p><strong>{summary_text}</strong></p>
            // A shared planner under review is read, not changed: no form to change the time.
            <Show when=move || !state.read_only()>
                <div class="grid-2">
                    <TextField label="Day and time" value=when kind="datetime-local" error=error node_ref=when_ref/>
                    <TextField label="Place or call link" value=place hint="An address, “phone”, or the video link"/>
                    <SelectField label="Length" value=duration options=lengths.clone() hint="15 to 30 minutes is the usual ask"/>
                </div>
                <p class="field-warning" role="status">{move || warning.get()}</p>
            </Show>
            <div class="button-row">
                <Show when=move || !state.read_only()>
                    <ActionButton on_click=save.clone() primary=true id=SAVE_ID>"Save the time"</ActionButton>
                </Show>
                <Show when=has_time>
                    <CalendarButton scope=calendar.clone() label="Add to my calendar (.ics)"/>
                </Show>
            </div>
        </section>
    }
}
