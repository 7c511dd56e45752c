//! Pieces shared by the pages of steps 4 to 6, which all work on one talk at a time.

use crate::app::href;
use crate::components::empty_state::EmptyState;
use crate::components::show_more::{Paging, ShowMore};
use crate::components::widgets::{Card, Control, Line};
use crate::domain::agenda::describe;
use crate::domain::rules::next_action;
use crate::domain::{Id, Status};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The talk named in the address (`?talk=…`), if any.
pub fn use_talk_id() -> Memo<Option<Id>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get_str("talk").and_then(|t| Id::parse(t).ok())))
}

/// Heading and context for one talk, with links to its other steps.
#[component]
pub fn TalkHeader(
    talk: Id,
    /// The page heading; "{name}" stands for the person's name.
    #[prop(into)]
    title: String,
) -> impl IntoView {
    let state = use_app();
    let info = move || {
        state.doc.with(|d| {
            let t = d.interview(&talk)?;
            let p = d.person(&t.person)?;
            let career = t
                .career
                .as_ref()
                .and_then(|c| d.career(c))
                .map(|c| c.name.clone());
            Some((
                p.name.clone(),
                p.role_line(),
                career,
                t.status,
                t.id.clone(),
                p.id.clone(),
            ))
        })
    };
    let title = title.clone();
    move || {
        info().map(|(name, role, career, status, id, person)| {
            let mut lines = Vec::new();
            if !role.is_empty() {
                lines.push(Line::Strong(role));
            }
            if let Some(c) = career {
                lines.push(Line::muted(format!("Career: {c}")));
            }
            lines.push(Line::Badge {
                text: status.label().into(),
                class: format!("status-{}", status.key()),
            });
            let steps = [
                ("Ask", "/outreach"),
                ("Hold the talk", "/talk"),
                ("Follow up", "/follow-up"),
                ("Question sheet", "/sheet"),
            ]
            .into_iter()
            .map(|(label, route)| {
                view! { <li><a href=href(&format!("{route}?talk={id}"))>{label}</a></li> }
            })
            .collect_view();
            view! {
                <h1>{title.replace("{name}", &name)}</h1>
                <crate::components::widgets::Lines lines/>
                <crate::components::comments::Comments target=crate::domain::CommentTarget::Interview { id: id.clone() }/>
                <nav class="talk-steps" aria-label="This talk's steps">
                    <ul class="inline-list">
                        {steps}
                        <li><a href=href(&format!("/people?person={person}"))>{format!("About {name}")}</a></li>
                    </ul>
                </nav>
            }
        })
    }
}

/// The list of talks a step page works on, each with its next action and a link to open it.
#[component]
pub fn TalkIndex(
    /// Talks in these states are listed.
    statuses: Vec<Status>,
    /// The page that opens one talk, e.g. "/outreach".
    route: &'static str,
    #[prop(into)] empty_title: String,
    #[prop(into)] empty_text: String,
) -> impl IntoView {
    let state = use_app();
    let (empty_title, empty_text) = (empty_title.clone(), empty_text.clone());
    let paging = Paging::new(TALKS_PER_PAGE);
    move || {
        let today = state.today.get();
        let limit = paging.limit();
        let (total, cards): (usize, Vec<(String, Vec<Line>, Id)>) = state.doc.with(|d| {
            let listed: Vec<_> = d
                .interviews
                .iter()
                .filter(|i| statuses.contains(&i.status))
                .collect();
            let cards = listed
                .iter()
                .take(limit)
                .filter_map(|i| {
                    let p = d.person(&i.person)?;
                    let mut lines = Vec::new();
                    if let Some(c) = i.career.as_ref().and_then(|c| d.career(c)) {
                        lines.push(Line::muted(c.name.clone()));
                    }
                    lines.push(Line::Badge {
                        text: i.status.label().into(),
                        class: format!("status-{}", i.status.key()),
                    });
                    if let Some(a) = next_action(i, today) {
                        let text = describe(d, &a).text;
                        lines.push(Line::text(format!("{}: {text}", a.urgency.label())));
                    }
                    Some((p.name.clone(), lines, i.id.clone()))
                })
                .collect();
            (listed.len(), cards)
        });
        if cards.is_empty() {
            let (title, text) = (empty_title.clone(), empty_text.clone());
            return view! {
                <EmptyState title=title>
                    <p>{text}</p>
                    <a class="button" href=href("/people")>"Go to your people"</a>
                </EmptyState>
            }
            .into_any();
        }
        // Counted as the list is cut, not as cards are drawn: a talk whose person is missing
        // draws no card, and counting cards would leave a "Show more" that shows nothing more.
        let visible = limit.min(total);
        let items = cards
            .into_iter()
            .map(|(name, lines, id)| {
                let open = Control::link("Open", href(&format!("{route}?talk={id}")))
                    .aria(format!("Open the talk with {name}"))
                    .primary();
                view! { <Card heading=name lines actions=vec![open]/> }
            })
            .collect_view();
        view! {
            <ul class="card-list">{items}</ul>
            <ShowMore paging visible total/>
        }
        .into_any()
    }
}

/// Talks listed at first; more on request, so a long list stays quick.
const TALKS_PER_PAGE: usize = 50;

/// Shown when the address names a talk that is not in the planner.
#[component]
pub fn MissingTalk() -> impl IntoView {
    view! {
        <h1>"This talk is not in your planner"</h1>
        <EmptyState title="Nothing to show">
            <p>"It may have been deleted, or the link is incomplete."</p>
            <a class="button" href=href("/")>"Go to the overview"</a>
        </EmptyState>
    }
}

/// A button that downloads a calendar file (.ics) with talks and deadlines.
pub fn calendar_control(scope: crate::domain::ics::Scope, label: &str) -> Control {
    let state = use_app();
    Control::button(label.to_owned(), move || {
        let today = state.today.get_untracked();
        let now = crate::browser::now().with_timezone(&chrono::Utc);
        let text = state.doc.with_untracked(|d| {
            crate::domain::ics::calendar(d, &scope, today, now, &crate::browser::local_to_utc)
        });
        let name = format!(
            "interview-planner-{}.ics",
            crate::domain::dates::input_date(today)
        );
        if let Err(e) = crate::browser::download(&name, "text/calendar", &text) {
            leptos::logging::warn!("{e}");
        }
    })
    .always()
}
