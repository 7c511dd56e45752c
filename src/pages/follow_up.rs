//! Step 6: the thank-you note, keeping in touch, and telling people when their advice helped.

use crate::components::buttons::ActionButton;
use crate::components::draft::Draft;
use crate::components::fields::TextField;
use crate::components::focus::focus_id_soon;
use crate::components::focus::focus_soon;
use crate::components::message::MessageComposer;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::talk_parts::{MissingTalk, TalkHeader, TalkIndex, use_talk_id};
use crate::domain::date_sense::{Recorded, past_day_warning};
use crate::domain::dates::{self, DateWords};
use crate::domain::rules::{CHECK_IN_DAYS, ThankYou, check_in_span, thank_you_state};
use crate::domain::{AdviceAction, Id, Status, TemplateKind};
use crate::format::Local;
use crate::pages::outreach::READ_ONLY_LINE;
use crate::state::use_app;
use chrono::{Days, NaiveDate};
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

#[component]
fn FollowUpPage(talk: Id) -> impl IntoView {
    let state = use_app();
    // Each section says what its action did right under its button: a message at the top of
    // the page would push the button away from under the pointer.
    view! {
        <TalkHeader talk=talk.clone() title="Follow up with {name}"/>
        <Show when=move || state.read_only()>
            <p class="muted">{READ_ONLY_LINE}</p>
        </Show>
        <ThankYouPanel talk=talk.clone()/>
        <KeepInTouch talk=talk.clone()/>
        <AdviceActions talk/>
    }
}

/// The badge (text and colour class) and the sentence saying where the thank-you stands; None
/// until the talk is held.
fn thank_you_words(thanks: ThankYou) -> Option<(&'static str, &'static str, String)> {
    Some(match thanks {
        ThankYou::NotYet => return None,
        ThankYou::Today { due_by } => (
            "Best sent today",
            "badge-soon",
            format!(
                "Send it today while the talk is fresh; {} at the latest.",
                Local.date(due_by)
            ),
        ),
        ThankYou::Due { due_by } => (
            "Due now",
            "badge-due",
            format!(
                "More than a day has passed. Send it now; {} is the latest.",
                Local.date(due_by)
            ),
        ),
        ThankYou::Overdue { due_by, days_late } => (
            "Overdue",
            "badge-overdue",
            format!(
                "It was due by {} ({days_late} {} ago). Late thanks are still far better than none.",
                Local.date(due_by),
                if days_late == 1 { "day" } else { "days" }
            ),
        ),
        ThankYou::Sent { on, on_time } => (
            "Sent",
            "badge-ok",
            format!(
                "Thank-you sent on {}{}.",
                Local.date(on),
                if on_time { ", within the week" } else { "" }
            ),
        ),
    })
}

#[component]
fn ThankYouPanel(talk: Id) -> impl IntoView {
    let state = use_app();
    let thanks = {
        let talk = talk.clone();
        Memo::new(move |_| {
            let today = state.today.get();
            state
                .doc
                .with(|d| d.interview(&talk).map(|t| thank_you_state(t, today)))
        })
    };
    let status = move || {
        match thanks.get().and_then(thank_you_words) {
        Some((badge, class, text)) => view! {
            <p><span class=format!("badge {class}")>{badge}</span></p>
            <p>{text}</p>
        }
        .into_any(),
        None => view! {
            <p class="muted">"The talk is not marked as held yet. Do that on the talk page first."</p>
        }
        .into_any(),
    }
    };
    view! {
        <section aria-labelledby="thanks-heading">
            <h2 id="thanks-heading">"Thank-you note"</h2>
            <div class="card" role="status">{status}</div>
            <MessageComposer talk=talk.clone() kinds=vec![TemplateKind::ThankYou]/>
            <Show when=move || !state.read_only()>
                <MarkThanked talk=talk.clone()/>
            </Show>
        </section>
    }
}

/// Recording the day the thank-you went out.
#[component]
fn MarkThanked(talk: Id) -> impl IntoView {
    let state = use_app();
    let sent_on = RwSignal::new(dates::input_date(state.today.get_untracked()));
    let error = RwSignal::new(None::<String>);
    // A day still to come is questioned once; the same day submitted again is kept.
    let warned = RwSignal::new(None::<(NaiveDate, String)>);
    let field = NodeRef::<leptos::html::Input>::new();
    let notice = Notice::new();
    let mark = move || {
        let Some(day) = dates::parse_input_date(&sent_on.get_untracked()) else {
            error.set(Some("Enter the day you sent it.".into()));
            focus_soon(field);
            return;
        };
        let held = state
            .doc
            .with_untracked(|d| d.interview(&talk).and_then(|t| t.held_on));
        if held.is_some_and(|h| day < h) {
            error.set(Some("That is before the talk took place.".into()));
            focus_soon(field);
            return;
        }
        error.set(None);
        let today = state.today.get_untracked();
        if let Some(warning) = past_day_warning(Recorded::ThankYou, day, today, &Local)
            && warned.with_untracked(|w| w.as_ref().map(|(d, _)| *d) != Some(day))
        {
            notice.0.set(None);
            warned.set(Some((day, warning)));
            return;
        }
        warned.set(None);
        state.edit_talk(&talk, |t| t.mark_thanked(day));
        notice.say(format!(
            "Thank-you recorded as sent on {}.",
            Local.date(day)
        ));
    };
    let warning = move || {
        warned.get().map(|(_, text)| {
            view! {
                <p class="alert alert-warn">
                    {text}
                    " To keep it, choose “Mark the thank-you as sent” again."
                </p>
            }
        })
    };
    view! {
        <div class="grid-2">
            <TextField label="Sent on" value=sent_on kind="date" error=error node_ref=field/>
        </div>
        <div class="button-row">
            <ActionButton on_click=mark primary=true>"Mark the thank-you as sent"</ActionButton>
        </div>
        <div role="status">{warning}</div>
        <NoticeLine notice/>
    }
}

#[component]
fn KeepInTouch(talk: Id) -> impl IntoView {
    let state = use_app();
    let notice = Notice::new();
    // The day of the talk (once held) and the check-ins done: all this section draws from.
    let touch = {
        let talk = talk.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                let t = d.interview(&talk)?;
                let held = t.held_on.filter(|_| t.status.was_held())?;
                Some((held, t.check_ins_done.clone()))
            })
        })
    };
    let t_items = talk.clone();
    let items = move || {
        let (held, done) = touch.get()?;
        let today = state.today.get();
        Some(
            CHECK_IN_DAYS
                .into_iter()
                .map(|days| {
                    view! {
                        <CheckIn
                            talk=t_items.clone()
                            days
                            due=held + Days::new(u64::from(days))
                            done=done.iter().find(|c| c.after_days == days).map(|c| c.on)
                            today
                            notice
                        />
                    }
                })
                .collect_view(),
        )
    };
    // The composer is drawn once the talk is held, and not again with each check-in.
    view! {
        <Show when=move || touch.with(Option::is_some)>
            <section aria-labelledby="touch-heading">
                <h2 id="touch-heading">"Keep in touch"</h2>
                <p class="muted">
                    "A short note now and then keeps the connection alive: what you did, what you "
                    "learned, a thank-you."
                </p>
                <ul class="check-ins">{items.clone()}</ul>
                <NoticeLine notice/>
                <h3>"Write a note"</h3>
                <MessageComposer talk=talk.clone() kinds=vec![TemplateKind::CheckIn, TemplateKind::Advice]/>
            </section>
        </Show>
    }
}

/// One check-in, `days` after the talk (on `due`), with a button that marks it done or undoes
/// that. `done` is None until it is done, then the day it was done, if known.
#[component]
fn CheckIn(
    talk: Id,
    days: u16,
    due: NaiveDate,
    done: Option<Option<NaiveDate>>,
    today: NaiveDate,
    notice: Notice,
) -> impl IntoView {
    let state = use_app();
    let span = check_in_span(days);
    let label = match (done, due <= today) {
        (Some(Some(on)), _) => format!("About {span} after: done on {}.", Local.date(on)),
        (Some(None), _) => format!("About {span} after: done."),
        (None, true) => format!("About {span} after ({}): due now.", Local.date(due)),
        (None, false) => format!("About {span} after: {}.", Local.date(due)),
    };
    let done = done.is_some();
    let toggle = move || {
        let today = state.today.get_untracked();
        state.edit_talk(&talk, |t| {
            t.set_check_in(days, (!done).then_some(today));
        });
        notice.say(if done {
            "Check-in marked as not done."
        } else {
            "Check-in marked as done."
        });
        // The list is drawn again with the new state: focus goes to this check-in's new button.
        focus_id_soon(check_in_button(days));
    };
    let visible = if done { "Not done yet" } else { "Mark done" };
    view! {
        <li class="check-in">
            <span>{label}</span>
            <Show when=move || !state.read_only()>
                <div class="button-row">
                    // The visible words start the name, so speech and voice control find it.
                    <ActionButton
                        on_click=toggle.clone()
                        label=format!("{visible}: {days}-day check-in")
                        id=check_in_button(days)
                    >
                        {visible}
                    </ActionButton>
                </div>
            </Show>
        </li>
    }
}

fn check_in_button(days: u16) -> String {
    format!("check-in-{days}")
}

#[component]
fn AdviceActions(talk: Id) -> impl IntoView {
    let state = use_app();
    let notice = Notice::new();
    let actions = {
        let talk = talk.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                d.interview(&talk)
                    .map(|t| t.actions.clone())
                    .unwrap_or_default()
            })
        })
    };
    let t_record = talk.clone();
    view! {
        <section aria-labelledby="advice-heading">
            <h2 id="advice-heading">"Acted on their advice?"</h2>
            <p class="muted">
                "People love to hear that their help made a difference. Record what you did, then "
                "tell them."
            </p>
            <Show when=move || !state.read_only()>
                <RecordAdvice talk=t_record.clone() notice/>
            </Show>
            <NoticeLine notice/>
            <ul class="card-list">
                <For each=move || actions.get() key=|a| a.id.clone() let:action>
                    <AdviceItem talk=talk.clone() id=action.id actions/>
                </For>
            </ul>
        </section>
    }
}

/// "What did you do on their advice?" and its button.
#[component]
fn RecordAdvice(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let draft = Draft::new(format!("advice.{talk}"));
    draft.text("what", what);
    let record = move || {
        let text = what.get_untracked().trim().to_owned();
        if text.is_empty() {
            error.set(Some("Say what you did.".into()));
            focus_soon(field);
            return;
        }
        error.set(None);
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
        draft.clear();
        notice.say("Recorded. The overview reminds you to tell them.");
    };
    view! {
        <TextField label="What did you do on their advice?" value=what error=error node_ref=field/>
        <div class="button-row">
            <ActionButton on_click=record>"Record it"</ActionButton>
        </div>
    }
}

/// One thing done on the person's advice, and whether they have heard about it yet.
#[component]
fn AdviceItem(talk: Id, id: Id, actions: Memo<Vec<AdviceAction>>) -> impl IntoView {
    let state = use_app();
    // The list is keyed by id, so an item follows its own record's changes (being told) itself.
    let action = Memo::new(move |_| actions.with(|all| all.iter().find(|a| a.id == id).cloned()));
    move || {
        action.get().map(|a| {
            let done = format!("{}: {}", Local.date(a.date), a.what);
            let item_id = format!("advice-{}", a.id);
            match a.told_on {
                Some(day) => view! {
                    <li class="card" id=item_id>
                        <p class="strong">{done}</p>
                        <p class="muted">{format!("Told them on {}.", Local.date(day))}</p>
                    </li>
                }
                .into_any(),
                None => {
                    let (talk, id) = (talk.clone(), a.id.clone());
                    let item = item_id.clone();
                    let told = move || {
                        let today = state.today.get_untracked();
                        state.edit_talk(&talk, |t| {
                            if let Some(x) = t.actions.iter_mut().find(|x| x.id == id) {
                                x.told_on = Some(today);
                            }
                        });
                        // The button is gone; the item, now saying when, keeps the focus.
                        crate::components::focus::focus_id_soon(item.clone());
                    };
                    view! {
                        <li class="card" id=item_id>
                            <p class="strong">{done}</p>
                            <p>"Not told yet."</p>
                            {(!state.read_only()).then(|| view! {
                                <div class="button-row">
                                    <ActionButton on_click=told label=format!("I told them about: {}", a.what)>
                                        "I told them"
                                    </ActionButton>
                                </div>
                            })}
                        </li>
                    }
                    .into_any()
                }
            }
        })
    }
}
