//! When and where the talk is, and a calendar file for it.

use super::{edit_talk, with_talk};
use crate::components::buttons::ActionButton;
use crate::components::fields::{SelectField, TextField};
use crate::components::notice::Notice;
use crate::components::talk_parts::CalendarButton;
use crate::domain::ics::Scope;
use crate::domain::{Id, dates};
use crate::state::use_app;
use leptos::prelude::*;

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
        .unwrap_or((None, String::new(), 20));
    let when = RwSignal::new(at.map(dates::input_datetime).unwrap_or_default());
    let place = RwSignal::new(place_now);
    let duration = RwSignal::new(minutes.to_string());
    let error = RwSignal::new(None::<String>);
    let t_summary = talk.clone();
    let summary = Memo::new(move |_| {
        state.doc.with(|d| {
            with_talk(d, &t_summary, |t| match t.scheduled_at {
                Some(at) => format!(
                    "Set for {}, {} minutes{}.",
                    dates::day_time(at),
                    t.duration_minutes,
                    if t.place.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", t.place)
                    }
                ),
                None => "No time agreed yet.".to_owned(),
            })
            .unwrap_or_default()
        })
    });
    let calendar = Scope::One(talk.clone());
    let save = move || {
        let Some(at) = dates::parse_input_datetime(&when.get_untracked()) else {
            error.set(Some("Enter the day and time you agreed.".into()));
            return;
        };
        error.set(None);
        let minutes = duration.get_untracked().parse().unwrap_or(20);
        let where_ = place.get_untracked().trim().to_owned();
        let today = state.today.get_untracked();
        edit_talk(&talk, |t| t.schedule(at, where_, minutes, today));
        notice.say(format!("Talk set for {}.", dates::day_time(at)));
    };
    let lengths = [15, 20, 30, 45, 60]
        .iter()
        .map(|m| (m.to_string(), format!("{m} minutes")))
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="when-heading">
            <h2 id="when-heading">"When and where"</h2>
            <p><strong>{summary}</strong></p>
            <div class="grid-2">
                <TextField label="Day and time" value=when kind="datetime-local" error=error/>
                <TextField label="Place or call link" value=place hint="An address, “phone”, or the video link"/>
                <SelectField label="Length" value=duration options=lengths hint="15 to 30 minutes is the usual ask"/>
            </div>
            <div class="button-row">
                <ActionButton on_click=save primary=true>"Save the time"</ActionButton>
                <CalendarButton scope=calendar label="Add to my calendar (.ics)"/>
            </div>
        </section>
    }
}
