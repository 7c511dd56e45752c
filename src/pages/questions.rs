//! Step 2: the question bank the user picks from for each talk.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::confirm::ConfirmButton;
use crate::components::draft::Draft;
use crate::components::empty_state::EmptyState;
use crate::components::fields::{Checkbox, SelectField, TextField};
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::{Category, Direction, Id};
use crate::state::use_app;
use leptos::prelude::*;

/// The element ids of a bank row and of its Edit button, for moving focus to them.
fn row_id(question: &Id) -> String {
    format!("bank-{question}")
}
fn edit_button_id(question: &Id) -> String {
    format!("edit-{question}")
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    id: Id,
    text: String,
    category: Category,
    favourite: bool,
    first: bool,
    last: bool,
}

fn category_options(with_all: bool) -> Vec<(String, String)> {
    let mut options = Vec::new();
    if with_all {
        options.push((String::new(), "All topics".to_owned()));
    }
    options.extend(
        Category::ALL
            .iter()
            .map(|c| (c.key().to_owned(), c.label().to_owned())),
    );
    options
}

#[component]
pub fn Questions() -> impl IntoView {
    crate::browser::set_title("Questions");
    let state = use_app();
    let notice = Notice::new();
    let filter = RwSignal::new(String::new());
    let favorites_only = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let category = Category::from_key(&filter.get());
        let favorites = favorites_only.get();
        let visible: Vec<_> = state.doc.with(|d| {
            d.questions_in_order()
                .into_iter()
                .filter(|q| category.is_none_or(|c| q.category == c))
                .filter(|q| !favorites || q.favourite)
                .map(|q| (q.id.clone(), q.text.clone(), q.category, q.favourite))
                .collect()
        });
        let n = visible.len();
        visible
            .into_iter()
            .enumerate()
            .map(|(i, (id, text, category, favourite))| Row {
                id,
                text,
                category,
                favourite,
                first: i == 0,
                last: i + 1 == n,
            })
            .collect::<Vec<_>>()
    });
    let total = Memo::new(move |_| state.doc.with(|d| d.questions.len()));
    let editing = RwSignal::new(None::<Id>);

    let on_move = Callback::new(move |(id, direction): (Id, Direction)| {
        let visible: Vec<Id> = rows.with_untracked(|r| r.iter().map(|r| r.id.clone()).collect());
        let moved = state.edit(|doc, cx| doc.move_question(&id, direction, &visible, cx.now));
        if moved {
            let text = state
                .doc
                .with_untracked(|d| d.question(&id).map(|q| q.text.clone()))
                .unwrap_or_default();
            let position =
                rows.with_untracked(|r| r.iter().position(|r| r.id == id).map_or(0, |p| p + 1));
            notice.say(format!("Moved to position {position}: {text}"));
            // Moving the row in the page drops its focus, and the arrow that was pressed may have
            // just turned disabled: focus the arrow that can still move it.
            let which = match direction {
                Direction::Up if position > 1 => "up",
                Direction::Up => "down",
                Direction::Down if position < visible.len() => "down",
                Direction::Down => "up",
            };
            focus_id_soon(format!("move-{which}-{id}"));
        }
    });

    let empty_bank = || {
        view! {
            <EmptyState title="Your bank is empty">
                <p>"Write your first question above. Open questions (how, what, why) get the richest answers."</p>
            </EmptyState>
        }
    };

    view! {
        <h1>"Step 2 · Your questions"</h1>
        <p class="lead">
            "Keep a bank of good questions and pick six to eight for each talk. The bank starts "
            "with questions on a working day, the skills the work needs, its best and hardest "
            "parts, the person's path, where the field is going and their advice, plus the TIARA "
            "groups: Trends, Insights, Advice, Resources, Assignments. Make it yours."
        </p>
        <p>
            "Going to a talk that is not in the planner yet? "
            <LinkButton href=href("/sheet")>"Print a blank question sheet"</LinkButton>
        </p>
        <NoticeLine notice/>
        // A shared planner under review is read, not changed: no form, no buttons on the rows.
        <Show
            when=move || !state.read_only()
            fallback=|| view! {
                <p class="read-only-note">
                    "This shared planner is read-only: you can read its questions and print a blank sheet."
                </p>
            }
        >
            <AddQuestion notice/>
        </Show>
        <Show when=move || total.get() != 0 fallback=empty_bank>
            <section aria-labelledby="bank-heading">
                <h2 id="bank-heading">"Question bank"</h2>
                <div class="filters" role="search" aria-label="Filter questions">
                    <SelectField label="Topic" value=filter options=category_options(true)/>
                    <Checkbox label="Favorites only" checked=favorites_only/>
                </div>
                <p class="muted">
                    {move || format!("Showing {} of {} questions.", rows.with(Vec::len), total.get())}
                    " Reorder with the arrow buttons, or press Alt with the up or down arrow key while a question's button has focus."
                </p>
                <ol class="question-list">
                    <For each=move || rows.get() key=|row| row.id.clone() let:row>
                        <QuestionItem row rows notice editing on_move/>
                    </For>
                </ol>
                <Show when=move || rows.with(Vec::is_empty)>
                    <p>"No question matches this filter."</p>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn AddQuestion(notice: Notice) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(String::new());
    let category = RwSignal::new(Category::Other.key().to_owned());
    let error = RwSignal::new(None::<String>);
    let text_ref = NodeRef::<leptos::html::Textarea>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked().trim().to_owned();
        if value.is_empty() {
            error.set(Some("Write the question first.".into()));
            focus_soon(text_ref);
            return;
        }
        error.set(None);
        let chosen = Category::from_key(&category.get_untracked()).unwrap_or(Category::Other);
        state.edit(|doc, cx| {
            let id = cx.new_id("q");
            doc.add_question(id, &value, chosen, cx.now);
        });
        text.set(String::new());
        notice.say(format!("Added under “{}”: {value}", chosen.label()));
        // Ready for the next question.
        focus_soon(text_ref);
    };
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="add-question">
            <h2 id="add-question">"Add a question"</h2>
            <TextField label="Question" value=text required=true error=error multiline=true rows=2 area_ref=text_ref/>
            <SelectField label="Topic" value=category options=category_options(false)/>
            <button type="submit" class="button">"Add question"</button>
        </form>
    }
}

/// One question of the bank. It stays in place while its row changes, so its buttons keep focus
/// and an open edit form keeps what the user typed when another tab saves.
#[component]
fn QuestionItem(
    row: Row,
    rows: Memo<Vec<Row>>,
    notice: Notice,
    editing: RwSignal<Option<Id>>,
    on_move: Callback<(Id, Direction)>,
) -> impl IntoView {
    let state = use_app();
    let id = row.id.clone();
    let initial = row;
    // Keeps the last known row while the list is letting go of a deleted question.
    let row = Memo::new(move |previous: Option<&Row>| {
        rows.with(|all| all.iter().find(|r| r.id == initial.id).cloned())
            .or_else(|| previous.cloned())
            .unwrap_or_else(|| initial.clone())
    });
    let t_editing = id.clone();
    let is_editing = Memo::new(move |_| editing.with(|e| e.as_ref() == Some(&t_editing)));
    let text = Memo::new(move |_| row.with(|r| r.text.clone()));
    let favourite = Signal::derive(move || row.with(|r| r.favourite));
    let first = Signal::derive(move || row.with(|r| r.first));
    let last = Signal::derive(move || row.with(|r| r.last));

    let key_id = id.clone();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if is_editing.get_untracked() || !ev.alt_key() {
            return;
        }
        let direction = match ev.key().as_str() {
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            _ => return,
        };
        ev.prevent_default();
        on_move.run((key_id.clone(), direction));
    };
    // The buttons name the question, so they are drawn again when its wording changes.
    let buttons = move || {
        let text = text.get();
        let short = shorten(&text);
        let (up_id, down_id, fav_id, edit_id, delete_id) =
            (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
        let toggle_favourite = move || {
            let now_favourite = !favourite.get_untracked();
            state.edit(|doc, cx| {
                if let Some(q) = doc.question_mut(&fav_id) {
                    q.favourite = now_favourite;
                    q.updated_at = cx.now;
                }
            });
        };
        let delete = Callback::new(move |()| {
            // Focus goes on to the next question, or the one before, or the list's heading.
            let next = rows.with_untracked(|all| {
                let at = all.iter().position(|r| r.id == delete_id)?;
                all.get(at + 1)
                    .or_else(|| at.checked_sub(1).and_then(|i| all.get(i)))
                    .map(|r| row_id(&r.id))
            });
            state.edit(|doc, _| doc.delete_question(&delete_id));
            notice.say(format!("Deleted: {text}"));
            focus_id_soon(next.unwrap_or_else(|| "bank-heading".to_owned()));
        });
        view! {
            <div class="button-row">
                <ActionButton
                    on_click=move || on_move.run((up_id.clone(), Direction::Up))
                    label=format!("Move up: {short}")
                    id=format!("move-up-{id}")
                    disabled=first
                >
                    "↑"
                </ActionButton>
                <ActionButton
                    on_click=move || on_move.run((down_id.clone(), Direction::Down))
                    label=format!("Move down: {short}")
                    id=format!("move-down-{id}")
                    disabled=last
                >
                    "↓"
                </ActionButton>
                <ActionButton
                    on_click=toggle_favourite
                    label=format!("Favorite: {short}")
                    id=format!("fav-{id}")
                    pressed=favourite
                >
                    {move || if favourite.get() { "★" } else { "☆" }}
                </ActionButton>
                <ActionButton
                    on_click=move || editing.set(Some(edit_id.clone()))
                    label=format!("Edit: {short}")
                    id=edit_button_id(&id)
                >
                    "Edit"
                </ActionButton>
                <ConfirmButton
                    label="Delete"
                    aria_label=format!("Delete: {short}")
                    question="Delete this question from the bank? Talks that already use it keep their own copy and your notes."
                    confirm="Yes, delete it"
                    on_confirm=delete
                />
            </div>
        }
    };
    // Every row is laid out alike at every width: the question, its topic, then its buttons.
    let card = move || {
        let buttons = buttons.clone();
        view! {
            <p class="card-title">{move || text.get()}</p>
            <p class="question-meta">
                <span class="tag">{move || row.with(|r| r.category.label())}</span>
                <Show when=move || favourite.get()>
                    <span class="tag tag-fav">"★ Favorite"</span>
                </Show>
            </p>
            <Show when=move || !state.read_only()>{buttons.clone()}</Show>
        }
    };
    let t_done = row.with_untracked(|r| r.id.clone());
    view! {
        <li class="card question-item" id=row_id(&row.with_untracked(|r| r.id.clone())) on:keydown=on_key>
            <Show when=move || is_editing.get() fallback=card>
                <EditQuestion row=row.get_untracked() done=Callback::new({
                    let t_done = t_done.clone();
                    move |saved: bool| {
                        editing.set(None);
                        if saved {
                            notice.say("Question saved.");
                        }
                        // Back to the Edit button, drawn again in place of the form.
                        focus_id_soon(edit_button_id(&t_done));
                    }
                })/>
            </Show>
        </li>
    }
}

#[component]
fn EditQuestion(row: Row, done: Callback<bool>) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(row.text.clone());
    let category = RwSignal::new(row.category.key().to_owned());
    // Opening another question's form, leaving the page or reloading keeps what was typed here
    // until it is saved or cancelled.
    let draft = Draft::new(format!("question-edit-{}", row.id));
    draft.text("text", text);
    draft.text("category", category);
    let error = RwSignal::new(None::<String>);
    let text_ref = NodeRef::<leptos::html::Textarea>::new();
    // The form opens with its first field in focus.
    focus_soon(text_ref);
    let id = row.id.clone();
    let cancel = {
        let draft = draft.clone();
        Callback::new(move |()| {
            draft.clear();
            done.run(false);
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked().trim().to_owned();
        if value.is_empty() {
            error.set(Some(
                "A question needs some text. To remove it, use Delete.".into(),
            ));
            focus_soon(text_ref);
            return;
        }
        let chosen = Category::from_key(&category.get_untracked()).unwrap_or(Category::Other);
        state.edit(|doc, cx| {
            if let Some(q) = doc.question_mut(&id) {
                q.text = value;
                q.category = chosen;
                q.updated_at = cx.now;
            }
        });
        draft.clear();
        done.run(true);
    };
    view! {
        <form
            class="question-edit"
            on:submit=submit
            novalidate
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    // Escape is Cancel; the row's own Alt+arrow keys are not for the form.
                    ev.stop_propagation();
                    cancel.run(());
                }
            }
        >
            <TextField label="Question" value=text required=true error=error multiline=true rows=2 area_ref=text_ref/>
            <SelectField label="Topic" value=category options=category_options(false)/>
            <p class="field-hint">"Talks that already use this question keep the wording they were asked in."</p>
            <div class="button-row">
                <button type="submit" class="button button-small">"Save question"</button>
                <button type="button" class="button button-quiet button-small" on:click=move |_| cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// A short form of a question for button labels ("Move up: What does…").
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>().trim_end())
    }
}
