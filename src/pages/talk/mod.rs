//! Step 5: scheduling and preparing the talk, taking notes during it, gathering the next names
//! before leaving, and the short debrief after.

mod debrief;
mod leaving;
mod notes;
mod prepare;
mod questions;
mod schedule;

use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::{MissingTalk, TalkHeader, TalkIndex, use_talk_id};
use crate::domain::{Document, Id, Interview, Status, TalkStage};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Talk() -> impl IntoView {
    crate::browser::set_title("Hold the talk");
    let state = use_app();
    let talk = use_talk_id();
    move || {
        match talk.get() {
        Some(id) if state.doc.with_untracked(|d| d.interview(&id).is_some()) => {
            view! { <TalkPage talk=id/> }.into_any()
        }
        Some(_) => view! { <MissingTalk/> }.into_any(),
        None => view! {
            <h1>"Step 5 · Hold the talk"</h1>
            <p class="lead">
                "Confirm the day before, dress a notch more formal than business casual and arrive 10 "
                "to 15 minutes early. Use your questions, but leave room for the conversation. "
                "Before you leave, ask for two more people to talk to."
            </p>
            <TalkIndex
                statuses=vec![Status::Asked, Status::Scheduled, Status::Held]
                route="/talk"
                empty_title="No talk to hold yet"
                empty_text="When someone agrees to talk, open their request and choose “Schedule the talk”."
            />
        }
        .into_any(),
    }
    }
}

/// Applies a change to this talk and stamps it.
fn edit_talk(talk: &Id, f: impl FnOnce(&mut Interview)) {
    use_app().edit_talk(talk, f);
}

fn with_talk<T>(doc: &Document, talk: &Id, f: impl FnOnce(&Interview) -> T) -> Option<T> {
    doc.interview(talk).map(f)
}

/// The page for one talk, laid out for where the talk stands: getting ready, the day itself,
/// or after. Each section reads the document through memos of what it shows, and the boxes
/// typed into during the talk are drawn once: a save from another tab never rebuilds them under
/// the user's typing. Only a change of stage (held, or the day coming) lays the page out again.
#[component]
fn TalkPage(talk: Id) -> impl IntoView {
    let state = use_app();
    let notice = Notice::new();
    let t_stage = talk.clone();
    let stage = Memo::new(move |_| {
        let today = state.today.get();
        state
            .doc
            .with(|d| with_talk(d, &t_stage, |t| t.stage(today)))
            .unwrap_or(TalkStage::Before)
    });
    let t_sections = talk.clone();
    let sections = move || {
        let talk = t_sections.clone();
        let schedule = {
            let talk = talk.clone();
            move || view! { <schedule::Schedule talk=talk.clone() notice/> }
        };
        let prepare = {
            let talk = talk.clone();
            move || view! { <prepare::Prepare talk=talk.clone()/> }
        };
        let questions = {
            let talk = talk.clone();
            move || view! { <questions::ChosenQuestions talk=talk.clone() notice/> }
        };
        let during = {
            let talk = talk.clone();
            move || view! { <notes::DuringTalk talk=talk.clone()/> }
        };
        let leaving = {
            let talk = talk.clone();
            move || view! { <leaving::BeforeLeaving talk=talk.clone() notice/> }
        };
        let after = move || view! { <debrief::AfterTalk talk=talk.clone() notice/> };
        match stage.get() {
            TalkStage::Before => view! {
                {schedule()}
                {prepare()}
                {questions()}
                {during()}
                {leaving()}
                {after()}
            }
            .into_any(),
            TalkStage::OnTheDay => view! {
                <p class="stage-note">
                    "The day of the talk: notes first, then the names to ask for before you leave. "
                    "The time, preparation and questions are further down."
                </p>
                {during()}
                {leaving()}
                {after()}
                {schedule()}
                {prepare()}
                {questions()}
            }
            .into_any(),
            // Held: what is left to do comes first; getting ready folds away, one click open.
            TalkStage::After => view! {
                {after()}
                {leaving()}
                {during()}
                <details class="fold">
                    <summary>"Scheduling, preparation and chosen questions"</summary>
                    {schedule()}
                    {prepare()}
                    {questions()}
                </details>
            }
            .into_any(),
        }
    };
    view! {
        <TalkHeader talk=talk.clone() title="Your talk with {name}"/>
        <NoticeLine notice/>
        <Show when=move || state.read_only()>
            <p class="read-only-note">
                "This shared planner is read-only: you can read it, print its sheets and comment."
            </p>
        </Show>
        {sections}
    }
}
