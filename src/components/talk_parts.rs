//! Pieces shared by the pages of steps 4 to 6, which all work on one talk at a time.

use crate::app::href;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::comments::Comments;
use crate::components::empty_state::EmptyState;
use crate::components::show_more::{Paging, ShowMore};
use crate::domain::agenda::{describe_in, when_due};
use crate::domain::ics::Scope;
use crate::domain::rules::next_action;
use crate::domain::{CommentTarget, Id, Status};
use crate::state::{AppState, use_app};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The talk named in the address (`?talk=…`), if any.
pub fn use_talk_id() -> Memo<Option<Id>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get_str("talk").and_then(|t| Id::parse(t).ok())))
}

/// What a talk's heading shows about it.
#[derive(Clone, PartialEq)]
struct HeaderFacts {
    name: String,
    role: String,
    career: Option<String>,
    status: Status,
    person: Id,
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
    let t_facts = talk.clone();
    let facts = Memo::new(move |_| {
        state.doc.with(|d| {
            let t = d.interview(&t_facts)?;
            let p = d.person(&t.person)?;
            Some(HeaderFacts {
                name: p.name.clone(),
                role: p.role_line(),
                career: t
                    .career
                    .as_ref()
                    .and_then(|c| d.career(c))
                    .map(|c| c.name.clone()),
                status: t.status,
                person: p.id.clone(),
            })
        })
    });
    let heading = move || {
        facts.get().map(|f| {
            view! {
                <h1>{title.replace("{name}", &f.name)}</h1>
                {(!f.role.is_empty()).then(|| view! { <p class="strong">{f.role}</p> })}
                {f.career.map(|c| view! { <p class="muted">{format!("Career: {c}")}</p> })}
                <p><span class=format!("badge status-{}", f.status.key())>{f.status.label()}</span></p>
            }
        })
    };
    let t_steps = talk.clone();
    let steps = move || {
        facts.get().map(|f| {
            let links = [
                ("Ask", "/outreach"),
                ("Hold the talk", "/talk"),
                ("Follow up", "/follow-up"),
                ("Question sheet", "/sheet"),
            ]
            .into_iter()
            .map(|(label, route)| {
                view! { <li><A href=href(&format!("{route}?talk={t_steps}"))>{label}</A></li> }
            })
            .collect_view();
            view! {
                <nav class="talk-steps" aria-label="This talk's steps">
                    <ul class="inline-list">
                        {links}
                        <li><A href=href(&format!("/people?person={}", f.person))>{format!("About {}", f.name)}</A></li>
                    </ul>
                </nav>
            }
        })
    };
    // The comments hold a mentor's comment form: drawn once, not with every change to the talk.
    view! {
        <Show when=move || facts.with(Option::is_some)>
            {heading.clone()}
            <Comments target=CommentTarget::Interview { id: talk.clone() }/>
            {steps.clone()}
        </Show>
    }
}

/// One talk in a step's list.
#[derive(Clone, PartialEq)]
struct TalkCard {
    id: Id,
    name: String,
    career: Option<String>,
    status: Status,
    next: Option<String>,
}

/// The part of a step's list on screen.
#[derive(Clone, PartialEq)]
struct Listing {
    cards: Vec<TalkCard>,
    /// Counted as the list is cut, not as cards are drawn: a talk whose person is missing
    /// draws no card, and counting cards would leave a "Show more" that shows nothing more.
    visible: usize,
    total: usize,
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
    let paging = Paging::new(TALKS_PER_PAGE);
    let listing = Memo::new(move |_| {
        let today = state.today.get();
        let limit = paging.limit();
        state.doc.with(|d| {
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
                    Some(TalkCard {
                        id: i.id.clone(),
                        name: p.name.clone(),
                        career: i
                            .career
                            .as_ref()
                            .and_then(|c| d.career(c))
                            .map(|c| c.name.clone()),
                        status: i.status,
                        next: next_action(i, today).map(|a| {
                            format!(
                                "{}: {}",
                                when_due(&a, today, &crate::format::Local),
                                describe_in(d, &a, &crate::format::Local).text
                            )
                        }),
                    })
                })
                .collect();
            Listing {
                cards,
                visible: limit.min(listed.len()),
                total: listed.len(),
            }
        })
    });
    let empty = move || {
        let text = empty_text.clone();
        view! {
            <EmptyState title=empty_title.clone()>
                <p>{text}</p>
                <A href=href("/people") attr:class="button">"Go to your people"</A>
            </EmptyState>
        }
    };
    view! {
        <Show when=move || listing.with(|l| !l.cards.is_empty()) fallback=empty>
            <ul class="card-list">
                <For
                    each=move || listing.with(|l| l.cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
                    key=|id| id.clone()
                    let:id
                >
                    <TalkItem id listing route/>
                </For>
            </ul>
            {move || {
                let (visible, total) = listing.with(|l| (l.visible, l.total));
                view! { <ShowMore paging visible total/> }
            }}
        </Show>
    }
}

#[component]
fn TalkItem(id: Id, listing: Memo<Listing>, route: &'static str) -> impl IntoView {
    let card = Memo::new(move |_| listing.with(|l| l.cards.iter().find(|c| c.id == id).cloned()));
    move || {
        card.get().map(|c| {
            view! {
                <li class="card">
                    <h2>{c.name.clone()}</h2>
                    {c.career.map(|name| view! { <p class="muted">{name}</p> })}
                    <p><span class=format!("badge status-{}", c.status.key())>{c.status.label()}</span></p>
                    {c.next.map(|next| view! { <p>{next}</p> })}
                    <div class="button-row">
                        <LinkButton
                            href=href(&format!("{route}?talk={}", c.id))
                            label=format!("Open the talk with {}", c.name)
                            primary=true
                        >
                            "Open"
                        </LinkButton>
                    </div>
                </li>
            }
        })
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
            <A href=href("/") exact=true attr:class="button">"Go to the overview"</A>
        </EmptyState>
    }
}

/// Downloads a calendar file (.ics) with the talks and deadlines in `scope`.
fn download_calendar(state: AppState, scope: &Scope) -> Result<(), String> {
    let today = state.today.get_untracked();
    let now = crate::browser::now().with_timezone(&chrono::Utc);
    let text = state.doc.with_untracked(|d| {
        crate::domain::ics::calendar(d, scope, today, now, &crate::browser::local_to_utc)
    });
    let name = format!(
        "interview-planner-{}.ics",
        crate::domain::dates::input_date(today)
    );
    crate::browser::download(&name, "text/calendar", &text)
}

/// A button that downloads a calendar file; it only reads, so it works on a shared planner too.
/// Callers show it only when there is something to put in a calendar (a talk's time is set).
#[component]
pub fn CalendarButton(scope: Scope, #[prop(into)] label: String) -> impl IntoView {
    let state = use_app();
    let problem = RwSignal::new(None::<String>);
    view! {
        <ActionButton always=true on_click=move || problem.set(download_calendar(state, &scope).err())>
            {label}
        </ActionButton>
        {move || problem.get().map(|e| view! {
            <ErrorAlert title="The calendar file was not made">
                <p>{e}</p>
            </ErrorAlert>
        })}
    }
}
