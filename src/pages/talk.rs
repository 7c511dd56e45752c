//! Step 5: scheduling and preparing the talk, taking notes during it, gathering the next names
//! before leaving, and the short debrief after.

use crate::app::href;
use crate::components::fields::{CheckItem, NotesBox, SelectField, TextField};
use crate::components::notice::{Notice, NoticeLine};
use crate::components::person_form::{PersonForm, SuggestedIn};
use crate::components::talk_parts::{MissingTalk, TalkHeader, TalkIndex, use_talk_id};
use crate::components::widgets::{Control, Controls, Line, Lines};
use crate::domain::dashboard::REFERRAL_GOAL;
use crate::domain::{Direction, Document, Id, Interview, PrepItem, Status, dates};
use crate::state::{use_app, watch};
use leptos::prelude::*;

#[component]
pub fn Talk() -> impl IntoView {
    crate::browser::set_title("Hold the talk");
    let state = use_app();
    let talk = use_talk_id();
    move || {
        match talk.get() {
        Some(id) if state.doc.with_untracked(|d| d.interview(&id).is_some()) => {
            view! { <TalkPage talk=id/> }.into_any()
        }
        Some(_) => view! { <MissingTalk/> }.into_any(),
        None => view! {
            <h1>"Step 5 · Hold the talk"</h1>
            <p class="lead">
                "Confirm the day before, dress a notch smarter than business casual and arrive 10 "
                "to 15 minutes early. Use your questions, but leave room for the conversation. "
                "Before you leave, ask for two more people to talk to."
            </p>
            <TalkIndex
                statuses=vec![Status::Asked, Status::Scheduled, Status::Held]
                route="/talk"
                empty_title="No talk to hold yet"
                empty_text="When someone agrees to talk, open their request and choose “Schedule the talk”."
            />
        }
        .into_any(),
    }
    }
}

/// Applies a change to this talk and stamps it.
fn edit_talk(talk: &Id, f: impl FnOnce(&mut Interview)) {
    let state = use_app();
    state.edit(|doc, cx| {
        if let Some(t) = doc.interview_mut(talk) {
            f(t);
            t.updated_at = cx.now;
        }
    });
}

fn with_talk<T>(doc: &Document, talk: &Id, f: impl FnOnce(&Interview) -> T) -> Option<T> {
    doc.interview(talk).map(f)
}

#[component]
fn TalkPage(talk: Id) -> impl IntoView {
    let state = use_app();
    let notice = Notice::new();
    let (goal, notes) = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| (t.goal.clone(), t.notes.clone())))
        .unwrap_or_default();
    let sheet = href(&format!("/sheet?talk={talk}"));
    let t1 = talk.clone();
    let t2 = talk.clone();
    view! {
        <TalkHeader talk=talk.clone() title="Your talk with {name}"/>
        <NoticeLine notice/>
        <Schedule talk=talk.clone() notice/>
        <section aria-labelledby="prepare-heading">
            <h2 id="prepare-heading">"Prepare"</h2>
            <NotesBox
                label="Your goal for this talk, in one line"
                initial=goal
                single_line=true
                hint="For example: find out whether a master's degree is needed to start"
                on_input=Callback::new(move |v: String| edit_talk(&t1, |t| t.goal = v))
            />
            <Prep talk=talk.clone()/>
        </section>
        <ChosenQuestions talk=talk.clone() notice/>
        <section aria-labelledby="during-heading" class="during">
            <h2 id="during-heading">"During the talk"</h2>
            <p class="muted">
                "Notes save as you type. Prefer paper? "
                <a href=sheet>"Print the question sheet"</a>
                " and copy the highlights here afterwards."
            </p>
            <QuestionNotes talk=talk.clone()/>
            <NotesBox
                label="Other notes"
                initial=notes
                rows=5
                on_input=Callback::new(move |v: String| edit_talk(&t2, |t| t.notes = v))
            />
        </section>
        <BeforeLeaving talk=talk.clone() notice/>
        <AfterTalk talk notice/>
    }
}

#[component]
fn Schedule(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let (at, place_now, minutes) = state
        .doc
        .with_untracked(|d| {
            with_talk(d, &talk, |t| {
                (t.scheduled_at, t.place.clone(), t.duration_minutes)
            })
        })
        .unwrap_or((None, String::new(), 20));
    let when = RwSignal::new(at.map(dates::input_datetime).unwrap_or_default());
    let place = RwSignal::new(place_now);
    let duration = RwSignal::new(minutes.to_string());
    let error = RwSignal::new(None::<String>);
    let summary = {
        let talk = talk.clone();
        move || {
            state.doc.with(|d| {
                with_talk(d, &talk, |t| match t.scheduled_at {
                    Some(at) => format!(
                        "Set for {}, {} minutes{}.",
                        dates::day_time(at),
                        t.duration_minutes,
                        if t.place.is_empty() {
                            String::new()
                        } else {
                            format!(", {}", t.place)
                        }
                    ),
                    None => "No time agreed yet.".to_owned(),
                })
                .unwrap_or_default()
            })
        }
    };
    let calendar = crate::components::talk_parts::calendar_control(
        crate::domain::ics::Scope::One(talk.clone()),
        "Add to my calendar (.ics)",
    );
    let save = Control::button("Save the time", move || {
        let Some(at) = dates::parse_input_datetime(&when.get_untracked()) else {
            error.set(Some("Enter the day and time you agreed.".into()));
            return;
        };
        error.set(None);
        let minutes = duration.get_untracked().parse().unwrap_or(20);
        let where_ = place.get_untracked().trim().to_owned();
        let today = state.today.get_untracked();
        edit_talk(&talk, |t| t.schedule(at, where_, minutes, today));
        notice.say(format!("Talk set for {}.", dates::day_time(at)));
    })
    .primary();
    let lengths = [15, 20, 30, 45, 60]
        .iter()
        .map(|m| (m.to_string(), format!("{m} minutes")))
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="when-heading">
            <h2 id="when-heading">"When and where"</h2>
            <p><strong>{summary}</strong></p>
            <div class="grid-2">
                <TextField label="Day and time" value=when kind="datetime-local" error=error/>
                <TextField label="Place or call link" value=place hint="An address, “phone”, or the video link"/>
                <SelectField label="Length" value=duration options=lengths hint="15 to 30 minutes is the usual ask"/>
            </div>
            <Controls actions=vec![save, calendar]/>
        </section>
    }
}

#[component]
fn Prep(talk: Id) -> impl IntoView {
    let state = use_app();
    let done = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| t.prep_done.clone()))
        .unwrap_or_default();
    PrepItem::ALL
        .into_iter()
        .map(|item| {
            let talk = talk.clone();
            view! {
                <CheckItem
                    label=item.label()
                    checked=done.contains(&item)
                    on_change=Callback::new(move |on: bool| edit_talk(&talk, |t| t.set_prep(item, on)))
                />
            }
        })
        .collect_view()
}

#[component]
fn ChosenQuestions(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let own = RwSignal::new(String::new());
    let own_error = RwSignal::new(None::<String>);
    let t_add = talk.clone();
    let add_own = Control::button("Add question", move || {
        let text = own.get_untracked();
        if text.trim().is_empty() {
            own_error.set(Some("Write the question first.".into()));
            return;
        }
        own_error.set(None);
        edit_talk(&t_add, |t| t.add_own_question(&text));
        own.set(String::new());
        notice.say("Question added to this talk.");
    });
    let t_list = talk.clone();
    let t_shape = talk.clone();
    let shape = watch(move |d| {
        d.interview(&t_shape).map(|t| {
            t.questions
                .iter()
                .map(|q| (q.text.clone(), q.notes.trim().is_empty()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = move || {
        shape.track();
        let list: Vec<(Id, String, bool)> = state
            .doc
            .with_untracked(|d| {
                with_talk(d, &t_list, |t| {
                    t.questions
                        .iter()
                        .map(|q| (q.id.clone(), q.text.clone(), !q.notes.trim().is_empty()))
                        .collect()
                })
            })
            .unwrap_or_default();
        if list.is_empty() {
            return view! { <p class="muted">"No questions chosen yet. Add six to eight from your bank below."</p> }.into_any();
        }
        let n = list.len();
        let rows = list
            .into_iter()
            .enumerate()
            .map(|(i, (qid, text, has_notes))| {
                let (tu, td, tr) = (t_list.clone(), t_list.clone(), t_list.clone());
                let (qu, qd, qr) = (qid.clone(), qid.clone(), qid);
                let short: String = text.chars().take(50).collect();
                let remove_question = if has_notes {
                    "Remove this question? The notes you took for it will be deleted too."
                } else {
                    "Remove this question from the talk? It stays in your bank."
                };
                let controls = vec![
                    Control::button("↑", move || {
                        edit_talk(&tu, |t| {
                            if let Some(at) = t.question_index(&qu) {
                                t.move_question(at, Direction::Up);
                            }
                        })
                    })
                    .aria(format!("Move up: {short}"))
                    .disabled(i == 0),
                    Control::button("↓", move || {
                        edit_talk(&td, |t| {
                            if let Some(at) = t.question_index(&qd) {
                                t.move_question(at, Direction::Down);
                            }
                        })
                    })
                    .aria(format!("Move down: {short}"))
                    .disabled(i + 1 == n),
                    Control::confirm("Remove", format!("Remove from this talk: {short}"), remove_question, "Yes, remove it", move || {
                        edit_talk(&tr, |t| {
                            if let Some(at) = t.question_index(&qr) {
                                t.remove_question(at, true);
                            }
                        })
                    }),
                ];
                view! { <li class="chosen-question"><span>{text}</span><Controls actions=controls/></li> }
            })
            .collect_view();
        view! {
            <ol class="chosen-list">{rows}</ol>
            {(n > 8).then(|| view! { <p class="muted">{format!("{n} questions: more than most talks have time for. Mark the ones that matter most first.")}</p> })}
        }
        .into_any()
    };
    let t_bank = talk.clone();
    let bank_shape = watch(|d| {
        d.questions
            .iter()
            .map(|q| (q.id.clone(), q.text.clone(), q.order, q.favourite))
            .collect::<Vec<_>>()
    });
    let bank = move || {
        shape.track();
        bank_shape.track();
        let options: Vec<(Id, String, bool)> = state.doc.with_untracked(|d| {
            let taken: Vec<&Id> = d
                .interview(&t_bank)
                .map(|t| {
                    t.questions
                        .iter()
                        .filter_map(|q| q.question.as_ref())
                        .collect()
                })
                .unwrap_or_default();
            let mut bank: Vec<(Id, String, bool)> = d
                .questions_in_order()
                .into_iter()
                .filter(|q| !taken.contains(&&q.id))
                .map(|q| (q.id.clone(), q.text.clone(), q.favourite))
                .collect();
            crate::domain::order::sort_by_rank(&mut bank, |(_, _, fav)| u64::from(!fav));
            bank
        });
        let controls = options
            .into_iter()
            .map(|(id, text, fav)| {
                let talk = t_bank.clone();
                let label = format!("{}{text}", if fav { "★ " } else { "" });
                Control::button(label, move || {
                    edit_talk(&talk, |t| {
                        t.choose_question(&id, &text);
                    })
                })
            })
            .collect::<Vec<_>>();
        if controls.is_empty() {
            view! { <p class="muted">"Every bank question is already chosen."</p> }.into_any()
        } else {
            view! { <div class="bank-picker"><Controls actions=controls/></div> }.into_any()
        }
    };
    view! {
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Questions for this talk"</h2>
            {chosen}
            <details class="pick-questions">
                <summary>"Add questions from your bank (favourites first)"</summary>
                {bank}
            </details>
            <TextField label="Or write a question just for this talk" value=own error=own_error/>
            <Controls actions=vec![add_own]/>
        </section>
    }
}

#[component]
fn QuestionNotes(talk: Id) -> impl IntoView {
    let state = use_app();
    // Only which questions there are decides the layout; notes typed here must not re-render it.
    let t_watch = talk.clone();
    let layout = watch(move |d| {
        with_talk(d, &t_watch, |t| {
            t.questions
                .iter()
                .map(|q| (q.id.clone(), q.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        layout.track();
        let list: Vec<(Id, String, String)> = state
            .doc
            .with_untracked(|d| {
                with_talk(d, &talk, |t| {
                    t.questions
                        .iter()
                        .map(|q| (q.id.clone(), q.text.clone(), q.notes.clone()))
                        .collect()
                })
            })
            .unwrap_or_default();
        if list.is_empty() {
            return view! { <p class="muted">"Choose questions above and a notes box appears for each."</p> }.into_any();
        }
        list.into_iter()
            .enumerate()
            .map(|(i, (qid, text, initial))| {
                let talk = talk.clone();
                view! {
                    <NotesBox
                        label=format!("{}. {text}", i + 1)
                        initial
                        rows=3
                        on_input=Callback::new(move |v: String| {
                            edit_talk(&talk, |t| {
                                if let Some(q) = t.questions.iter_mut().find(|q| q.id == qid) {
                                    q.notes = v;
                                }
                            })
                        })
                    />
                }
            })
            .collect_view()
            .into_any()
    }
}

#[component]
fn BeforeLeaving(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let adding = RwSignal::new(false);
    let contact = state
        .doc
        .with_untracked(|d| d.interview(&talk).map(|t| t.person.clone()));
    let t_list = talk.clone();
    let list = move || {
        let names: Vec<(Id, String, bool)> = state.doc.with(|d| {
            d.referrals_from(&t_list)
                .into_iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.name.clone(),
                        p.referred_by.as_ref().is_some_and(|r| r.may_use_name),
                    )
                })
                .collect()
        });
        let n = names.len();
        let mut lines = vec![Line::Strong(format!(
            "{n} of {REFERRAL_GOAL} names{}",
            if n >= REFERRAL_GOAL {
                ": well done"
            } else {
                ""
            }
        ))];
        lines.extend(names.into_iter().map(|(id, name, may)| Line::Link {
            before: String::new(),
            text: name,
            href: href(&format!("/people?person={id}")),
            after: if may {
                " (you may say who sent you)".into()
            } else {
                " (do not mention who sent you)".into()
            },
        }));
        view! { <Lines lines/> }
    };
    let form = move || {
        let contact = contact.clone()?;
        let talk = talk.clone();
        Some(if adding.get() {
            view! {
                <div class="card">
                    <h3>"Someone they suggested"</h3>
                    <PersonForm
                        person=None
                        suggested_in=SuggestedIn { by: contact, interview: talk }
                        on_done=Callback::new(move |saved: Option<String>| {
                            adding.set(false);
                            if let Some(name) = saved {
                                notice.say(format!("Added {name} to your people."));
                            }
                        })
                    />
                </div>
            }
            .into_any()
        } else {
            view! { <Controls actions=vec![Control::button("Add a person they suggested", move || adding.set(true)).primary()]/> }
                .into_any()
        })
    };
    view! {
        <section aria-labelledby="leave-heading" class="card before-leaving">
            <h2 id="leave-heading">"Before you leave"</h2>
            <ul>
                <li>"Ask for at least two more people you could talk to."</li>
                <li>"Ask whether you may say that they suggested them."</li>
                <li>"Thank them, and send a note within a week (the next day is best)."</li>
            </ul>
            {list}
            {form}
        </section>
    }
}

#[component]
fn AfterTalk(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let held_on = state
        .doc
        .with_untracked(|d| with_talk(d, &talk, |t| t.talk_date()))
        .flatten()
        .unwrap_or(state.today.get_untracked());
    let held_date = RwSignal::new(dates::input_date(held_on));
    let error = RwSignal::new(None::<String>);
    let t_state = talk.clone();
    let held_watch = watch(move |d| with_talk(d, &t_state, |t| (t.status.was_held(), t.held_on)));
    move || {
        held_watch.track();
        let held = state
            .doc
            .with_untracked(|d| {
                with_talk(d, &talk, |t| {
                    t.status.was_held().then_some(t.held_on).flatten()
                })
            })
            .flatten();
        let talk = talk.clone();
        match held {
            None => {
                let mark = Control::button("Mark the talk as held", move || {
                    let Some(day) = dates::parse_input_date(&held_date.get_untracked()) else {
                        error.set(Some("Enter the day the talk took place.".into()));
                        return;
                    };
                    error.set(None);
                    edit_talk(&talk, |t| t.mark_held(day));
                    notice.say("Marked as held. Write your debrief while it is fresh, then send your thanks.");
                })
                .primary();
                view! {
                    <section aria-labelledby="after-heading">
                        <h2 id="after-heading">"After the talk"</h2>
                        <TextField label="Day it took place" value=held_date kind="date" error=error/>
                        <Controls actions=vec![mark]/>
                    </section>
                }
                .into_any()
            }
            Some(day) => {
                let debrief = state
                    .doc
                    .with_untracked(|d| with_talk(d, &talk, |t| t.debrief.clone()))
                    .unwrap_or_default();
                let field = |label: &'static str,
                             initial: String,
                             set: fn(&mut Interview, String)| {
                    let talk = talk.clone();
                    view! {
                        <NotesBox label initial rows=3 on_input=Callback::new(move |v: String| edit_talk(&talk, |t| set(t, v)))/>
                    }
                };
                view! {
                    <section aria-labelledby="after-heading">
                        <h2 id="after-heading">"Debrief"</h2>
                        <p class="muted">{format!("Held on {}. A few lines now are worth pages later.", dates::day(day))}</p>
                        {field("What did I learn?", debrief.learned, |t, v| t.debrief.learned = v)}
                        {field("How does it fit my skills, values and interests?", debrief.fit, |t, v| t.debrief.fit = v)}
                        {field("What do I still need to find out?", debrief.still_to_learn, |t, v| t.debrief.still_to_learn = v)}
                        {field("Whom should I talk to next?", debrief.talk_to_next, |t, v| t.debrief.talk_to_next = v)}
                        <p><a class="button" href=href(&format!("/follow-up?talk={talk}"))>"Next: send your thanks"</a></p>
                    </section>
                }
                .into_any()
            }
        }
    }
}
