//! After the talk: marking it as held, then a short debrief while it is fresh.

use super::{edit_talk, with_talk};
use crate::app::href;
use crate::components::buttons::ActionButton;
use crate::components::fields::{NotesBox, TextField};
use crate::components::notice::Notice;
use crate::domain::{Id, Interview, dates};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(super) fn AfterTalk(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let held_on = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| t.talk_date()))
        .flatten()
        .unwrap_or(state.today.get_untracked());
    let held_date = RwSignal::new(dates::input_date(held_on));
    let error = RwSignal::new(None::<String>);
    let t_held = talk.clone();
    let held = Memo::new(move |_| {
        state
            .doc
            .with(|d| {
                with_talk(d, &t_held, |t| {
                    t.status.was_held().then_some(t.held_on).flatten()
                })
            })
            .flatten()
    });
    let t_mark = talk.clone();
    let mark = move || {
        let Some(day) = dates::parse_input_date(&held_date.get_untracked()) else {
            error.set(Some("Enter the day the talk took place.".into()));
            return;
        };
        error.set(None);
        edit_talk(&t_mark, |t| t.mark_held(day));
        notice.say("Marked as held. Write your debrief while it is fresh, then send your thanks.");
    };
    let not_held = move || {
        let mark = mark.clone();
        view! {
            <section aria-labelledby="after-heading">
                <h2 id="after-heading">"After the talk"</h2>
                <TextField label="Day it took place" value=held_date kind="date" error=error/>
                <div class="button-row">
                    <ActionButton on_click=mark primary=true>"Mark the talk as held"</ActionButton>
                </div>
            </section>
        }
    };
    // The debrief boxes are drawn once the talk is held and stay, whatever else changes.
    view! {
        <Show when=move || held.with(Option::is_some) fallback=not_held>
            <Debrief talk=talk.clone() held/>
        </Show>
    }
}

#[component]
fn Debrief(talk: Id, held: Memo<Option<chrono::NaiveDate>>) -> impl IntoView {
    let state = use_app();
    let debrief = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| t.debrief.clone()))
        .unwrap_or_default();
    let field = |label: &'static str, initial: String, set: fn(&mut Interview, String)| {
        let talk = talk.clone();
        view! {
            <NotesBox label initial rows=3 on_input=Callback::new(move |v: String| edit_talk(&talk, |t| set(t, v)))/>
        }
    };
    let held_line = move || {
        held.get().map(|day| {
            format!(
                "Held on {}. A few lines now are worth pages later.",
                dates::day(day)
            )
        })
    };
    view! {
        <section aria-labelledby="after-heading">
            <h2 id="after-heading">"Debrief"</h2>
            <p class="muted">{held_line}</p>
            {field("What did I learn?", debrief.learned, |t, v| t.debrief.learned = v)}
            {field("How does it fit my skills, values and interests?", debrief.fit, |t, v| t.debrief.fit = v)}
            {field("What do I still need to find out?", debrief.still_to_learn, |t, v| t.debrief.still_to_learn = v)}
            {field("Whom should I talk to next?", debrief.talk_to_next, |t, v| t.debrief.talk_to_next = v)}
            <p><A href=href(&format!("/follow-up?talk={talk}")) attr:class="button">"Next: send your thanks"</A></p>
        </section>
    }
}
