//! The overview: the one thing most worth doing now, this week's talks and news, everything else
//! that needs doing, and how it is going.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::show_more::{Paging, ShowMore};
use crate::domain::agenda::{badge_class, describe_in, when_due};
use crate::domain::dashboard::{
    ExportNeed, FirstStep, NewReferral, NextStep, REFERRAL_GOAL, UnseenComment, WeekTalk,
    export_need, funnel, latest_comment, new_referrals, next_step, people_without_talk, referrals,
    reply_rate_words, status_counts, this_week, unseen_comments,
};
use crate::domain::dates::DateWords;
use crate::domain::rules::{Action, ActionKind, Urgency, actions};
use crate::domain::{Document, Id, Timestamp};
use crate::format::Local;
use crate::state::use_app;
use crate::storage::{self, CAPACITY_UNITS};
use leptos::prelude::*;
use leptos_router::components::A;

/// Items shown per list before "Show more"; long planners stay quick to render.
const PAGE: usize = 15;

/// Where this browser keeps the time of the newest mentor's comment the user has seen. It is
/// kept per browser rather than in the planner: it says what this person has read here, not
/// anything about their plans, so it has no place in an export sent to a mentor, needs no
/// change to the file's schema and nothing to merge between tabs or devices. The cost is that
/// a second device shows the same comments as new once more.
const COMMENTS_SEEN_KEY: &str = "interview-planner.comments-seen";

fn comments_seen() -> Option<Timestamp> {
    let text = storage::read(COMMENTS_SEEN_KEY).ok().flatten()?;
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}

#[derive(Clone)]
struct Item {
    urgency: Urgency,
    text: String,
    route: String,
    timing: String,
}

/// The rows of one list that are on screen, and how many the list holds.
#[derive(Clone)]
struct Agenda {
    total: usize,
    items: Vec<Item>,
}

fn item(doc: &Document, a: &Action, today: chrono::NaiveDate) -> Item {
    let d = describe_in(doc, a, &Local);
    Item {
        urgency: a.urgency,
        text: d.text,
        route: d.route,
        timing: when_due(a, today, &Local),
    }
}

/// What the top card shows.
#[derive(Clone)]
enum Top {
    Export(ExportNeed),
    /// The action, and the talk it is about when a question sheet helps with it.
    Act {
        item: Item,
        sheet_for: Option<Id>,
    },
    Start(FirstStep),
    AllClear {
        leads: usize,
    },
}

#[component]
pub fn Dashboard() -> impl IntoView {
    crate::browser::set_title("Overview");
    let state = use_app();
    let shown_now = Paging::new(PAGE);
    let shown_later = Paging::new(PAGE);
    let seen = RwSignal::new(comments_seen());
    // Storage is not reactive: measured again whenever the document changes or a save ends.
    let storage_percent = Memo::new(move |_| {
        state.doc.track();
        state.save_state.track();
        storage::used_units().unwrap_or(0) * 100 / CAPACITY_UNITS
    });
    let mark_read = move || {
        if let Some(at) = state.doc.with_untracked(latest_comment) {
            let _ = storage::write(COMMENTS_SEEN_KEY, &at.to_rfc3339());
            seen.set(Some(at));
            crate::components::focus::focus_id_soon("overview-next".into());
        }
    };

    move || {
        shown_now.track();
        shown_later.track();
        let today = state.today.get();
        let percent = storage_percent.get();
        let reviewing = state.read_only();
        let seen = seen.get();
        let o = state.doc.with(|doc| {
            let all = actions(doc, today);
            // Reviewing someone else's planner, their export is not the reviewer's business.
            let export = if reviewing {
                ExportNeed::Nothing
            } else {
                export_need(doc, today, percent)
            };
            let step = next_step(doc, &all, export);
            let first = step.action().cloned();
            let top = match step {
                NextStep::Export(need) => Top::Export(need),
                NextStep::Act(a) => Top::Act {
                    item: item(doc, &a, today),
                    sheet_for: matches!(
                        a.kind,
                        ActionKind::TalkToday { .. } | ActionKind::ConfirmTomorrow { .. }
                    )
                    .then(|| a.interview.clone()),
                },
                NextStep::Start(s) => Top::Start(s),
                NextStep::AllClear { leads } => Top::AllClear { leads },
            };
            // The action on top is not listed again below it.
            let (now, later): (Vec<Action>, Vec<Action>) = all
                .into_iter()
                .filter(|a| Some(a) != first.as_ref())
                .partition(|a| a.urgency.needs_attention());
            // Only the rows on screen are put into words; the lists can be long.
            let agenda = |list: Vec<Action>, shown: usize| Agenda {
                total: list.len(),
                items: list
                    .iter()
                    .take(shown)
                    .map(|a| item(doc, a, today))
                    .collect(),
            };
            Overview {
                top,
                quiet_export: (!export.is_urgent()).then_some(export),
                week: this_week(doc, today),
                referrals: new_referrals(doc, today),
                comments: if reviewing {
                    Vec::new()
                } else {
                    unseen_comments(doc, seen)
                },
                now: agenda(now, shown_now.limit_untracked()),
                later: agenda(later, shown_later.limit_untracked()),
                leads: people_without_talk(doc),
                figures: figures(doc, today),
            }
        });
        view! {
            <h1>"What's next"</h1>
            <TopCard top=o.top/>
            <ThisWeek talks=o.week/>
            <NewNames referrals=o.referrals/>
            <NewComments comments=o.comments mark_read/>
            {(o.now.total > 0).then(|| view! {
                <section aria-labelledby="attention-heading">
                    <h2 id="attention-heading">"Needs your attention"</h2>
                    <AgendaList agenda=o.now shown=shown_now/>
                </section>
            })}
            {(o.later.total > 0).then(|| view! {
                <section aria-labelledby="later-heading">
                    <h2 id="later-heading">"Coming up"</h2>
                    <AgendaList agenda=o.later shown=shown_later/>
                </section>
            })}
            {(o.leads > 0).then(|| view! {
                <p>
                    {format!("{} {} on your list with no talk planned yet. ", o.leads, if o.leads == 1 { "person" } else { "people" })}
                    <A href=href("/people?status=none")>"See who"</A>
                </p>
            })}
            <Figures figures=o.figures/>
            {o.quiet_export.and_then(quiet_export_line)}
        }
    }
}

struct Overview {
    top: Top,
    quiet_export: Option<ExportNeed>,
    week: Vec<WeekTalk>,
    referrals: Vec<NewReferral>,
    comments: Vec<UnseenComment>,
    now: Agenda,
    later: Agenda,
    leads: usize,
    figures: FiguresData,
}

/// The one thing first. Its heading always has something under it.
#[component]
fn TopCard(top: Top) -> impl IntoView {
    let (title, body) = match top {
        Top::Export(need) => ("Export a copy of your planner", export_body(need)),
        Top::Act { item, sheet_for } => {
            let calm = !item.urgency.needs_attention();
            let sheet = sheet_for.map(|talk| {
                view! {
                    <LinkButton href=href(&format!("/sheet?talk={talk}")) primary=true>
                        "Open the question sheet"
                    </LinkButton>
                }
            });
            (
                "Do this next",
                view! {
                    {calm.then(|| view! { <p class="all-clear">"Nothing needs your attention now."</p> })}
                    <p class="agenda-item next-action">
                        <span class=badge_class(item.urgency)>{item.timing}</span>
                        <A href=href(&item.route)>{item.text}</A>
                    </p>
                    {sheet.map(|s| view! { <div class="button-row">{s}</div> })}
                }
                .into_any(),
            )
        }
        Top::Start(step) => {
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
            (
                title,
                view! {
                    <p>{text}</p>
                    <A href=href(route) attr:class="button">{button}</A>
                    <p class="muted">"New to informational interviews? " <A href=href("/guide")>"Read the short guide"</A>"."</p>
                }
                .into_any(),
            )
        }
        Top::AllClear { leads } => (
            "Nothing is due",
            view! {
                <p class="all-clear">"Nothing needs your attention now."</p>
                {if leads > 0 {
                    view! {
                        <p>
                            {format!("A good use of ten minutes: ask one of the {leads} {} on your list with no talk yet. ", if leads == 1 { "person" } else { "people" })}
                            <A href=href("/people?status=none")>"See who"</A>
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <p>"A good use of ten minutes: think of someone new to ask. " <A href=href("/people")>"Add a person"</A></p>
                    }.into_any()
                }}
            }
            .into_any(),
        ),
    };
    view! {
        <section class="card next-step" aria-labelledby="overview-next">
            <h2 id="overview-next">{title}</h2>
            {body}
        </section>
    }
}

fn export_body(need: ExportNeed) -> AnyView {
    let text = match need {
        ExportNeed::NearlyFull { percent } => format!(
            "This browser's storage for the planner is {percent}% full, and once it is full your changes can no longer be saved. Export a copy now, then make room on the data page."
        ),
        ExportNeed::OldChanges {
            since,
            last_export: None,
        } => format!(
            "You have never exported your planner, and your work since {} is only in this browser. Some browsers clear a site's data after a week without a visit: a copy on your own disk keeps it safe.",
            Local.date(since)
        ),
        ExportNeed::OldChanges {
            since,
            last_export: Some(_),
        } => format!(
            "Your changes since {} are only in this browser. Some browsers clear a site's data after a week without a visit: export a fresh copy.",
            Local.date(since)
        ),
        ExportNeed::Quiet { .. } | ExportNeed::Nothing => String::new(),
    };
    view! {
        <p>{text}</p>
        <A href=href("/data") attr:class="button">"Export now"</A>
    }
    .into_any()
}

/// Recent changes not exported yet: a line at the end, not a card at the top.
fn quiet_export_line(need: ExportNeed) -> Option<AnyView> {
    let ExportNeed::Quiet { since, last_export } = need else {
        return None;
    };
    let text = match last_export {
        Some(on) => format!(
            "Last export {}; your changes since {} are only in this browser for now. ",
            Local.date(on),
            Local.date(since)
        ),
        None => format!(
            "Your planner has not been exported yet; your work since {} is only in this browser for now. ",
            Local.date(since)
        ),
    };
    Some(
        view! { <p class="muted export-line">{text}<A href=href("/data")>"Export a copy"</A></p> }
            .into_any(),
    )
}

/// The talks of the coming seven days, with when, where and the sheet one click away.
#[component]
fn ThisWeek(talks: Vec<WeekTalk>) -> impl IntoView {
    (!talks.is_empty()).then(|| {
        let rows = talks
            .into_iter()
            .map(|t| {
                let place = match (&t.link, t.place.is_empty()) {
                    (Some(link), _) => view! {
                        <p class="week-place">"Call link: " <a href=link.clone() class="long-link" rel="noopener noreferrer">{link.clone()}</a></p>
                    }
                    .into_any(),
                    (None, false) => view! { <p class="week-place">{format!("Where: {}", t.place)}</p> }.into_any(),
                    (None, true) => view! {
                        <p class="week-place muted">"No place or call link yet: add it on the talk page."</p>
                    }
                    .into_any(),
                };
                let questions = match t.questions {
                    0 => "no questions chosen yet".to_owned(),
                    1 => "1 question".to_owned(),
                    n => format!("{n} questions"),
                };
                view! {
                    <li class="card week-talk">
                        <h3>
                            <A href=href(&format!("/talk?talk={}", t.interview))>{format!("Talk with {}", t.person)}</A>
                        </h3>
                        <p class="strong">{format!("{} · {} minutes", Local.day_time(t.at), t.minutes)}</p>
                        {place}
                        <div class="button-row">
                            <LinkButton
                                href=href(&format!("/sheet?talk={}", t.interview))
                                label=format!("Question sheet for the talk with {} ({questions})", t.person)
                                primary=true
                            >
                                "Question sheet"
                            </LinkButton>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="week-heading">
                <h2 id="week-heading">"This week"</h2>
                <ul class="card-list week">{rows}</ul>
            </section>
        }
    })
}

/// People suggested lately who have not been asked yet, by name.
#[component]
fn NewNames(referrals: Vec<NewReferral>) -> impl IntoView {
    (!referrals.is_empty()).then(|| {
        let rows = referrals
            .into_iter()
            .map(|r| {
                let by = match (&r.by, r.may_mention) {
                    (Some(by), true) => format!(", suggested by {by} (you may say so)"),
                    (Some(by), false) => format!(", suggested by {by} (keep that to yourself)"),
                    (None, _) => ", suggested in a talk".to_owned(),
                };
                view! {
                    <li>
                        <A href=href(&format!("/people?person={}", r.person))>{r.name}</A>
                        {by}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="names-heading">
                <h2 id="names-heading">"New names to ask"</h2>
                <ul class="plain-list">{rows}</ul>
            </section>
        }
    })
}

/// A mentor's comments that arrived since the user last marked them read.
#[component]
fn NewComments(
    comments: Vec<UnseenComment>,
    mark_read: impl Fn() + Copy + 'static,
) -> impl IntoView {
    (!comments.is_empty()).then(|| {
        let n = comments.len();
        let rows = comments
            .into_iter()
            .map(|c| {
                view! {
                    <li class="comment">
                        <p class="strong">
                            {format!("{} on ", c.author)}
                            <A href=href(&c.route)>{c.about}</A>
                        </p>
                        <p class="prewrap">{c.text}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="comments-heading">
                <h2 id="comments-heading">{if n == 1 { "A new comment from your mentor".to_owned() } else { format!("{n} new comments from your mentor") }}</h2>
                <ul class="comments">{rows}</ul>
                <div class="button-row">
                    <ActionButton on_click=mark_read always=true>"Mark as read"</ActionButton>
                </div>
            </section>
        }
    })
}

#[component]
fn AgendaList(agenda: Agenda, shown: Paging) -> impl IntoView {
    let Agenda { total, items } = agenda;
    let visible = items.len();
    let rows = items
        .into_iter()
        .map(|item| {
            view! {
                <li class="agenda-item">
                    <span class=badge_class(item.urgency)>{item.timing}</span>
                    <A href=href(&item.route)>{item.text}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="agenda">{rows}</ul>
        <ShowMore paging=shown visible total/>
    }
}

/// The figures of "How it is going", put into words.
#[derive(Clone)]
struct FiguresData {
    counts: Vec<(crate::domain::Status, usize)>,
    funnel: crate::domain::dashboard::Funnel,
    rate: String,
    referrals: String,
}

fn figures(doc: &Document, today: chrono::NaiveDate) -> FiguresData {
    let f = funnel(doc, today);
    let r = referrals(doc);
    let referrals = match r.per_talk_tenths() {
        Some(t) => format!(
            "{}.{} names per talk held (aim for at least {REFERRAL_GOAL}){}",
            t / 10,
            t % 10,
            match r.short_of_goal {
                0 => ".".to_owned(),
                1 => "; 1 held talk brought fewer.".to_owned(),
                n => format!("; {n} held talks brought fewer."),
            }
        ),
        None => "No talk held yet.".into(),
    };
    FiguresData {
        counts: status_counts(doc)
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect(),
        rate: reply_rate_words(f.reply_rate()),
        funnel: f,
        referrals,
    }
}

#[component]
fn Figures(figures: FiguresData) -> impl IntoView {
    let FiguresData {
        counts,
        funnel: f,
        rate,
        referrals,
    } = figures;
    let no_talks = counts.is_empty();
    let counts_view = counts
        .into_iter()
        .map(|(s, n)| view! { <li><span class=format!("badge status-{}", s.key())>{s.label()}</span>" " {n}</li> })
        .collect_view();
    view! {
        <section aria-labelledby="figures-heading" class="figures">
            <h2 id="figures-heading">"How it is going"</h2>
            <div class="grid-2">
                <div class="card">
                    <h3>"Talks by stage"</h3>
                    {if no_talks {
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
                    {(f.declined > 0).then(|| view! {
                        <p>{format!("Declined: {}. A no is an answer too; it is counted apart from the replies.", f.declined)}</p>
                    })}
                    <p>{rate}</p>
                    <p>{referrals}</p>
                </div>
            </div>
        </section>
    }
}
