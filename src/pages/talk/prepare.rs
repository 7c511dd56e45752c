//! Getting ready: the goal of the talk and the preparation checklist.

use super::{edit_talk, with_talk};
use crate::components::fields::{CheckItem, NotesBox};
use crate::domain::{Id, PrepItem};
use crate::state::use_app;
use leptos::prelude::*;

/// Drawn once from the talk as it is when the page opens; every change is saved as it is made.
#[component]
pub(super) fn Prepare(talk: Id) -> impl IntoView {
    let state = use_app();
    let (goal, done) = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| (t.goal.clone(), t.prep_done.clone())))
        .unwrap_or_default();
    let t_goal = talk.clone();
    let checklist = PrepItem::ALL
        .into_iter()
        .map(|item| {
            let talk = talk.clone();
            view! {
                <CheckItem
                    label=item.label()
                    checked=done.contains(&item)
                    on_change=Callback::new(move |on: bool| edit_talk(&talk, |t| t.set_prep(item, on)))
                />
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="prepare-heading">
            <h2 id="prepare-heading">"Prepare"</h2>
            <NotesBox
                label="Your goal for this talk, in one line"
                initial=goal
                single_line=true
                hint="For example: find out whether a master's degree is needed to start"
                on_input=Callback::new(move |v: String| edit_talk(&t_goal, |t| t.goal = v))
            />
            {checklist}
        </section>
    }
}
