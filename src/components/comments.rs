//! A mentor's comments on a career or a talk: shown beside it, and written while reviewing a
//! shared planner.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::TextField;
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::domain::dates::DateWords;
use crate::domain::{Comment, CommentTarget, Id};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

/// The element id of a comment, for moving focus to it.
fn comment_id(id: &Id) -> String {
    format!("comment-{id}")
}

#[component]
pub fn Comments(target: CommentTarget) -> impl IntoView {
    let state = use_app();
    let author = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let text_ref = NodeRef::<leptos::html::Textarea>::new();
    let t_list = target.clone();
    let add = Callback::new(move |()| {
        let body = text.get_untracked().trim().to_owned();
        if body.is_empty() {
            error.set(Some("Write your comment first.".into()));
            focus_soon(text_ref);
            return;
        }
        error.set(None);
        let who = author.get_untracked().trim().to_owned();
        let target = target.clone();
        state.comment(move |d, cx| {
            let id = cx.new_id("m");
            d.comments.push(Comment {
                id,
                target,
                author: who,
                text: body,
                created_at: cx.now,
                updated_at: cx.now,
            });
        });
        text.set(String::new());
    });
    let comments = Memo::new(move |_| {
        state.doc.with(|d| {
            d.comments
                .iter()
                .filter(|c| c.target == t_list)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // A reviewer sees the heading even before writing the first comment; otherwise the region
    // is there only when it holds a comment (an empty named region is noise to a screen reader).
    let shown = move || state.read_only() || comments.with(|c| !c.is_empty());
    let heading_id = StoredValue::new(crate::components::fields::unique_id("comments"));
    view! {
        <Show when=shown>
            <section class="comments-section" aria-labelledby=heading_id.get_value()>
                <h3 id=heading_id.get_value()>"Mentor's comments"</h3>
                <ul class="comments">
                    <For each=move || comments.get() key=|c| c.id.clone() let:comment>
                        <CommentItem id=comment.id comments heading=heading_id.get_value()/>
                    </For>
                </ul>
                // Drawn only as a shared planner opens or closes: the reviewer's typing survives
                // the document changing.
                <Show when=move || state.read_only()>
                    <div class="comment-form">
                        <TextField label="Your name (shown with the comment)" value=author always=true/>
                        <TextField label="Comment" value=text multiline=true rows=3 error=error always=true area_ref=text_ref/>
                        <div class="button-row">
                            <ActionButton on_click=move || add.run(()) primary=true always=true>
                                "Add comment"
                            </ActionButton>
                        </div>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn CommentItem(id: Id, comments: Memo<Vec<Comment>>, heading: String) -> impl IntoView {
    let state = use_app();
    // A comment can be replaced by a newer copy from a feedback file.
    let comment = Memo::new(move |_| comments.with(|all| all.iter().find(|c| c.id == id).cloned()));
    move || {
        comment.get().map(|c| {
            let who = if c.author.trim().is_empty() {
                "Mentor".to_owned()
            } else {
                c.author.clone()
            };
            let id = c.id.clone();
            let heading = heading.clone();
            let remove = Callback::new(move |()| {
                // Focus goes on to the next comment, or the one before, or the heading.
                let next = comments.with_untracked(|all| {
                    let at = all.iter().position(|x| x.id == id)?;
                    all.get(at + 1)
                        .or_else(|| at.checked_sub(1).and_then(|i| all.get(i)))
                        .map(|x| comment_id(&x.id))
                });
                state.edit(|d, _| d.comments.retain(|x| x.id != id));
                focus_id_soon(next.unwrap_or_else(|| heading.clone()));
            });
            view! {
                <li class="comment" id=comment_id(&c.id)>
                    <p class="strong">{format!("{who}, {}", Local.date(c.updated_at.date_naive()))}</p>
                    <p class="prewrap">{c.text}</p>
                    <div class="button-row">
                        <ConfirmButton
                            label="Remove"
                            aria_label=format!("Remove the comment by {who}")
                            question="Remove this comment?"
                            confirm="Yes, remove it"
                            on_confirm=remove
                        />
                    </div>
                </li>
            }
        })
    }
}
