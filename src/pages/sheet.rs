//! A one-page question sheet to print and take to a talk: who, when, where, the goal, the
//! questions with room to write (the must-ask ones first, in bold), and what to do before
//! leaving. Without a talk, a blank sheet for questions the user picks from the bank.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::fields::CheckItem;
use crate::components::talk_parts::{MissingTalk, use_talk_id};
use crate::domain::dashboard::REFERRAL_GOAL;
use crate::domain::dates::DateWords;
use crate::domain::rules::THANK_YOU_DEADLINE_DAYS;
use crate::domain::{Category, Document, Id};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

/// Questions of the usual length that fit one printed page of a talk's sheet (A4 or Letter).
const FIT_TALK: usize = 9;
/// The same for a blank sheet, whose details are lines to fill in by hand.
const FIT_BLANK: usize = 8;

/// One question on the sheet.
#[derive(Clone, PartialEq)]
struct SheetQuestion {
    text: String,
    must_ask: bool,
}

/// What a talk's sheet shows.
#[derive(Clone, PartialEq)]
struct SheetData {
    name: String,
    facts: Vec<(&'static str, String)>,
    goal: String,
    questions: Vec<SheetQuestion>,
    talk: Id,
}

fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The sheet of one talk, as the planner holds it now.
fn talk_sheet(d: &Document, id: &Id) -> Option<SheetData> {
    let t = d.interview(id)?;
    let p = d.person(&t.person)?;
    let mut facts = vec![];
    if !p.role.is_empty() {
        facts.push(("Role", p.role.clone()));
    }
    if !p.organisation.is_empty() {
        facts.push(("Organization", p.organisation.clone()));
    }
    let mut how = p.connection.label().to_owned();
    if let Some(r) = &p.referred_by {
        let by = r.referrer.name(d);
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
            .map(|at| format!("{} ({} minutes)", Local.day_time(at), t.duration_minutes))
            .unwrap_or_default(),
    ));
    facts.push(("Where", t.place.clone()));
    Some(SheetData {
        name: p.name.clone(),
        facts,
        goal: t.goal.clone(),
        questions: t
            .asking_order()
            .into_iter()
            .map(|q| SheetQuestion {
                text: q.text.clone(),
                must_ask: q.must_ask,
            })
            .collect(),
        talk: id.clone(),
    })
}

#[component]
pub fn Sheet() -> impl IntoView {
    let state = use_app();
    let talk = use_talk_id();
    move || match talk.get() {
        Some(id) => {
            // Read as the planner is now: a time changed in another tab shows here too.
            let data = Memo::new(move |_| state.doc.with(|d| talk_sheet(d, &id)));
            view! {
                <Show
                    when=move || data.with(Option::is_some)
                    fallback=|| view! { <MissingTalk/> }
                >
                    {move || data.get().map(|data| {
                        crate::browser::set_title(&format!("Question sheet: {}", data.name));
                        view! { <TalkSheet data/> }
                    })}
                </Show>
            }
            .into_any()
        }
        None => {
            crate::browser::set_title("Blank question sheet");
            view! { <BlankSheet/> }.into_any()
        }
    }
}

#[component]
fn TalkSheet(data: SheetData) -> impl IntoView {
    let count = data.questions.len();
    view! {
        <h1 class="sheet-title">{format!("Question sheet: {}", data.name)}</h1>
        <div class="no-print sheet-tools">
            <p class="muted">{count_line(count, FIT_TALK)}</p>
            <div class="button-row">
                <ActionButton on_click=print_page primary=true always=true>
                    "Print this sheet"
                </ActionButton>
                <LinkButton href=href(&format!("/talk?talk={}", data.talk))>"Back to the talk"</LinkButton>
            </div>
        </div>
        <SheetBody facts=data.facts goal=data.goal questions=data.questions/>
    }
}

fn count_line(count: usize, fit: usize) -> String {
    let n = match count {
        1 => "1 question".to_owned(),
        n => format!("{n} questions"),
    };
    if count > fit {
        format!(
            "{n}. Up to {fit} of the usual length fit on one page with room to write; the rest continue on a second page."
        )
    } else {
        format!("{n}. Up to {fit} of the usual length fit on one page with room to write.")
    }
}

/// A sheet for questions the user picks from the bank, for a talk not yet in the planner. It
/// starts empty: the choice is the user's.
#[component]
fn BlankSheet() -> impl IntoView {
    let state = use_app();
    let bank: Vec<(Id, String, Category)> = state.doc.with_untracked(|d| {
        d.questions_in_order()
            .into_iter()
            .map(|q| (q.id.clone(), q.text.clone(), q.category))
            .collect()
    });
    let chosen = RwSignal::new(Vec::<Id>::new());
    // Grouped by topic, in the order the user gave the bank.
    let groups = Category::ALL
        .into_iter()
        .filter(|c| bank.iter().any(|(_, _, cat)| cat == c))
        .map(|category| {
            let boxes = bank
                .iter()
                .filter(|(_, _, cat)| *cat == category)
                .map(|(id, text, _)| {
                    let id = id.clone();
                    view! {
                        <CheckItem
                            label=text.clone()
                            checked=false
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
                <fieldset class="sheet-topic">
                    <legend>{category.label()}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    let count = move || chosen.with(Vec::len);
    // Lines to fill in by hand.
    let facts = || {
        [
            "Name",
            "Role and organization",
            "How I know them",
            "When",
            "Where",
        ]
        .into_iter()
        .map(|label| (label, String::new()))
        .collect::<Vec<_>>()
    };
    let questions = move || {
        let picked = chosen.get();
        bank.iter()
            .filter(|(id, _, _)| picked.contains(id))
            .map(|(_, text, _)| SheetQuestion {
                text: text.clone(),
                must_ask: false,
            })
            .collect::<Vec<_>>()
    };
    view! {
        <h1 class="sheet-title">"Question sheet"</h1>
        <div class="no-print sheet-tools">
            <p class="muted">
                "A sheet for a talk that is not in your planner yet. Choose its questions below; "
                {format!("up to {FIT_BLANK} fit on one page with lines for the details.")}
            </p>
            <div class="button-row">
                <ActionButton on_click=print_page primary=true always=true>
                    "Print this sheet"
                </ActionButton>
                <LinkButton href=href("/questions")>"Back to the question bank"</LinkButton>
            </div>
        </div>
        <div class="no-print sheet-chooser">
            <h2>"Choose the questions for this sheet"</h2>
            <p class="muted" aria-live="polite">
                {move || match count() {
                    0 => "None chosen yet.".to_owned(),
                    n if n > FIT_BLANK => format!("{n} chosen: more than {FIT_BLANK} continue on a second page."),
                    1 => "1 chosen.".to_owned(),
                    n => format!("{n} chosen."),
                }}
            </p>
            {groups}
        </div>
        {move || view! { <SheetBody facts=facts() goal=String::new() questions=questions()/> }}
    }
}

/// The part that goes on paper.
#[component]
fn SheetBody(
    /// Label and value; an empty value is a line to write on.
    facts: Vec<(&'static str, String)>,
    goal: String,
    questions: Vec<SheetQuestion>,
) -> impl IntoView {
    let count = questions.len();
    let facts = facts
        .into_iter()
        .map(|(label, value)| {
            let empty = value.is_empty();
            view! { <div class="fact"><dt>{label}</dt><dd class:write-line=empty>{value}</dd></div> }
        })
        .collect_view();
    let questions = questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let n = i + 1;
            view! {
                <li class="sheet-q" class:must=q.must_ask>
                    <p class="sheet-q-text">
                        <span class="sheet-q-no">{format!("{n}.")}</span>
                        " "
                        {q.must_ask.then_some(view! { <span class="sheet-must">"Must ask: "</span> })}
                        {q.text}
                    </p>
                    <div class="sheet-space"><span class="sheet-q-mark">{format!("Q{n}")}</span></div>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sheet">
            <dl class="sheet-facts">{facts}</dl>
            <p class="sheet-goal">
                <strong>"My goal for this talk: "</strong>
                {if goal.trim().is_empty() {
                    view! { <span class="write-line inline"></span> }.into_any()
                } else {
                    view! { <span>{goal}</span> }.into_any()
                }}
            </p>
            {if count == 0 {
                view! { <p class="muted no-print">"No questions yet: choose some on the talk page or above."</p> }.into_any()
            } else {
                view! { <ol class="sheet-questions">{questions}</ol> }.into_any()
            }}
            <section class="sheet-leave" aria-labelledby="sheet-leave-heading">
                <h2 id="sheet-leave-heading">"Before you leave"</h2>
                <ul class="checkbox-list">
                    <li>{format!("Ask for at least {REFERRAL_GOAL} more people to talk to:")}</li>
                </ul>
                <p class="name-line">"1. " <span class="write-line inline"></span>" May I say you suggested them? Yes / No"</p>
                <p class="name-line">"2. " <span class="write-line inline"></span>" May I say you suggested them? Yes / No"</p>
                <ul class="checkbox-list">
                    <li>"Ask whether I may mention this person's name when I contact them."</li>
                    <li>{format!("Thank them, and send a note within {THANK_YOU_DEADLINE_DAYS} days (tomorrow is best).")}</li>
                </ul>
            </section>
        </div>
    }
}
