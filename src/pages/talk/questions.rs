//! The questions chosen for this talk, in the order they will be asked, and the bank to pick
//! more from.

use super::{edit_talk, with_talk};
use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::TextField;
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::components::notice::Notice;
use crate::domain::{Direction, Id};
use crate::state::use_app;
use leptos::prelude::*;

/// A question chosen for the talk.
#[derive(Clone, PartialEq)]
struct Chosen {
    id: Id,
    text: String,
    has_notes: bool,
    must_ask: bool,
}

/// The element ids of a chosen question's row and its buttons, for giving focus back.
fn row_id(question: &Id) -> String {
    format!("chosen-{question}")
}
fn button_id(what: &str, question: &Id) -> String {
    format!("chosen-{what}-{question}")
}

/// A bank question not yet chosen for the talk.
#[derive(Clone, PartialEq)]
struct BankOption {
    id: Id,
    text: String,
    favourite: bool,
}

#[component]
pub(super) fn ChosenQuestions(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let own = RwSignal::new(String::new());
    let own_error = RwSignal::new(None::<String>);
    let own_ref = NodeRef::<leptos::html::Input>::new();
    let t_chosen = talk.clone();
    let chosen = Memo::new(move |_| {
        state.doc.with(|d| {
            with_talk(d, &t_chosen, |t| {
                t.asking_order()
                    .into_iter()
                    .map(|q| Chosen {
                        id: q.id.clone(),
                        text: q.text.clone(),
                        has_notes: !q.notes.trim().is_empty(),
                        must_ask: q.must_ask,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    let t_fit = talk.clone();
    let too_many = Memo::new(move |_| {
        state.doc.with(|d| {
            with_talk(d, &t_fit, |t| {
                t.too_many_questions()
                    .map(|fit| (t.questions.len(), fit, t.duration_minutes))
            })
            .flatten()
        })
    });
    let t_add = talk.clone();
    let add_own = move || {
        let text = own.get_untracked();
        if text.trim().is_empty() {
            own_error.set(Some("Write the question first.".into()));
            focus_soon(own_ref);
            return;
        }
        own_error.set(None);
        edit_talk(&t_add, |t| t.add_own_question(&text));
        own.set(String::new());
        notice.say("Question added to this talk.");
        // Ready for the next one.
        focus_soon(own_ref);
    };
    let count = move || chosen.with(Vec::len);
    let none_yet = || {
        view! { <p class="muted">"No questions chosen yet. Add six to eight from your bank below."</p> }
    };
    let over_time = move || {
        too_many.get().map(|(n, fit, minutes)| {
            let marked = chosen.with(|c| c.iter().filter(|q| q.must_ask).count());
            view! {
                <div class="alert alert-info over-time">
                    <p>
                        <strong>{format!("{n} questions for a {minutes}-minute talk: about {fit} fit.")}</strong>
                        " An answer takes about three minutes, and hello and goodbye take five."
                    </p>
                    <p>
                        {match marked {
                            0 => "Press “Must ask” beside the ones that matter most: they move to the top, and the sheet prints them first, in bold.".to_owned(),
                            1 => "1 marked as a must. The sheet prints it first, in bold.".to_owned(),
                            m => format!("{m} marked as musts. The sheet prints them first, in bold."),
                        }}
                    </p>
                </div>
            }
        })
    };
    let t_list = talk.clone();
    view! {
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Questions for this talk"</h2>
            <Show when=move || count() != 0 fallback=none_yet>
                {over_time}
                <ol class="chosen-list">
                    <For
                        each=move || chosen.get()
                        key=|q| q.id.clone()
                        children={
                            let talk = t_list.clone();
                            move |question| view! { <ChosenItem question chosen talk=talk.clone()/> }
                        }
                    />
                </ol>
            </Show>
            <Show when=move || !state.read_only()>
                <details class="pick-questions">
                    <summary>"Add questions from your bank (favorites first)"</summary>
                    <BankPicker talk=talk.clone()/>
                </details>
                <TextField label="Or write a question just for this talk" value=own error=own_error node_ref=own_ref/>
                <div class="button-row">
                    <ActionButton on_click=add_own.clone()>"Add question"</ActionButton>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn ChosenItem(question: Chosen, chosen: Memo<Vec<Chosen>>, talk: Id) -> impl IntoView {
    let initial = question;
    let id = initial.id.clone();
    let row = row_id(&id);
    // Keeps the last known question while the list is letting go of a removed one.
    let question = Memo::new(move |previous: Option<&Chosen>| {
        chosen
            .with(|all| all.iter().find(|q| q.id == initial.id).cloned())
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| initial.clone())
    });
    // First and last among the questions of its kind: a must-ask question moves among the
    // musts, the others among the others.
    let t_position = id.clone();
    let position = Memo::new(move |_| {
        chosen.with(|all| {
            let Some(at) = all.iter().position(|q| q.id == t_position) else {
                return (true, true);
            };
            let must = all[at].must_ask;
            let first = at == 0 || all[at - 1].must_ask != must;
            let last = all.get(at + 1).is_none_or(|next| next.must_ask != must);
            (first, last)
        })
    });
    let first = Signal::derive(move || position.get().0);
    let last = Signal::derive(move || position.get().1);
    let must = Signal::derive(move || question.with(|q| q.must_ask));
    // Moving a row in the page drops its focus: it goes back to the arrow pressed, or to the
    // other one when this end of the group was reached.
    let refocus = move |question: Id, direction: Direction| {
        request_animation_frame(move || {
            let (first, last) = position.get_untracked();
            let which = match direction {
                Direction::Up if !first => "up",
                Direction::Up => "down",
                Direction::Down if !last => "down",
                Direction::Down => "up",
            };
            focus_id_soon(button_id(which, &question));
        });
    };
    // The buttons name the question and the removal warns about its notes, so they are drawn
    // again when either changes; moving it only turns the arrows on and off.
    let buttons = move || {
        let (text, has_notes) = question.with(|q| (q.text.clone(), q.has_notes));
        let short: String = text.chars().take(50).collect();
        let remove_question = if has_notes {
            "Remove this question? The notes you took for it will be deleted too."
        } else {
            "Remove this question from the talk? It stays in your bank."
        };
        let (tu, td, tr, tm) = (talk.clone(), talk.clone(), talk.clone(), talk.clone());
        let (qu, qd, qr, qm) = (id.clone(), id.clone(), id.clone(), id.clone());
        let remove = Callback::new(move |()| {
            // Focus goes on to the next question, or the one before, or the list's heading.
            let next = chosen.with_untracked(|all| {
                let at = all.iter().position(|q| q.id == qr)?;
                all.get(at + 1)
                    .or_else(|| at.checked_sub(1).and_then(|i| all.get(i)))
                    .map(|q| row_id(&q.id))
            });
            edit_talk(&tr, |t| {
                if let Some(at) = t.question_index(&qr) {
                    t.remove_question(at, true);
                }
            });
            focus_id_soon(next.unwrap_or_else(|| "questions-heading".to_owned()));
        });
        let toggle_must = move || {
            let on = !must.get_untracked();
            edit_talk(&tm, |t| {
                t.set_must_ask(&qm, on);
            });
            // The row moves to the top (or back among the others): focus follows it.
            focus_id_soon(button_id("must", &qm));
        };
        view! {
            <div class="button-row">
                <ActionButton
                    on_click=toggle_must
                    label=format!("Must ask: {short}")
                    pressed=must
                    id=button_id("must", &id)
                >
                    "Must ask"
                </ActionButton>
                <ActionButton
                    on_click=move || {
                        edit_talk(&tu, |t| {
                            if let Some(at) = t.question_index(&qu) {
                                t.move_question(at, Direction::Up);
                            }
                        });
                        refocus(qu.clone(), Direction::Up);
                    }
                    label=format!("Move up: {short}")
                    disabled=first
                    id=button_id("up", &id)
                >
                    "↑"
                </ActionButton>
                <ActionButton
                    on_click=move || {
                        edit_talk(&td, |t| {
                            if let Some(at) = t.question_index(&qd) {
                                t.move_question(at, Direction::Down);
                            }
                        });
                        refocus(qd.clone(), Direction::Down);
                    }
                    label=format!("Move down: {short}")
                    disabled=last
                    id=button_id("down", &id)
                >
                    "↓"
                </ActionButton>
                <ConfirmButton
                    label="Remove"
                    aria_label=format!("Remove from this talk: {short}")
                    question=remove_question
                    confirm="Yes, remove it"
                    on_confirm=remove
                />
            </div>
        }
    };
    let state = use_app();
    view! {
        <li class="chosen-question" class:must-ask=must id=row>
            <span class="chosen-text">
                {move || question.with(|q| q.text.clone())}
                <Show when=move || must.get()>
                    <span class="tag tag-must">" Must ask"</span>
                </Show>
            </span>
            <Show when=move || !state.read_only()>{buttons.clone()}</Show>
        </li>
    }
}

/// The bank questions not yet chosen, favorites first; a click adds one to the talk.
#[component]
fn BankPicker(talk: Id) -> impl IntoView {
    let state = use_app();
    let t_options = talk.clone();
    let options = Memo::new(move |_| {
        state.doc.with(|d| {
            let taken: Vec<&Id> = d
                .interview(&t_options)
                .map(|t| {
                    t.questions
                        .iter()
                        .filter_map(|q| q.question.as_ref())
                        .collect()
                })
                .unwrap_or_default();
            let mut bank: Vec<BankOption> = d
                .questions_in_order()
                .into_iter()
                .filter(|q| !taken.contains(&&q.id))
                .map(|q| BankOption {
                    id: q.id.clone(),
                    text: q.text.clone(),
                    favourite: q.favourite,
                })
                .collect();
            crate::domain::order::sort_by_rank(&mut bank, |q| u64::from(!q.favourite));
            bank
        })
    });
    let all_chosen = || view! { <p class="muted">"Every bank question is already chosen."</p> };
    view! {
        <Show when=move || options.with(|o| !o.is_empty()) fallback=all_chosen>
            <div class="bank-picker">
                <div class="button-row">
                    <For
                        each=move || options.get()
                        key=|q| q.id.clone()
                        children={
                            let talk = talk.clone();
                            move |option| view! { <BankButton option options talk=talk.clone()/> }
                        }
                    />
                </div>
            </div>
        </Show>
    }
}

#[component]
fn BankButton(option: BankOption, options: Memo<Vec<BankOption>>, talk: Id) -> impl IntoView {
    let initial = option;
    let initial_id = initial.id.clone();
    // Keeps the last known wording while the picker is letting go of a chosen question.
    let option = Memo::new(move |previous: Option<&BankOption>| {
        options
            .with(|all| all.iter().find(|q| q.id == initial.id).cloned())
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| initial.clone())
    });
    let choose = move || {
        let BankOption { id, text, .. } = option.get_untracked();
        // This button goes with the question it offered: focus moves to the one that takes its
        // place (the next, or the one before at the end), or to the list's heading.
        let next = options.with_untracked(|all| {
            let at = all.iter().position(|q| q.id == id)?;
            all.get(at + 1)
                .or_else(|| at.checked_sub(1).and_then(|i| all.get(i)))
                .map(|q| pick_button(&q.id))
        });
        edit_talk(&talk, |t| {
            t.choose_question(&id, &text);
        });
        focus_id_soon(next.unwrap_or_else(|| "questions-heading".to_owned()));
    };
    view! {
        <ActionButton on_click=choose id=pick_button(&initial_id)>
            {move || option.with(|q| format!("{}{}", if q.favourite { "★ " } else { "" }, q.text))}
        </ActionButton>
    }
}

fn pick_button(question: &Id) -> String {
    format!("pick-{question}")
}
