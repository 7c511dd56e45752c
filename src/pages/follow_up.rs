//! Step 6: the thank-you note, keeping in touch, and telling people when their advice helped.

use crate::components::fields::TextField;
use crate::components::message::MessageComposer;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::{MissingTalk, TalkHeader, TalkIndex, use_talk_id};
use crate::components::widgets::{Control, Controls, Line, Lines};
use crate::domain::rules::{CHECK_IN_DAYS, ThankYou, check_in_span, thank_you_state};
use crate::domain::{AdviceAction, Id, Interview, Status, TemplateKind, dates};
use crate::state::use_app;
use chrono::Days;
use leptos::prelude::*;

#[component]
pub fn FollowUp() -> impl IntoView {
    crate::browser::set_title("Follow up");
    let state = use_app();
    let talk = use_talk_id();
    move || {
        match talk.get() {
        Some(id) if state.doc.with_untracked(|d| d.interview(&id).is_some()) => {
            view! { <FollowUpPage talk=id/> }.into_any()
        }
        Some(_) => view! { <MissingTalk/> }.into_any(),
        None => view! {
            <h1>"Step 6 · Follow up"</h1>
            <p class="lead">
                "Thank people the same day or the next, and within a week at the latest. Mention "
                "something specific they told you. Then stay in touch: a short note after about one, "
                "two and three months, and whenever you act on their advice."
            </p>
            <TalkIndex
                statuses=vec![Status::Held, Status::Thanked]
                route="/follow-up"
                empty_title="No talk to follow up yet"
                empty_text="Once you have held a talk and marked it as held, it appears here."
            />
        }
        .into_any(),
    }
    }
}

fn edit_talk(talk: &Id, f: impl FnOnce(&mut Interview)) {
    use_app().edit(|doc, cx| {
        if let Some(t) = doc.interview_mut(talk) {
            f(t);
            t.updated_at = cx.now;
        }
    });
}

#[component]
fn FollowUpPage(talk: Id) -> impl IntoView {
    let notice = Notice::new();
    view! {
        <TalkHeader talk=talk.clone() title="Follow up with {name}"/>
        <NoticeLine notice/>
        <ThankYouPanel talk=talk.clone() notice/>
        <KeepInTouch talk=talk.clone() notice/>
        <AdviceActions talk notice/>
    }
}

#[component]
fn ThankYouPanel(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let sent_on = RwSignal::new(dates::input_date(state.today.get_untracked()));
    let error = RwSignal::new(None::<String>);
    let t_status = talk.clone();
    let status = move || {
        let today = state.today.get();
        let s = state
            .doc
            .with(|d| d.interview(&t_status).map(|t| thank_you_state(t, today)));
        let lines = match s {
            None | Some(ThankYou::NotYet) => vec![Line::muted(
                "The talk is not marked as held yet. Do that on the talk page first.",
            )],
            Some(ThankYou::Today { due_by }) => vec![
                Line::Badge {
                    text: "Best sent today".into(),
                    class: "badge-soon".into(),
                },
                Line::text(format!(
                    "Send it today while the talk is fresh; {} at the latest.",
                    dates::date(due_by)
                )),
            ],
            Some(ThankYou::Due { due_by }) => vec![
                Line::Badge {
                    text: "Due now".into(),
                    class: "badge-due".into(),
                },
                Line::text(format!(
                    "More than a day has passed. Send it now; {} is the latest.",
                    dates::date(due_by)
                )),
            ],
            Some(ThankYou::Overdue { due_by, days_late }) => vec![
                Line::Badge {
                    text: "Overdue".into(),
                    class: "badge-overdue".into(),
                },
                Line::text(format!(
                    "It was due by {} ({days_late} {} ago). Late thanks are still far better than none.",
                    dates::date(due_by),
                    if days_late == 1 { "day" } else { "days" }
                )),
            ],
            Some(ThankYou::Sent { on, on_time }) => vec![
                Line::Badge {
                    text: "Sent".into(),
                    class: "badge-ok".into(),
                },
                Line::text(format!(
                    "Thank-you sent on {}{}.",
                    dates::date(on),
                    if on_time { ", within the week" } else { "" }
                )),
            ],
        };
        view! { <Lines lines/> }
    };
    let t_mark = talk.clone();
    let mark = Control::button("Mark the thank-you as sent", move || {
        let Some(day) = dates::parse_input_date(&sent_on.get_untracked()) else {
            error.set(Some("Enter the day you sent it.".into()));
            return;
        };
        let held = state
            .doc
            .with_untracked(|d| d.interview(&t_mark).and_then(|t| t.held_on));
        if held.is_some_and(|h| day < h) {
            error.set(Some("That is before the talk took place.".into()));
            return;
        }
        error.set(None);
        edit_talk(&t_mark, |t| t.mark_thanked(day));
        notice.say(format!(
            "Thank-you recorded as sent on {}.",
            dates::date(day)
        ));
    })
    .primary();
    view! {
        <section aria-labelledby="thanks-heading">
            <h2 id="thanks-heading">"Thank-you note"</h2>
            <div class="card" role="status">{status}</div>
            <MessageComposer talk kinds=vec![TemplateKind::ThankYou] preferred="b:thanks" notice/>
            <div class="grid-2">
                <TextField label="Sent on" value=sent_on kind="date" error=error/>
            </div>
            <Controls actions=vec![mark]/>
        </section>
    }
}

#[component]
fn KeepInTouch(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    move || {
        let today = state.today.get();
        let info = state.doc.with(|d| {
            d.interview(&talk).map(|t| {
                (
                    t.held_on.filter(|_| t.status.was_held()),
                    t.check_ins_done.clone(),
                )
            })
        });
        let Some((Some(held), done)) = info else {
            return None;
        };
        let items = CHECK_IN_DAYS
            .into_iter()
            .map(|days| {
                let on = held + Days::new(days as u64);
                let is_done = done.contains(&days);
                let talk = talk.clone();
                let span = check_in_span(days);
                let label = match (is_done, on <= today) {
                    (true, _) => format!("About {span} after: done."),
                    (false, true) => format!("About {span} after ({}): due now.", dates::date(on)),
                    (false, false) => format!("About {span} after: {}.", dates::date(on)),
                };
                let toggle = Control::button(if is_done { "Not done yet" } else { "Mark done" }, move || {
                    edit_talk(&talk, |t| {
                        let keep = |d: u16| if d == days { !is_done } else { t.check_ins_done.contains(&d) };
                        t.check_ins_done = CHECK_IN_DAYS.into_iter().filter(|d| keep(*d)).collect();
                    });
                    notice.say(if is_done { "Check-in marked as not done." } else { "Check-in marked as done." });
                })
                .aria(format!("{} the {days}-day check-in", if is_done { "Undo" } else { "Mark done" }));
                view! { <li class="check-in"><span>{label}</span><Controls actions=vec![toggle]/></li> }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="touch-heading">
                <h2 id="touch-heading">"Keep in touch"</h2>
                <p class="muted">"A short note now and then keeps the connection alive: what you did, what you learned, a thank-you."</p>
                <ul class="check-ins">{items}</ul>
            </section>
        })
    }
}

#[component]
fn AdviceActions(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let t_add = talk.clone();
    let record = Control::button("Record it", move || {
        let text = what.get_untracked().trim().to_owned();
        if text.is_empty() {
            error.set(Some("Say what you did.".into()));
            return;
        }
        error.set(None);
        let talk = t_add.clone();
        state.edit(|doc, cx| {
            let id = cx.new_id("a");
            if let Some(t) = doc.interview_mut(&talk) {
                t.actions.push(AdviceAction {
                    id,
                    date: cx.today,
                    what: text,
                    told_on: None,
                });
                t.updated_at = cx.now;
            }
        });
        what.set(String::new());
        notice.say("Recorded. The overview reminds you to tell them.");
    });
    let list = move || {
        let today = state.today.get();
        let actions = state.doc.with(|d| {
            d.interview(&talk)
                .map(|t| t.actions.clone())
                .unwrap_or_default()
        });
        actions
            .into_iter()
            .map(|a| {
                let talk = talk.clone();
                let mut lines = vec![Line::Strong(format!("{}: {}", dates::date(a.date), a.what))];
                let controls = match a.told_on {
                    Some(day) => {
                        lines.push(Line::muted(format!("Told them on {}.", dates::date(day))));
                        Vec::new()
                    }
                    None => {
                        lines.push(Line::text("Not told yet."));
                        let id = a.id.clone();
                        vec![Control::button("I told them", move || {
                            edit_talk(&talk, |t| {
                                if let Some(x) = t.actions.iter_mut().find(|x| x.id == id) {
                                    x.told_on = Some(today);
                                }
                            })
                        })
                        .aria(format!("I told them about: {}", a.what))]
                    }
                };
                view! { <li class="card"><Lines lines/>{(!controls.is_empty()).then(|| view! { <Controls actions=controls/> })}</li> }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="advice-heading">
            <h2 id="advice-heading">"Acted on their advice?"</h2>
            <p class="muted">"People love to hear that their help made a difference. Record what you did, then tell them."</p>
            <ul class="card-list">{list}</ul>
            <TextField label="What did you do on their advice?" value=what error=error/>
            <Controls actions=vec![record]/>
        </section>
    }
}
