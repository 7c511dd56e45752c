//! Step 4: asking for the talk, by email, phone or introduction, and keeping track of answers.

use crate::app::href;
use crate::components::fields::{Choice, NotesBox, TextField};
use crate::components::message::MessageComposer;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::{MissingTalk, TalkHeader, TalkIndex, use_talk_id};
use crate::components::widgets::{Control, Controls, Line, Lines};
use crate::domain::rules::{OutreachNudge, outreach_nudge};
use crate::domain::{Channel, Id, OutreachEvent, OutreachKind, Status, TemplateKind, dates};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Outreach() -> impl IntoView {
    crate::browser::set_title("Ask for a talk");
    let state = use_app();
    let talk = use_talk_id();
    move || {
        match talk.get() {
        Some(id) if state.doc.with_untracked(|d| d.interview(&id).is_some()) => {
            view! { <AskPage talk=id/> }.into_any()
        }
        Some(_) => view! { <MissingTalk/> }.into_any(),
        None => view! {
            <h1>"Step 4 · Ask for a talk"</h1>
            <p class="lead">
                "Ask for 15 to 30 minutes of advice, by email, by phone, or through someone who "
                "can introduce you. Say first how you are connected, keep it short, and end with a "
                "question. No answer is normal: one reply in three to five requests is typical."
            </p>
            <TalkIndex
                statuses=vec![Status::Planned, Status::Asked]
                route="/outreach"
                empty_title="No one to ask yet"
                empty_text="Open your people page and choose “Plan a talk” next to someone you would like to ask."
            />
            <ClosedTalks/>
        }
        .into_any(),
    }
    }
}

/// Requests that ended without a talk, kept for the record and the reply rate.
#[component]
fn ClosedTalks() -> impl IntoView {
    let state = use_app();
    move || {
        let closed: Vec<Line> = state.doc.with(|d| {
            d.interviews
                .iter()
                .filter(|i| i.status.is_closed())
                .filter_map(|i| {
                    let p = d.person(&i.person)?;
                    Some(Line::link(
                        format!("{}: ", i.status.label()),
                        p.name.clone(),
                        href(&format!("/outreach?talk={}", i.id)),
                    ))
                })
                .collect()
        });
        (!closed.is_empty()).then(|| {
            view! {
                <details class="archived">
                    <summary>{format!("Declined or no reply ({})", closed.len())}</summary>
                    <Lines lines=closed/>
                </details>
            }
        })
    }
}

fn nudge_lines(nudge: Option<OutreachNudge>, organisation: &str) -> Vec<Line> {
    let place = if organisation.is_empty() {
        "the same field".to_owned()
    } else {
        organisation.to_owned()
    };
    match nudge {
        None => Vec::new(),
        Some(OutreachNudge::Waiting { since, until }) => vec![Line::text(format!(
            "Asked on {}. Give them until {} (3 working days) before writing to anyone else.",
            dates::date(since),
            dates::date(until)
        ))],
        Some(OutreachNudge::TrySecondPerson {
            since,
            follow_up_on,
        }) => vec![
            Line::Badge {
                text: "Try a second person".into(),
                class: "badge-due".into(),
            },
            Line::text(format!(
                "3 working days without a reply since {}. Reach out to a second person at {place} now. If this one stays silent, follow up once on {}.",
                dates::date(since),
                dates::date(follow_up_on)
            )),
        ],
        Some(OutreachNudge::FollowUpOnce { since }) => vec![
            Line::Badge {
                text: "Follow up once".into(),
                class: "badge-due".into(),
            },
            Line::text(format!(
                "7 working days without a reply since {}. Send one short, friendly follow-up, then log it below.",
                dates::date(since)
            )),
        ],
        Some(OutreachNudge::WaitingAfterFollowUp { followed_up, until }) => {
            vec![Line::text(format!(
                "You followed up on {}. If nothing comes by {}, let this one go.",
                dates::date(followed_up),
                dates::date(until)
            ))]
        }
        Some(OutreachNudge::LetItGo { followed_up }) => vec![
            Line::Badge {
                text: "Let it go".into(),
                class: "badge-soon".into(),
            },
            Line::text(format!(
                "No answer since your follow-up on {}. Log “Gave up: no reply” and put your energy into other people.",
                dates::date(followed_up)
            )),
        ],
    }
}

#[component]
fn AskPage(talk: Id) -> impl IntoView {
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
    let status_panel = {
        let talk = talk.clone();
        move || {
            let today = state.today.get();
            let (nudge, org, status, replied) = state.doc.with(|d| {
                let t = d.interview(&talk);
                let org = t
                    .and_then(|t| d.person(&t.person))
                    .map(|p| p.organisation.clone())
                    .unwrap_or_default();
                (
                    t.and_then(|t| outreach_nudge(t, today)),
                    org,
                    t.map(|t| t.status),
                    t.is_some_and(|t| {
                        t.outreach
                            .last()
                            .is_some_and(|e| e.kind == OutreachKind::Replied)
                    }),
                )
            });
            let mut lines = nudge_lines(nudge, &org);
            let mut controls = Vec::new();
            if replied || status == Some(Status::Scheduled) {
                lines.push(Line::text("They answered. Agree on a day, time and place, then note them on the talk page."));
                controls.push(
                    Control::link("Schedule the talk", href(&format!("/talk?talk={talk}")))
                        .primary(),
                );
            } else if status == Some(Status::Planned) {
                lines.push(Line::muted(
                    "Not asked yet. Write your request below, send it, then log it.",
                ));
            }
            view! {
                <section class="card nudge" role="status" aria-label="Where this request stands">
                    <Lines lines/>
                    {(!controls.is_empty()).then(|| view! { <Controls actions=controls/> })}
                </section>
            }
        }
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
        {status_panel}
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

#[component]
fn OutreachLog(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let date = RwSignal::new(dates::input_date(state.today.get_untracked()));
    let kind = RwSignal::new(OutreachKind::Sent.key().to_owned());
    let note = RwSignal::new(String::new());
    let date_error = RwSignal::new(None::<String>);
    let add = {
        let talk = talk.clone();
        Control::button("Add to the log", move || {
            let Some(day) = dates::parse_input_date(&date.get_untracked()) else {
                date_error.set(Some("Enter the date it happened.".into()));
                return;
            };
            date_error.set(None);
            let event_kind =
                OutreachKind::from_key(&kind.get_untracked()).unwrap_or(OutreachKind::Sent);
            let text = note.get_untracked().trim().to_owned();
            state.edit(|doc, cx| {
                if let Some(t) = doc.interview_mut(&talk) {
                    t.log_outreach(day, event_kind, text);
                    t.updated_at = cx.now;
                }
            });
            note.set(String::new());
            notice.say(format!(
                "Logged: {} on {}.",
                event_kind.label(),
                dates::date(day)
            ));
        })
        .primary()
    };
    let entries = {
        let talk = talk.clone();
        move || {
            let events: Vec<OutreachEvent> = state.doc.with(|d| {
                d.interview(&talk)
                    .map(|t| t.outreach.clone())
                    .unwrap_or_default()
            });
            if events.is_empty() {
                return view! { <p class="muted">"Nothing logged yet."</p> }.into_any();
            }
            let rows = events
                .into_iter()
                .map(|e| {
                    let talk = talk.clone();
                    let label = format!("{}: {}", dates::date(e.date), e.kind.label());
                    let event_id = e.id.clone();
                    let remove = Control::confirm(
                        "Remove",
                        format!("Remove “{label}” from the log"),
                        "Remove this entry from the log?",
                        "Yes, remove it",
                        move || {
                            state.edit(|doc, cx| {
                                if let Some(t) = doc.interview_mut(&talk) {
                                    t.outreach.retain(|x| x.id != event_id);
                                    t.updated_at = cx.now;
                                }
                            });
                        },
                    );
                    let mut lines = vec![Line::Strong(label)];
                    if !e.note.is_empty() {
                        lines.push(Line::pre(e.note));
                    }
                    view! { <li class="log-entry"><Lines lines/><Controls actions=vec![remove]/></li> }
                })
                .collect_view();
            view! { <ol class="log">{rows}</ol> }.into_any()
        }
    };
    let kinds = OutreachKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), k.label().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="log-heading">
            <h2 id="log-heading">"What happened so far"</h2>
            {entries}
            <div class="card">
                <h3>"Log something"</h3>
                <div class="grid-2">
                    <TextField label="Date" value=date kind="date" error=date_error/>
                    <crate::components::fields::SelectField label="What happened" value=kind options=kinds/>
                </div>
                <TextField label="Note (optional)" value=note/>
                <Controls actions=vec![add]/>
            </div>
        </section>
    }
}
