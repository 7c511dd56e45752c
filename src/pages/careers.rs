//! Step 1: the careers or industries the user wants to learn about.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::confirm::ConfirmButton;
use crate::components::draft::Draft;
use crate::components::empty_state::AddOpener;
use crate::components::fields::{Checkbox, TextField};
use crate::components::focus::{focus_first_of, focus_id_soon, focus_soon, neighbour_ids};
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::linkedin::alumni_search;
use crate::domain::{Career, CommentTarget, Id, Reason};
use crate::state::use_app;
use leptos::prelude::*;

/// The id of the button that opens the form for a new career, in either of its two forms.
const ADD_BUTTON: &str = "add-career";
const LIST_HEADING: &str = "careers-heading";

fn card_id(id: &Id) -> String {
    format!("career-{id}")
}

fn edit_button_id(id: &Id) -> String {
    format!("edit-career-{id}")
}

fn form_draft(id: Option<&Id>) -> String {
    match id {
        Some(id) => format!("career-edit-{id}"),
        None => "career-new".to_owned(),
    }
}

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
    /// LinkedIn's people search for alumni of the user's school in this career, once the
    /// school is known.
    alumni: Option<(String, String)>,
}

impl CareerCard {
    fn of(d: &crate::domain::Document, c: &Career) -> Self {
        let talks: Vec<_> = d
            .interviews
            .iter()
            .filter(|i| i.career.as_ref() == Some(&c.id))
            .collect();
        let school = d.profile.school.trim();
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
                .filter(|m| m.target == CommentTarget::Career { id: c.id.clone() })
                .map(|m| (m.author.clone(), m.text.clone()))
                .collect(),
            alumni: alumni_search(school, &c.name).map(|link| (school.to_owned(), link)),
        }
    }
}

#[component]
pub fn Careers() -> impl IntoView {
    crate::browser::set_title("Careers");
    let state = use_app();
    let notice = Notice::new();
    // A form left half-filled (Back, another page, a reload) opens again with what was typed.
    let adding = RwSignal::new(Draft::exists(&form_draft(None)));
    let editing = RwSignal::new(
        Draft::kept("career-edit-")
            .into_iter()
            .find_map(|id| Id::parse(&id).ok())
            .filter(|id| state.doc.with_untracked(|d| d.career(id).is_some())),
    );
    let ids = move |archived: bool| {
        state.doc.with(|d| {
            d.careers
                .iter()
                .filter(|c| c.archived == archived)
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let active = Memo::new(move |_| ids(false));
    let set_aside = Memo::new(move |_| ids(true));
    let is_empty = Memo::new(move |_| state.doc.with(|d| d.careers.is_empty()));
    let read_only = Memo::new(move |_| state.read_only());
    let no_school = Memo::new(move |_| state.doc.with(|d| d.profile.school.trim().is_empty()));

    let add_button = move || {
        view! {
            <AddOpener
                id=ADD_BUTTON
                empty_title="No careers yet"
                empty_text="Start with two or three you are curious about. A broad name such as “public health” or “game design” is fine; talks will narrow it down."
                first_label="Add your first career"
                label="Add a career"
                is_empty
                read_only
                on_open=Callback::new(move |()| adding.set(true))
            />
        }
    };

    view! {
        <h1>"Step 1 · Careers to explore"</h1>
        <p class="lead">
            "Name the careers or industries you want to understand. For each one, say why it "
            "matters to you: it shapes whom you ask and what you ask them."
        </p>
        <NoticeLine notice/>
        // The form is drawn when it opens and kept until it closes: it must not be rebuilt
        // under the user's typing when another tab saves.
        <Show when=move || adding.get() && !read_only.get() fallback=add_button>
            <section class="card" aria-labelledby="add-career">
                <h2 id="add-career">"Add a career"</h2>
                <CareerForm
                    initial=None
                    on_done=Callback::new(move |name: Option<String>| {
                        adding.set(false);
                        if let Some(name) = name {
                            notice.say(format!("Added {name}."));
                        }
                        focus_id_soon(ADD_BUTTON.to_owned());
                    })
                />
            </section>
        </Show>
        <Show when=move || !is_empty.get()>
            <h2 id=LIST_HEADING>"Your careers"</h2>
            <Show when=move || no_school.get() && !read_only.get()>
                <p class="muted">
                    "To search LinkedIn for alumni of your school in each career, add your school "
                    "under “About you” when you write a request ("
                    <a href=href("/outreach")>"step 4, Ask"</a>
                    ")."
                </p>
            </Show>
        </Show>
        // Keyed by career, so a save elsewhere redraws only the cards it changed and never an
        // open edit form.
        <ul class="card-list" aria-label="Careers you are exploring">
            <For each=move || active.get() key=Id::clone let:id>
                <CareerItem id notice editing/>
            </For>
        </ul>
        <Show when=move || !set_aside.with(Vec::is_empty)>
            <details class="archived">
                <summary>{move || format!("Set aside ({})", set_aside.with(Vec::len))}</summary>
                <ul class="card-list" aria-label="Careers set aside">
                    <For each=move || set_aside.get() key=Id::clone let:id>
                        <CareerItem id notice editing/>
                    </For>
                </ul>
            </details>
        </Show>
    }
}

#[component]
fn CareerItem(id: Id, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let card = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.career(&id).map(|c| CareerCard::of(d, c)))
        })
    };
    let is_editing = {
        let id = id.clone();
        Memo::new(move |_| editing.with(|e| e.as_ref() == Some(&id)))
    };
    let anchor = card_id(&id);
    view! {
        // Focusable: it takes focus when the card before it is deleted or set aside.
        <li class="card career-card" id=anchor tabindex="-1">
            // The form hangs on `is_editing` alone: rebuilt whenever the card changes, it would
            // lose what the user typed.
            {move || if is_editing.get() {
                let id = id.clone();
                view! {
                    <h2>{move || card.with(|c| c.as_ref().map(|c| format!("Edit {}", c.name)))}</h2>
                    <CareerForm
                        initial=Some(id.clone())
                        on_done=Callback::new(move |saved: Option<String>| {
                            editing.set(None);
                            if let Some(name) = saved {
                                notice.say(format!("Saved {name}."));
                            }
                            focus_id_soon(edit_button_id(&id));
                        })
                    />
                }
                .into_any()
            } else {
                card.get().map(|card| view! { <CareerDetails card notice editing/> }).into_any()
            }}
        </li>
    }
}

#[component]
fn CareerDetails(card: CareerCard, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let read_only = state.read_only();
    let id = card.id.clone();
    let name = card.name.clone();
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
    // Where focus goes when this card leaves its list: the card after it, the one before, the
    // list's heading, or the button that adds a career.
    let next_focus = {
        let anchor = card_id(&id);
        move || {
            let mut next = neighbour_ids(&anchor);
            next.extend([LIST_HEADING.to_owned(), ADD_BUTTON.to_owned()]);
            next
        }
    };
    let (edit_id, toggle_id, delete_id) = (id.clone(), id.clone(), id.clone());
    let (toggled_name, deleted_name) = (name.clone(), name.clone());
    let toggle_next = next_focus.clone();
    let toggle = move || {
        let next = toggle_next();
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
        focus_first_of(next);
    };
    let delete = Callback::new(move |()| {
        let next = next_focus();
        state.edit(|doc, _| doc.delete_career(&delete_id));
        notice.say(format!("Deleted {deleted_name}."));
        focus_first_of(next);
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
    let alumni = card.alumni.map(|(school, link)| {
        view! {
            <p class="alumni-search">
                <a href=link target="_blank" rel="noopener noreferrer">
                    {format!("Find {school} alumni in {name} on LinkedIn")}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
        }
    });
    let changes = (!read_only).then(|| {
        view! {
            <ActionButton
                on_click=move || editing.set(Some(edit_id.clone()))
                label=format!("Edit {name}")
                id=edit_button_id(&id)
            >
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
        }
    });
    view! {
        <h2>{name.clone()}</h2>
        <ul class="tags" aria-label="Why I'm exploring it">
            {card.reasons.iter().map(|r| view! { <li class="tag">{r.label()}</li> }).collect_view()}
        </ul>
        {(!card.notes.is_empty()).then(|| view! { <p class="prewrap">{card.notes.clone()}</p> })}
        <p class="muted">{summary}</p>
        {alumni}
        {comments}
        <div class="button-row">
            <LinkButton
                href=href(&format!("/learned?career={}", card.id))
                label=format!("What I have learned about {name}")
                primary=true
            >
                "What I have learned"
            </LinkButton>
            <LinkButton href=href(&format!("/people?career={}", card.id)) label=format!("People in {name}")>
                "People"
            </LinkButton>
            {changes}
        </div>
    }
}

/// Adds a career (`initial` is None) or edits one. `on_done` gets the saved name, or None when
/// the user cancelled. What is typed is kept as a draft until then.
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
    let draft = Draft::new(form_draft(initial.as_ref()));
    draft.text("name", name);
    draft.text("notes", notes);
    for (reason, flag) in &reason_flags {
        draft.flag(reason.key(), *flag);
    }
    let error = RwSignal::new(None::<String>);
    let name_ref = NodeRef::<leptos::html::Input>::new();
    // Where the user's work continues: the form's first field.
    focus_soon(name_ref);
    let submit_label = if initial.is_some() {
        "Save changes"
    } else {
        "Add career"
    };
    let cancel = {
        let draft = draft.clone();
        move || {
            draft.clear();
            on_done.run(None);
        }
    };
    let escape = cancel.clone();

    let flags = reason_flags.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked().trim().to_owned();
        if text.is_empty() {
            error.set(Some("Give the career a name.".into()));
            focus_soon(name_ref);
            return;
        }
        let clash = state.doc.with_untracked(|d| {
            d.careers.iter().any(|c| {
                Some(&c.id) != initial.as_ref() && c.name.trim().eq_ignore_ascii_case(&text)
            })
        });
        if clash {
            error.set(Some(format!("You already have a career called “{text}”.")));
            focus_soon(name_ref);
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
        draft.clear();
        on_done.run(Some(text));
    };

    let checkboxes = reason_flags
        .into_iter()
        .map(|(reason, flag)| view! { <Checkbox label=reason.label() checked=flag/> })
        .collect_view();
    view! {
        <form
            on:submit=submit
            novalidate
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    escape();
                }
            }
        >
            <TextField
                label="Career or industry"
                value=name
                required=true
                error=error
                hint="For example: urban planning, data journalism, nursing"
                node_ref=name_ref
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
                <button type="button" class="button button-quiet" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
