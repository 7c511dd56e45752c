//! Notes taken during the talk: one box per chosen question, and one for everything else.

use super::{edit_talk, with_talk};
use crate::app::href;
use crate::components::fields::{NotesBox, unique_id};
use crate::domain::Id;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(super) fn DuringTalk(talk: Id) -> impl IntoView {
    let state = use_app();
    let notes = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| t.notes.clone()))
        .unwrap_or_default();
    let t_notes = talk.clone();
    view! {
        <section aria-labelledby="during-heading" class="during">
            <h2 id="during-heading">"During the talk"</h2>
            <p class="muted">
                "Notes save as you type. Prefer paper? "
                <A href=href(&format!("/sheet?talk={talk}"))>"Print the question sheet"</A>
                " and copy the highlights here afterwards."
            </p>
            <QuestionNotes talk/>
            <NotesBox
                label="Other notes"
                initial=notes
                rows=5
                on_input=Callback::new(move |v: String| edit_talk(&t_notes, |t| t.notes = v))
            />
        </section>
    }
}

/// Which questions there are, in the order they are asked (must-ask first, as on the sheet, so
/// the numbers match): all the notes boxes depend on.
type Layout = Vec<(Id, String)>;

#[component]
fn QuestionNotes(talk: Id) -> impl IntoView {
    let state = use_app();
    let t_layout = talk.clone();
    let layout = Memo::new(move |_| {
        state.doc.with(|d| {
            with_talk(d, &t_layout, |t| {
                t.asking_order()
                    .into_iter()
                    .map(|q| (q.id.clone(), q.text.clone()))
                    .collect::<Layout>()
            })
            .unwrap_or_default()
        })
    });
    let none_chosen = || view! { <p class="muted">"Choose questions under “Questions for this talk” and a notes box appears for each."</p> };
    view! {
        <Show when=move || layout.with(|l| !l.is_empty()) fallback=none_chosen>
            <For
                each=move || layout.get()
                key=|(id, _)| id.clone()
                children={
                    let talk = talk.clone();
                    move |(question, _)| view! { <QuestionNote talk=talk.clone() question layout/> }
                }
            />
        </Show>
    }
}

/// The notes box of one question. Its label follows the question's place and wording, but the
/// box itself is drawn once and never rebuilt, so the text and cursor stay where the user left
/// them (NotesBox takes a fixed label, hence this box of its own).
#[component]
fn QuestionNote(talk: Id, question: Id, layout: Memo<Layout>) -> impl IntoView {
    let state = use_app();
    let initial = state
        .doc
        .with_untracked(|d| {
            with_talk(d, &talk, |t| {
                t.questions
                    .iter()
                    .find(|q| q.id == question)
                    .map(|q| q.notes.clone())
            })
        })
        .flatten()
        .unwrap_or_default();
    let t_label = question.clone();
    let label = move || {
        layout.with(|l| {
            l.iter()
                .position(|(id, _)| *id == t_label)
                .map(|i| format!("{}. {}", i + 1, l[i].1))
        })
    };
    let save = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        edit_talk(&talk, |t| {
            if let Some(q) = t.questions.iter_mut().find(|q| q.id == question) {
                q.notes = v;
            }
        })
    };
    let id = unique_id("notes");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                rows=3
                prop:value=initial
                disabled=move || state.read_only()
                on:input=save
            ></textarea>
        </div>
    }
}
