//! One request: how the user will ask, the message they write, and the log of what happened.

use super::log::OutreachLog;
use super::standing::RequestStanding;
use crate::components::fields::{Choice, NotesBox};
use crate::components::message::MessageComposer;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::TalkHeader;
use crate::domain::{Channel, Id, TemplateKind};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AskPage(talk: Id) -> impl IntoView {
    let state = use_app();
    let notice = Notice::new();
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
            state.edit(|doc, cx| {
                if let Some(t) = doc.interview_mut(&talk) {
                    t.channel = Some(chosen);
                    t.updated_at = cx.now;
                }
            });
        })
    };
    let preferred = state.doc.with_untracked(|d| {
        let referred = d
            .interview(&talk)
            .and_then(|t| d.person(&t.person))
            .and_then(|p| p.referred_by.as_ref())
            .is_some_and(|r| r.may_use_name);
        if referred {
            "b:email-referral"
        } else {
            "b:email-alumni"
        }
    });
    // A new channel offers other templates, so the composer starts afresh; nothing else
    // rebuilds it.
    let composer = {
        let talk = talk.clone();
        move || {
            let (kinds, start) = match channel.get() {
                Channel::Email => (
                    vec![TemplateKind::FirstEmail, TemplateKind::IntroRequest],
                    preferred,
                ),
                Channel::Phone => (
                    vec![TemplateKind::PhoneScript, TemplateKind::FirstEmail],
                    "b:phone",
                ),
                Channel::Introduction => (
                    vec![TemplateKind::IntroRequest, TemplateKind::FirstEmail],
                    "b:intro",
                ),
            };
            view! { <MessageComposer talk=talk.clone() kinds preferred=start notice/> }
        }
    };
    let channel_options = Channel::ALL
        .iter()
        .map(|c| (c.key().to_owned(), c.label().to_owned()))
        .collect::<Vec<_>>();
    let (my_name, my_field) = state
        .doc
        .with_untracked(|d| (d.profile.name.clone(), d.profile.field.clone()));
    let ask_about_you = my_name.is_empty();

    view! {
        <TalkHeader talk=talk.clone() title="Ask {name} for a talk"/>
        <NoticeLine notice/>
        <RequestStanding talk=talk.clone()/>
        <section aria-labelledby="write-heading">
            <h2 id="write-heading">"Write your request"</h2>
            <Choice
                label="How you will ask"
                options=channel_options
                selected=channel.get_untracked().key()
                on_change=set_channel
            />
            <details class="about-you" open=ask_about_you>
                <summary>"About you (used in every message)"</summary>
                <NotesBox
                    label="Your name"
                    initial=my_name
                    single_line=true
                    on_input=Callback::new(move |v: String| state.edit(|d, _| d.profile.name = v))
                />
                <NotesBox
                    label="Your school, programme or field"
                    initial=my_field
                    single_line=true
                    hint="As you would say it: “third-year biology student”, “nurse moving into health IT”"
                    on_input=Callback::new(move |v: String| state.edit(|d, _| d.profile.field = v))
                />
            </details>
            {composer}
        </section>
        <OutreachLog talk notice/>
    }
}
