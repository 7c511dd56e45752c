//! Step 4: asking for the talk, by email, phone or introduction, and keeping track of answers.

mod ask;
mod log;
mod standing;

use crate::app::href;
use crate::components::talk_parts::{MissingTalk, TalkIndex, use_talk_id};
use crate::domain::{Id, Status};
use crate::state::use_app;
use ask::AskPage;
pub use ask::READ_ONLY_LINE;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Outreach() -> impl IntoView {
    crate::browser::set_title("Ask for a talk");
    let state = use_app();
    let talk = use_talk_id();
    // Follows the address only: the page holds text boxes, and rebuilding it when another tab
    // saves would lose what the user typed.
    move || match talk.get() {
        Some(id) if state.doc.with_untracked(|d| d.interview(&id).is_some()) => {
            view! { <AskPage talk=id/> }.into_any()
        }
        Some(_) => view! { <MissingTalk/> }.into_any(),
        None => view! { <Requests/> }.into_any(),
    }
}

/// The step's own page: the requests to make or waiting for an answer.
#[component]
fn Requests() -> impl IntoView {
    view! {
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
}

/// Requests that ended without a talk, kept for the record and the reply rate.
#[component]
fn ClosedTalks() -> impl IntoView {
    let state = use_app();
    let closed = Memo::new(move |_| {
        state.doc.with(|d| {
            d.interviews
                .iter()
                .filter(|i| i.status.is_closed())
                .filter_map(|i| {
                    let p = d.person(&i.person)?;
                    Some((i.id.clone(), i.status, p.name.clone()))
                })
                .collect::<Vec<(Id, Status, String)>>()
        })
    });
    let rows = move || {
        closed
            .get()
            .into_iter()
            .map(|(id, status, name)| {
                view! {
                    <p>
                        {format!("{}: ", status.label())}
                        <A href=href(&format!("/outreach?talk={id}"))>{name}</A>
                    </p>
                }
            })
            .collect_view()
    };
    // The list is drawn inside a <details> that stays put, so it stays open when another tab saves.
    view! {
        <Show when=move || closed.with(|c| !c.is_empty())>
            <details class="archived">
                <summary>{move || format!("Declined or no reply ({})", closed.with(Vec::len))}</summary>
                {rows}
            </details>
        </Show>
    }
}
