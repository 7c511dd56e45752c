//! One request: how the user will ask, the message they write, and the log of what happened.

use super::log::OutreachLog;
use super::standing::RequestStanding;
use crate::components::fields::{Choice, NotesBox};
use crate::components::message::MessageComposer;
use crate::components::talk_parts::TalkHeader;
use crate::domain::{Channel, Id, TemplateKind};
use crate::state::use_app;
use leptos::prelude::*;

/// The first request written for a way of asking.
fn first_request(channel: Channel) -> TemplateKind {
    match channel {
        Channel::Email => TemplateKind::FirstEmail,
        Channel::LinkedIn => TemplateKind::LinkedInNote,
        Channel::Phone => TemplateKind::PhoneScript,
        Channel::Introduction => TemplateKind::IntroRequest,
    }
}

/// The line a page shows instead of its forms while a shared planner is open for review (the
/// banner on every page says why; this says what is left to do here).
pub const READ_ONLY_LINE: &str = "Read-only: the messages and records show what the planner's owner wrote. You can read and copy them, not change them.";

#[component]
pub fn AskPage(talk: Id) -> impl IntoView {
    let state = use_app();
    let channel = RwSignal::new(
        state
            .doc
            .with_untracked(|d| d.interview(&talk).and_then(|t| t.channel))
            .unwrap_or(Channel::Email),
    );
    let set_channel = {
        let talk = talk.clone();
        Callback::new(move |key: String| {
            let chosen = Channel::from_key(&key).unwrap_or(Channel::Email);
            channel.set(chosen);
            state.edit_talk(&talk, |t| t.channel = Some(chosen));
        })
    };
    // Another way of asking offers another first request; its draft is kept apart, so
    // switching back finds it as it was.
    let composer = {
        let talk = talk.clone();
        move || {
            let kinds = vec![
                first_request(channel.get()),
                TemplateKind::FollowUp,
                TemplateKind::Confirm,
            ];
            view! { <MessageComposer talk=talk.clone() kinds/> }
        }
    };
    let channel_options = Channel::ALL
        .iter()
        .map(|c| (c.key().to_owned(), c.label().to_owned()))
        .collect::<Vec<_>>();
    let how = move || {
        if state.read_only() {
            view! { <p>{format!("How you will ask: {}", channel.get().label())}</p> }.into_any()
        } else {
            view! {
                <Choice
                    label="How you will ask"
                    options=channel_options.clone()
                    selected=channel.get_untracked().key()
                    on_change=set_channel
                />
            }
            .into_any()
        }
    };
    let profile = state.doc.with_untracked(|d| d.profile.clone());
    let ask_about_you = [&profile.name, &profile.field, &profile.school]
        .iter()
        .any(|v| v.trim().is_empty());

    view! {
        <TalkHeader talk=talk.clone() title="Ask {name} for a talk"/>
        <Show when=move || state.read_only()>
            <p class="muted">{READ_ONLY_LINE}</p>
        </Show>
        <RequestStanding talk=talk.clone()/>
        <section aria-labelledby="write-heading">
            <h2 id="write-heading">"Write your request"</h2>
            {how}
            <details class="about-you" open=ask_about_you>
                <summary>"About you (used in every message)"</summary>
                <NotesBox
                    label="Your name"
                    initial=profile.name
                    single_line=true
                    on_input=Callback::new(move |v: String| state.edit(|d, _| d.profile.name = v))
                />
                <NotesBox
                    label="Your program or field"
                    initial=profile.field
                    single_line=true
                    hint="As you would say it: “third-year biology student”, “nurse moving into health IT”"
                    on_input=Callback::new(move |v: String| state.edit(|d, _| d.profile.field = v))
                />
                <NotesBox
                    label="Your school"
                    initial=profile.school
                    single_line=true
                    hint="Where you study or studied; alumni messages name it: “Ohio State University”"
                    on_input=Callback::new(move |v: String| state.edit(|d, _| d.profile.school = v))
                />
            </details>
            {composer}
        </section>
        <OutreachLog talk/>
    }
}
