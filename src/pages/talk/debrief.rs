//! After the talk: marking it as held, then a short debrief while it is fresh.

use super::{edit_talk, with_talk};
use crate::app::href;
use crate::components::buttons::ActionButton;
use crate::components::fields::{NotesBox, TextField};
use crate::components::focus::{focus_selector_soon, focus_soon};
use crate::components::notice::Notice;
use crate::domain::date_sense::{Recorded, past_day_warning};
use crate::domain::dates::{self, DateWords};
use crate::domain::{Id, Interview};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(super) fn AfterTalk(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
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
    let not_held = move || {
        if state.read_only() {
            view! {
                <section aria-labelledby="after-heading">
                    <h2 id="after-heading">"After the talk"</h2>
                    <p>"Not recorded as held yet."</p>
                </section>
            }
            .into_any()
        } else {
            view! { <MarkHeld talk=t_mark.clone() notice/> }.into_any()
        }
    };
    // The debrief boxes are drawn once the talk is held and stay, whatever else changes.
    view! {
        <Show when=move || held.with(Option::is_some) fallback=not_held>
            <Debrief talk=talk.clone() held/>
        </Show>
    }
}

/// The form that records the day the talk took place.
#[component]
fn MarkHeld(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    // The talk's own day, read as it is now: a new time saved above moves it along.
    let t_day = talk.clone();
    let talk_day = Memo::new(move |_| {
        state
            .doc
            .with(|d| with_talk(d, &t_day, |t| t.talk_date()))
            .flatten()
    });
    let day_text = move || {
        dates::input_date(
            talk_day
                .get_untracked()
                .unwrap_or_else(|| state.today.get_untracked()),
        )
    };
    let held_date = RwSignal::new(day_text());
    let offered = StoredValue::new(held_date.get_untracked());
    // Follows the talk's day until the user types a day of their own.
    Effect::new(move |_| {
        talk_day.track();
        let text = day_text();
        if held_date.get_untracked() == offered.get_value() {
            held_date.set(text.clone());
        }
        offered.set_value(text);
    });
    let error = RwSignal::new(None::<String>);
    let warning = RwSignal::new(None::<String>);
    let warned_for = StoredValue::new(None::<String>);
    let day_ref = NodeRef::<leptos::html::Input>::new();
    let mark = move || {
        let typed = held_date.get_untracked();
        let Some(day) = dates::parse_input_date(&typed) else {
            error.set(Some("Enter the day the talk took place.".into()));
            focus_soon(day_ref);
            return;
        };
        error.set(None);
        // The clock itself, not the page's day, which catches up only now and then.
        let today = crate::browser::today();
        match past_day_warning(Recorded::Held, day, today, &Local) {
            Some(text) if warned_for.get_value().as_deref() != Some(typed.as_str()) => {
                warning.set(Some(format!("{text} Press the button again to keep it.")));
                warned_for.set_value(Some(typed));
                return;
            }
            _ => {}
        }
        edit_talk(&talk, |t| t.mark_held(day));
        notice.say("Marked as held. Write your debrief while it is fresh, then send your thanks.");
        // The page is laid out again with the debrief first: its first box is where work goes on.
        focus_selector_soon("#debrief-section textarea");
    };
    view! {
        <section aria-labelledby="after-heading">
            <h2 id="after-heading">"After the talk"</h2>
            <TextField label="Day it took place" value=held_date kind="date" error=error node_ref=day_ref/>
            <p class="field-warning" role="status">{move || warning.get()}</p>
            <div class="button-row">
                <ActionButton on_click=mark primary=true>"Mark the talk as held"</ActionButton>
            </div>
        </section>
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
                Local.day(day)
            )
        })
    };
    view! {
        <section aria-labelledby="after-heading" id="debrief-section">
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
