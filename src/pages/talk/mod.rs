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
use crate::domain::{Document, Id, Interview, Status};
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
                "Confirm the day before, dress a notch smarter than business casual and arrive 10 "
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
    let state = use_app();
    state.edit(|doc, cx| {
        if let Some(t) = doc.interview_mut(talk) {
            f(t);
            t.updated_at = cx.now;
        }
    });
}

fn with_talk<T>(doc: &Document, talk: &Id, f: impl FnOnce(&Interview) -> T) -> Option<T> {
    doc.interview(talk).map(f)
}

/// The page for one talk. Each section reads the document through memos of what it shows, and
/// the boxes typed into during the talk are drawn once: a save from another tab never rebuilds
/// them under the user's typing.
#[component]
fn TalkPage(talk: Id) -> impl IntoView {
    let notice = Notice::new();
    view! {
        <TalkHeader talk=talk.clone() title="Your talk with {name}"/>
        <NoticeLine notice/>
        <schedule::Schedule talk=talk.clone() notice/>
        <prepare::Prepare talk=talk.clone()/>
        <questions::ChosenQuestions talk=talk.clone() notice/>
        <notes::DuringTalk talk=talk.clone()/>
        <leaving::BeforeLeaving talk=talk.clone() notice/>
        <debrief::AfterTalk talk notice/>
    }
}
