//! "What I have learned" about one career: the same question answered by different people, side
//! by side, then the debriefs. Read before deciding whether to pursue the career.

use crate::app::href;
use crate::components::empty_state::EmptyState;
use crate::domain::dates::DateWords;
use crate::domain::learned::{Learned, learned};
use crate::domain::{Id, Reason};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LearnedPage() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let career_id =
        Memo::new(move |_| query.with(|q| q.get_str("career").and_then(|c| Id::parse(c).ok())));
    // Through a memo: a comment added or a save in another tab that leaves this career's
    // answers as they are must not rebuild the page, and with it the comment being typed.
    let found = Memo::new(move |_| {
        career_id.get().and_then(|id| {
            state.doc.with(|d| {
                d.career(&id).map(|c| {
                    (
                        id.clone(),
                        c.name.clone(),
                        c.reasons.clone(),
                        learned(d, &id),
                    )
                })
            })
        })
    });
    move || match found.get() {
        Some((id, name, reasons, data)) => {
            crate::browser::set_title(&format!("What I have learned: {name}"));
            let target = crate::domain::CommentTarget::Career { id };
            view! {
                <LearnedView name reasons data/>
                <crate::components::comments::Comments target/>
            }
            .into_any()
        }
        None => {
            crate::browser::set_title("What I have learned");
            view! {
                <h1>"What I have learned"</h1>
                <EmptyState title="This career is not in your planner">
                    <p>"It may have been deleted, or the link is incomplete."</p>
                    <a class="button" href=href("/careers")>"Go to your careers"</a>
                </EmptyState>
            }
            .into_any()
        }
    }
}

#[component]
fn LearnedView(name: String, reasons: Vec<Reason>, data: Learned) -> impl IntoView {
    let why = reasons
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(" · ");
    let heading = format!("What I have learned: {name}");
    if data.talks == 0 {
        return view! {
            <h1>{heading}</h1>
            <EmptyState title="No talks held in this career yet">
                <p>
                    "Once you have held a talk and taken notes, the answers line up here, question by "
                    "question, so you can compare what different people told you."
                </p>
                <a class="button" href=href("/people")>"Find someone to talk to"</a>
            </EmptyState>
        }
        .into_any();
    }
    let talk_count = format!(
        "From {} {} held. Each question shows what every person said, oldest talk first.",
        data.talks,
        if data.talks == 1 { "talk" } else { "talks" }
    );
    let rows = data
        .rows
        .into_iter()
        .map(|row| {
            let answers = row
                .answers
                .into_iter()
                .map(|a| {
                    let when = a.date.map(|d| Local.date(d)).unwrap_or_default();
                    let empty = a.notes.trim().is_empty();
                    view! {
                        <li class="answer">
                            <p class="answer-who">
                                <a href=href(&format!("/talk?talk={}", a.interview))>{a.person_name}</a>
                                <span class="muted">" · " {when}</span>
                            </p>
                            {if empty {
                                view! { <p class="muted">"Nothing noted."</p> }.into_any()
                            } else {
                                view! { <p class="prewrap">{a.notes}</p> }.into_any()
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="learned-row">
                    <h3>{row.text}</h3>
                    <ul class="answers">{answers}</ul>
                </section>
            }
        })
        .collect_view();
    let no_debriefs = data.debriefs.is_empty();
    let debriefs = data
        .debriefs
        .into_iter()
        .map(|d| {
            let when = d.date.map(|d| Local.date(d)).unwrap_or_default();
            let parts = [
                ("What I learned", d.debrief.learned),
                ("How it fits my skills, values and interests", d.debrief.fit),
                ("What I still need to find out", d.debrief.still_to_learn),
                ("Whom to talk to next", d.debrief.talk_to_next),
                ("Other notes from the talk", d.notes),
            ]
            .into_iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(label, text)| view! { <dt>{label}</dt><dd class="prewrap">{text}</dd> })
            .collect_view();
            view! {
                <article class="card">
                    <h3>{d.person_name} <span class="muted">" · " {when}</span></h3>
                    <dl class="debrief">{parts}</dl>
                </article>
            }
        })
        .collect_view();
    view! {
        <h1>{heading}</h1>
        {(!why.is_empty()).then(|| view! { <p class="lead">"Why I'm exploring it: " {why}</p> })}
        <p>{talk_count}</p>
        <div class="button-row no-print">
            <a class="button button-quiet" href=href("/careers")>"Back to careers"</a>
        </div>
        <h2>"Answers by question"</h2>
        {rows}
        <h2>"Debriefs"</h2>
        {if no_debriefs {
            view! { <p class="muted">"No debrief written yet. Write one on the talk's page right after it."</p> }.into_any()
        } else {
            debriefs.into_any()
        }}
    }
    .into_any()
}
