//! Where a request stands: how long to wait, when to try someone else or follow up, and when
//! to let go.

use crate::app::href;
use crate::components::buttons::LinkButton;
use crate::domain::dates::DateWords;
use crate::domain::rules::{OutreachNudge, outreach_nudge};
use crate::domain::{Id, OutreachKind, Status};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

/// What the panel shows; compared as a whole, so the panel is drawn again only when it changes.
#[derive(Clone, PartialEq)]
struct Standing {
    nudge: Option<OutreachNudge>,
    organisation: String,
    status: Option<Status>,
    replied: bool,
}

#[component]
pub fn RequestStanding(talk: Id) -> impl IntoView {
    let state = use_app();
    let standing = {
        let talk = talk.clone();
        Memo::new(move |_| {
            let today = state.today.get();
            state.doc.with(|d| {
                let t = d.interview(&talk);
                Standing {
                    nudge: t.and_then(|t| outreach_nudge(t, today)),
                    organisation: t
                        .and_then(|t| d.person(&t.person))
                        .map(|p| p.organisation.clone())
                        .unwrap_or_default(),
                    status: t.map(|t| t.status),
                    replied: t.is_some_and(|t| {
                        t.outreach
                            .last()
                            .is_some_and(|e| e.kind == OutreachKind::Replied)
                    }),
                }
            })
        })
    };
    let content = move || {
        let Standing {
            nudge,
            organisation,
            status,
            replied,
        } = standing.get();
        let next = if replied || status == Some(Status::Scheduled) {
            Some(
                view! {
                    <p>"They answered. Agree on a day, time and place, then note them on the talk page."</p>
                    <div class="button-row">
                        <LinkButton href=href(&format!("/talk?talk={talk}")) primary=true>
                            "Schedule the talk"
                        </LinkButton>
                    </div>
                }
                .into_any(),
            )
        } else if status == Some(Status::Planned) {
            Some(
                view! {
                    <p class="muted">"Not asked yet. Write your request below, send it, then log it."</p>
                }
                .into_any(),
            )
        } else {
            None
        };
        view! {
            {nudge.map(|nudge| view! { <NudgeText nudge organisation/> })}
            {next}
        }
    };
    view! {
        <section class="card nudge" role="status" aria-label="Where this request stands">
            {content}
        </section>
    }
}

/// The advice for the nudge; `organisation` is where to look for a second person.
#[component]
fn NudgeText(nudge: OutreachNudge, organisation: String) -> impl IntoView {
    let place = if organisation.is_empty() {
        "the same field".to_owned()
    } else {
        organisation
    };
    match nudge {
        OutreachNudge::Waiting { since, until } => view! {
            <p>
                {format!(
                    "Asked on {}. Give them until {} (3 working days) before writing to anyone else.",
                    Local.date(since),
                    Local.date(until)
                )}
            </p>
        }
        .into_any(),
        OutreachNudge::TrySecondPerson {
            since,
            follow_up_on,
        } => view! {
            <p><span class="badge badge-due">"Try a second person"</span></p>
            <p>
                {format!(
                    "3 working days without a reply since {}. Reach out to a second person at {place} now. If this one stays silent, follow up once on {}.",
                    Local.date(since),
                    Local.date(follow_up_on)
                )}
            </p>
        }
        .into_any(),
        OutreachNudge::FollowUpOnce { since } => view! {
            <p><span class="badge badge-due">"Follow up once"</span></p>
            <p>
                {format!(
                    "7 working days without a reply since {}. Send one short, friendly follow-up, then log it below.",
                    Local.date(since)
                )}
            </p>
        }
        .into_any(),
        OutreachNudge::WaitingAfterFollowUp { followed_up, until } => view! {
            <p>
                {format!(
                    "You followed up on {}. If nothing comes by {}, let this one go.",
                    Local.date(followed_up),
                    Local.date(until)
                )}
            </p>
        }
        .into_any(),
        OutreachNudge::LetItGo { followed_up } => view! {
            <p><span class="badge badge-soon">"Let it go"</span></p>
            <p>
                {format!(
                    "No answer since your follow-up on {}. Log “Gave up: no reply” and put your energy into other people.",
                    Local.date(followed_up)
                )}
            </p>
        }
        .into_any(),
    }
}
