//! The overview: what needs doing across all talks, most pressing first, and how it is going.

use crate::app::href;
use crate::components::show_more::{Paging, ShowMore};
use crate::domain::agenda::describe;
use crate::domain::dashboard::{
    FirstStep, NORMAL_REPLY_RATE, REFERRAL_GOAL, first_step, funnel, people_without_talk,
    referrals, status_counts,
};
use crate::domain::dates;
use crate::domain::rules::{Action, Urgency, actions};
use crate::state::use_app;
use leptos::prelude::*;

/// Items shown per list before "Show more"; long planners stay quick to render.
const PAGE: usize = 15;

#[derive(Clone)]
struct Item {
    urgency: Urgency,
    text: String,
    route: String,
    due: Option<String>,
}

/// The rows of one list that are on screen, and how many the list holds.
#[derive(Clone)]
struct Agenda {
    total: usize,
    items: Vec<Item>,
}

#[component]
pub fn Dashboard() -> impl IntoView {
    crate::browser::set_title("Overview");
    let state = use_app();
    let shown_now = Paging::new(PAGE);
    let shown_later = Paging::new(PAGE);

    move || {
        shown_now.track();
        shown_later.track();
        let today = state.today.get();
        let (start, now, later, leads, counts, f, r, export_age) = state.doc.with(|doc| {
            let (now, later): (Vec<Action>, Vec<Action>) = actions(doc, today)
                .into_iter()
                .partition(|a| a.urgency.needs_attention());
            // Only the rows on screen are put into words; the lists can be long.
            let items = |list: Vec<Action>, shown: usize| Agenda {
                total: list.len(),
                items: list
                    .iter()
                    .take(shown)
                    .map(|a| {
                        let d = describe(doc, a);
                        Item {
                            urgency: a.urgency,
                            text: d.text,
                            route: d.route,
                            due: a.due.map(dates::date),
                        }
                    })
                    .collect(),
            };
            let now = items(now, shown_now.limit_untracked());
            let later = items(later, shown_later.limit_untracked());
            let leads = people_without_talk(doc);
            (
                first_step(doc),
                now,
                later,
                leads,
                status_counts(doc),
                funnel(doc, today),
                referrals(doc),
                // Only worth a reminder once there is something of the user's own to lose.
                (!doc.people.is_empty() || !doc.careers.is_empty()).then(|| {
                    doc.last_export_at
                        .map(|at| (today - at.date_naive()).num_days())
                }),
            )
        });
        let export_reminder = match export_age {
            Some(None) => Some("You have never exported your planner. A copy on your own disk protects it if the browser clears its storage.".to_owned()),
            Some(Some(days)) if days > 7 => Some(format!(
                "Your last export was {days} days ago. Some browsers clear a site's data after a week away: export a fresh copy."
            )),
            _ => None,
        }
        .map(|text| view! {
            <p class="alert alert-warn">{text} " " <a href=href("/data")>"Export now"</a></p>
        });
        let start_panel = start.map(|step| {
            let (title, text, route, button) = match step {
                FirstStep::ChooseCareers => (
                    "Start with the careers you are curious about",
                    "Name two or three careers or industries. Everything else in the planner hangs off them.",
                    "/careers",
                    "Choose careers",
                ),
                FirstStep::AddPeople => (
                    "Next: people who could tell you about them",
                    "Think of family, friends, teachers, classmates, colleagues and alumni of your school.",
                    "/people",
                    "Add people",
                ),
                FirstStep::PlanTalk => (
                    "Next: plan your first talk",
                    "Pick someone on your people page and choose “Plan a talk”. The planner then walks you through asking.",
                    "/people",
                    "Plan a talk",
                ),
            };
            view! {
                <section class="card start-panel" aria-labelledby="start-heading">
                    <h2 id="start-heading">{title}</h2>
                    <p>{text}</p>
                    <a class="button" href=href(route)>{button}</a>
                    <p class="muted">"New to informational interviews? " <a href=href("/guide")>"Read the short guide"</a>"."</p>
                </section>
            }
        });
        let n_now = now.total;
        let n_later = later.total;
        let waiting = (leads > 0).then(|| {
            view! {
                <p>
                    {format!("{leads} {} on your list with no talk planned yet. ", if leads == 1 { "person" } else { "people" })}
                    <a href=href("/people?status=none")>"See who"</a>
                </p>
            }
        });
        let counts_view = counts
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| view! { <li><span class=format!("badge status-{}", s.key())>{s.label()}</span>" " {n}</li> })
            .collect_view();
        let rate = f.reply_rate();
        let rate_text = match rate {
            Some(r) => {
                let (lo, hi) = NORMAL_REPLY_RATE;
                let judgement = if r < lo {
                    "below the usual range: keep asking, and ask through people who know you"
                } else if r > hi {
                    "above the usual range: well done"
                } else {
                    "within the usual range"
                };
                format!(
                    "Reply rate {r} % ({}–{} % is normal; yours is {judgement}).",
                    lo, hi
                )
            }
            None => "No requests sent yet, so no reply rate.".into(),
        };
        let referral_text = match r.per_talk_tenths() {
            Some(t) => format!(
                "{}.{} names per talk held (aim for at least {REFERRAL_GOAL}){}",
                t / 10,
                t % 10,
                if r.short_of_goal > 0 {
                    format!(
                        "; {} held {} brought fewer.",
                        r.short_of_goal,
                        if r.short_of_goal == 1 {
                            "talk"
                        } else {
                            "talks"
                        }
                    )
                } else {
                    ".".into()
                }
            ),
            None => "No talk held yet.".into(),
        };
        view! {
            <h1>"What's next"</h1>
            {start_panel}
            {export_reminder}
            <section aria-labelledby="attention-heading">
                <h2 id="attention-heading">"Needs your attention"</h2>
                {if n_now == 0 {
                    view! { <p class="all-clear">"Nothing needs your attention now."</p> }.into_any()
                } else {
                    view! { <AgendaList agenda=now shown=shown_now/> }.into_any()
                }}
            </section>
            {(n_later > 0).then(|| view! {
                <section aria-labelledby="later-heading">
                    <h2 id="later-heading">"Coming up"</h2>
                    <AgendaList agenda=later shown=shown_later/>
                </section>
            })}
            {waiting}
            <section aria-labelledby="figures-heading" class="figures">
                <h2 id="figures-heading">"How it is going"</h2>
                <div class="grid-2">
                    <div class="card">
                        <h3>"Talks by stage"</h3>
                        {if n_now + n_later == 0 && f.asked == 0 {
                            view! { <p class="muted">"No talks yet."</p> }.into_any()
                        } else {
                            view! { <ul class="count-list">{counts_view}</ul> }.into_any()
                        }}
                    </div>
                    <div class="card">
                        <h3>"From asking to thanking"</h3>
                        <ol class="funnel">
                            <li>{format!("Asked: {}", f.asked)}</li>
                            <li>{format!("Replied: {}", f.replied)}</li>
                            <li>{format!("Held: {}", f.held)}</li>
                            <li>{format!("Thanked within a week: {}", f.thanked_on_time)}</li>
                        </ol>
                        <p>{rate_text}</p>
                        <p>{referral_text}</p>
                    </div>
                </div>
            </section>
        }
    }
}

#[component]
fn AgendaList(agenda: Agenda, shown: Paging) -> impl IntoView {
    let Agenda { total, items } = agenda;
    let visible = items.len();
    let rows = items
        .into_iter()
        .map(|item| {
            let class = match item.urgency {
                Urgency::Overdue => "badge badge-overdue",
                Urgency::Due => "badge badge-due",
                Urgency::Soon => "badge badge-soon",
                Urgency::Later => "badge badge-later",
            };
            view! {
                <li class="agenda-item">
                    <span class=class>{item.urgency.label()}</span>
                    <a href=href(&item.route)>{item.text}</a>
                    {item.due.map(|d| view! { <span class="muted">{format!(" · by {d}")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="agenda">{rows}</ul>
        <ShowMore paging=shown visible total/>
    }
}
