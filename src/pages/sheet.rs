//! A one-page question sheet to print and take to a talk: who, when, where, the goal, the
//! questions with room to write, and what to do before leaving.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::fields::CheckItem;
use crate::components::talk_parts::{MissingTalk, use_talk_id};
use crate::domain::dashboard::REFERRAL_GOAL;
use crate::domain::rules::THANK_YOU_DEADLINE_DAYS;
use crate::domain::{Id, Referrer, dates};
use crate::state::use_app;
use leptos::prelude::*;

/// What a sheet shows; a blank sheet has only questions.
#[derive(Clone, Default)]
struct SheetData {
    name: String,
    facts: Vec<(&'static str, String)>,
    goal: String,
    questions: Vec<String>,
    talk: Option<Id>,
}

fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
pub fn Sheet() -> impl IntoView {
    let state = use_app();
    let talk = use_talk_id();
    move || match talk.get() {
        Some(id) => {
            let data = state.doc.with_untracked(|d| {
                let t = d.interview(&id)?;
                let p = d.person(&t.person)?;
                let mut facts = vec![];
                if !p.role.is_empty() {
                    facts.push(("Role", p.role.clone()));
                }
                if !p.organisation.is_empty() {
                    facts.push(("Organisation", p.organisation.clone()));
                }
                let mut how = p.connection.label().to_owned();
                if let Some(r) = &p.referred_by {
                    let by = match &r.referrer {
                        Referrer::Person { id } => d.person(id).map(|x| x.name.clone()),
                        Referrer::Named { name } => Some(name.clone()),
                        Referrer::NoLongerTracked => None,
                    };
                    if let Some(by) = by {
                        how = format!(
                            "Suggested by {by}{}",
                            if r.may_use_name {
                                " (may mention them)"
                            } else {
                                " (do not mention them)"
                            }
                        );
                    }
                }
                facts.push(("How I know them", how));
                if let Some(c) = t.career.as_ref().and_then(|c| d.career(c)) {
                    facts.push(("Career", c.name.clone()));
                }
                facts.push((
                    "When",
                    t.scheduled_at
                        .map(|at| {
                            format!("{} ({} minutes)", dates::day_time(at), t.duration_minutes)
                        })
                        .unwrap_or_default(),
                ));
                facts.push(("Where", t.place.clone()));
                Some(SheetData {
                    name: p.name.clone(),
                    facts,
                    goal: t.goal.clone(),
                    questions: t.questions.iter().map(|q| q.text.clone()).collect(),
                    talk: Some(id.clone()),
                })
            });
            match data {
                Some(data) => {
                    crate::browser::set_title(&format!("Question sheet: {}", data.name));
                    view! { <SheetView data/> }.into_any()
                }
                None => view! { <MissingTalk/> }.into_any(),
            }
        }
        None => {
            crate::browser::set_title("Blank question sheet");
            view! { <BlankSheet/> }.into_any()
        }
    }
}

/// A sheet for any set of bank questions, for a talk not yet in the planner.
#[component]
fn BlankSheet() -> impl IntoView {
    let state = use_app();
    let bank: Vec<(Id, String, bool)> = state.doc.with_untracked(|d| {
        d.questions_in_order()
            .into_iter()
            .map(|q| (q.id.clone(), q.text.clone(), q.favourite))
            .collect()
    });
    let chosen = RwSignal::new(
        bank.iter()
            .filter(|(_, _, fav)| *fav)
            .map(|(id, _, _)| id.clone())
            .collect::<Vec<Id>>(),
    );
    let boxes = bank
        .iter()
        .map(|(id, text, fav)| {
            let id = id.clone();
            view! {
                <CheckItem
                    label=text.clone()
                    checked=*fav
                    always=true
                    on_change=Callback::new(move |on: bool| {
                        chosen.update(|c| {
                            c.retain(|x| *x != id);
                            if on {
                                c.push(id.clone());
                            }
                        })
                    })
                />
            }
        })
        .collect_view();
    view! {
        <details class="no-print sheet-chooser">
            <summary>"Choose the questions for this sheet"</summary>
            {boxes}
        </details>
        {move || {
            let picked = chosen.get();
            let questions = bank
                .iter()
                .filter(|(id, _, _)| picked.contains(id))
                .map(|(_, text, _)| text.clone())
                .collect();
            view! { <SheetView data=SheetData { questions, ..SheetData::default() }/> }
        }}
    }
}

#[component]
fn SheetView(data: SheetData) -> impl IntoView {
    let blank = data.talk.is_none();
    let title = if blank {
        "Question sheet".to_owned()
    } else {
        format!("Question sheet: {}", data.name)
    };
    let facts = if blank {
        [
            "Name",
            "Role and organisation",
            "How I know them",
            "When",
            "Where",
        ]
        .into_iter()
        .map(|label| view! { <div class="fact"><dt>{label}</dt><dd class="write-line"></dd></div> })
        .collect_view()
        .into_any()
    } else {
        data.facts
            .into_iter()
            .map(|(label, value)| {
                let empty = value.is_empty();
                view! { <div class="fact"><dt>{label}</dt><dd class:write-line=empty>{value}</dd></div> }
            })
            .collect_view()
            .into_any()
    };
    let count = data.questions.len();
    let questions = data
        .questions
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let n = i + 1;
            view! {
                <li class="sheet-q">
                    <p class="sheet-q-text"><span class="sheet-q-no">{format!("{n}.")}</span>" " {text}</p>
                    <div class="sheet-space"><span class="sheet-q-mark">{format!("Q{n}")}</span></div>
                </li>
            }
        })
        .collect_view();
    let back = data.talk.map(|id| {
        view! { <LinkButton href=href(&format!("/talk?talk={id}"))>"Back to the talk"</LinkButton> }
    });
    view! {
        <div class="no-print sheet-tools">
            <p class="muted">
                {format!("{count} {}. ", if count == 1 { "question" } else { "questions" })}
                "Up to about eight fit on one page with room to write; more continue on a second page."
            </p>
            <div class="button-row">
                <ActionButton on_click=print_page primary=true always=true>
                    "Print this sheet"
                </ActionButton>
                {back}
            </div>
        </div>
        <article class="sheet">
            <header class="sheet-head">
                <h1>{title}</h1>
                <dl class="sheet-facts">{facts}</dl>
                <p class="sheet-goal">
                    <strong>"My goal for this talk: "</strong>
                    {if data.goal.trim().is_empty() {
                        view! { <span class="write-line inline"></span> }.into_any()
                    } else {
                        view! { <span>{data.goal}</span> }.into_any()
                    }}
                </p>
            </header>
            {if count == 0 {
                view! { <p class="muted no-print">"No questions yet: choose some on the talk page or above."</p> }.into_any()
            } else {
                view! { <ol class="sheet-questions">{questions}</ol> }.into_any()
            }}
            <section class="sheet-leave">
                <h2>"Before you leave"</h2>
                <ul class="tick-list">
                    <li>{format!("Ask for at least {REFERRAL_GOAL} more people to talk to:")}</li>
                </ul>
                <p class="name-line">"1. " <span class="write-line inline"></span>" May I say you suggested them? Yes / No"</p>
                <p class="name-line">"2. " <span class="write-line inline"></span>" May I say you suggested them? Yes / No"</p>
                <ul class="tick-list">
                    <li>"Ask whether I may mention this person's name when I contact them."</li>
                    <li>{format!("Thank them, and send a note within {THANK_YOU_DEADLINE_DAYS} days (tomorrow is best).")}</li>
                </ul>
            </section>
        </article>
    }
}
