//! Step 1: the careers or industries the user wants to learn about.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::confirm::ConfirmButton;
use crate::components::empty_state::EmptyState;
use crate::components::fields::{Checkbox, TextField};
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::{Career, Id, Reason};
use crate::state::use_app;
use leptos::prelude::*;

/// What a career card shows; compared as a whole so a card re-renders only when it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CareerCard {
    id: Id,
    name: String,
    reasons: Vec<Reason>,
    notes: String,
    archived: bool,
    people: usize,
    talks: usize,
    held: usize,
    comments: Vec<(String, String)>,
}

#[component]
pub fn Careers() -> impl IntoView {
    crate::browser::set_title("Careers");
    let state = use_app();
    let notice = Notice::new();
    let adding = RwSignal::new(false);
    let cards = move || {
        state.doc.with(|d| {
            d.careers
                .iter()
                .map(|c| {
                    let talks: Vec<_> = d
                        .interviews
                        .iter()
                        .filter(|i| i.career.as_ref() == Some(&c.id))
                        .collect();
                    CareerCard {
                        id: c.id.clone(),
                        name: c.name.clone(),
                        reasons: c.reasons.clone(),
                        notes: c.notes.clone(),
                        archived: c.archived,
                        people: d
                            .people
                            .iter()
                            .filter(|p| p.careers.contains(&c.id))
                            .count(),
                        talks: talks.len(),
                        held: talks.iter().filter(|i| i.status.was_held()).count(),
                        comments: d
                            .comments
                            .iter()
                            .filter(|m| {
                                m.target
                                    == crate::domain::CommentTarget::Career { id: c.id.clone() }
                            })
                            .map(|m| (m.author.clone(), m.text.clone()))
                            .collect(),
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let is_empty = Memo::new(move |_| state.doc.with(|d| d.careers.is_empty()));

    let editing = RwSignal::new(None::<Id>);
    let list = move |archived: bool| {
        editing.track();
        cards()
            .into_iter()
            .filter(|c| c.archived == archived)
            .map(|card| view! { <CareerItem card notice editing/> })
            .collect_view()
    };
    let archived_count = move || {
        state
            .doc
            .with(|d| d.careers.iter().filter(|c| c.archived).count())
    };

    view! {
        <h1>"Step 1 · Careers to explore"</h1>
        <p class="lead">
            "Name the careers or industries you want to understand. For each one, say why it "
            "matters to you: it shapes whom you ask and what you ask them."
        </p>
        <NoticeLine notice/>
        // Drawn again only when the form opens or closes, or the list turns empty or not: the
        // form must not be rebuilt under the user's typing when another tab saves.
        {move || if adding.get() {
            view! {
                <section class="card" aria-labelledby="add-career">
                    <h2 id="add-career">"Add a career"</h2>
                    <CareerForm
                        initial=None
                        on_done=Callback::new(move |name: Option<String>| {
                            adding.set(false);
                            if let Some(name) = name {
                                notice.say(format!("Added {name}."));
                            }
                        })
                    />
                </section>
            }
            .into_any()
        } else if is_empty.get() {
            view! {
                <EmptyState title="No careers yet">
                    <p>
                        "Start with two or three you are curious about. A broad name such as "
                        "“public health” or “game design” is fine; talks will narrow it down."
                    </p>
                    <button type="button" class="button" on:click=move |_| adding.set(true)>
                        "Add your first career"
                    </button>
                </EmptyState>
            }
            .into_any()
        } else {
            view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| adding.set(true)>
                        "Add a career"
                    </button>
                </div>
            }
            .into_any()
        }}
        <ul class="card-list" aria-label="Careers you are exploring">{move || list(false)}</ul>
        {move || (archived_count() > 0).then(|| view! {
            <details class="archived">
                <summary>{format!("Set aside ({})", archived_count())}</summary>
                <ul class="card-list" aria-label="Careers set aside">{list(true)}</ul>
            </details>
        })}
    }
}

#[component]
fn CareerItem(card: CareerCard, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let id = card.id.clone();
    let name = card.name.clone();

    if editing.with_untracked(|e| e.as_ref() == Some(&id)) {
        return view! {
            <li class="card career-card">
                <h2>{format!("Edit {name}")}</h2>
                <CareerForm
                    initial=Some(id)
                    on_done=Callback::new(move |saved: Option<String>| {
                        editing.set(None);
                        if let Some(name) = saved {
                            notice.say(format!("Saved {name}."));
                        }
                    })
                />
            </li>
        }
        .into_any();
    }

    let archived = card.archived;
    let summary = match (card.people, card.talks) {
        (0, 0) => "No people or talks yet".to_owned(),
        (p, t) => format!(
            "{p} {} · {t} {} ({} held)",
            if p == 1 { "person" } else { "people" },
            if t == 1 { "talk" } else { "talks" },
            card.held
        ),
    };
    let delete_question = if card.talks > 0 || card.people > 0 {
        format!(
            "Delete {name}? Its {} people and {} talks stay, but no longer name this career.",
            card.people, card.talks
        )
    } else {
        format!("Delete {name}?")
    };
    let (edit_id, toggle_id, delete_id) = (id.clone(), id.clone(), id.clone());
    let (toggled_name, deleted_name) = (name.clone(), name.clone());
    let toggle = move || {
        state.edit(|doc, cx| {
            if let Some(c) = doc.career_mut(&toggle_id) {
                c.archived = !archived;
                c.updated_at = cx.now;
            }
        });
        notice.say(if archived {
            format!("{toggled_name} is back in your list.")
        } else {
            format!("{toggled_name} set aside. You find it under “Set aside”.")
        });
    };
    let delete = Callback::new(move |()| {
        state.edit(|doc, _| doc.delete_career(&delete_id));
        notice.say(format!("Deleted {deleted_name}."));
    });
    let comments = card
        .comments
        .into_iter()
        .map(|(author, text)| {
            let who = if author.trim().is_empty() {
                "Mentor".to_owned()
            } else {
                author
            };
            view! { <p class="prewrap">{format!("Comment from {who}: {text}")}</p> }
        })
        .collect_view();
    view! {
        <li class="card career-card">
            <h2>{name.clone()}</h2>
            <ul class="tags" aria-label="Why I'm exploring it">
                {card.reasons.iter().map(|r| view! { <li class="tag">{r.label()}</li> }).collect_view()}
            </ul>
            {(!card.notes.is_empty()).then(|| view! { <p class="prewrap">{card.notes.clone()}</p> })}
            <p class="muted">{summary}</p>
            {comments}
            <div class="button-row">
                <LinkButton
                    href=href(&format!("/learned?career={id}"))
                    label=format!("What I have learned about {name}")
                    primary=true
                >
                    "What I have learned"
                </LinkButton>
                <LinkButton href=href(&format!("/people?career={id}")) label=format!("People in {name}")>
                    "People"
                </LinkButton>
                <ActionButton on_click=move || editing.set(Some(edit_id.clone())) label=format!("Edit {name}")>
                    "Edit"
                </ActionButton>
                <ActionButton
                    on_click=toggle
                    label=if archived { format!("Restore {name}") } else { format!("Set aside {name}") }
                >
                    {if archived { "Restore" } else { "Set aside" }}
                </ActionButton>
                <ConfirmButton
                    label="Delete"
                    aria_label=format!("Delete {name}")
                    question=delete_question
                    confirm="Yes, delete it"
                    on_confirm=delete
                />
            </div>
        </li>
    }
    .into_any()
}

/// Adds a career (`initial` is None) or edits one. `on_done` gets the saved name, or None when
/// the user cancelled.
#[component]
fn CareerForm(initial: Option<Id>, on_done: Callback<Option<String>>) -> impl IntoView {
    let state = use_app();
    let existing: Option<Career> = initial
        .as_ref()
        .and_then(|id| state.doc.with_untracked(|d| d.career(id).cloned()));
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default(),
    );
    let notes = RwSignal::new(
        existing
            .as_ref()
            .map(|c| c.notes.clone())
            .unwrap_or_default(),
    );
    let reason_flags: Vec<(Reason, RwSignal<bool>)> = Reason::ALL
        .into_iter()
        .map(|r| {
            let on = existing.as_ref().is_some_and(|c| c.reasons.contains(&r));
            (r, RwSignal::new(on))
        })
        .collect();
    let error = RwSignal::new(None::<String>);
    let submit_label = if initial.is_some() {
        "Save changes"
    } else {
        "Add career"
    };

    let flags = reason_flags.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked().trim().to_owned();
        if text.is_empty() {
            error.set(Some("Give the career a name.".into()));
            return;
        }
        let clash = state.doc.with_untracked(|d| {
            d.careers.iter().any(|c| {
                Some(&c.id) != initial.as_ref() && c.name.trim().eq_ignore_ascii_case(&text)
            })
        });
        if clash {
            error.set(Some(format!("You already have a career called “{text}”.")));
            return;
        }
        error.set(None);
        let chosen: Vec<(Reason, bool)> = flags
            .iter()
            .map(|(r, on)| (*r, on.get_untracked()))
            .collect();
        let notes_text = notes.get_untracked();
        let target = initial.clone();
        state.edit(|doc, cx| {
            let id = match target {
                Some(id) => id,
                None => {
                    let id = cx.new_id("c");
                    doc.careers.push(Career::new(id.clone(), "", cx.now));
                    id
                }
            };
            if let Some(c) = doc.career_mut(&id) {
                c.name = text.clone();
                c.notes = notes_text;
                for (reason, on) in chosen {
                    c.set_reason(reason, on);
                }
                c.updated_at = cx.now;
            }
        });
        on_done.run(Some(text));
    };

    let checkboxes = reason_flags
        .into_iter()
        .map(|(reason, flag)| view! { <Checkbox label=reason.label() checked=flag/> })
        .collect_view();
    view! {
        <form on:submit=submit novalidate>
            <TextField
                label="Career or industry"
                value=name
                required=true
                error=error
                hint="For example: urban planning, data journalism, nursing"
            />
            <fieldset>
                <legend>"Why I'm exploring it"</legend>
                {checkboxes}
            </fieldset>
            <TextField
                label="Notes"
                value=notes
                multiline=true
                hint="What draws you to it, what you already know, what worries you"
            />
            <div class="button-row">
                <button type="submit" class="button">
                    {submit_label}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| on_done.run(None)>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
