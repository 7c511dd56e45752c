//! A mentor's comments on a career or a talk: shown beside it, and written while reviewing a
//! shared planner.

use crate::components::fields::TextField;
use crate::components::widgets::{Control, Controls, Line, Lines};
use crate::domain::{Comment, CommentTarget, dates};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Comments(target: CommentTarget) -> impl IntoView {
    let state = use_app();
    let author = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let t_list = target.clone();
    let list = move || {
        let comments: Vec<Comment> = state.doc.with(|d| {
            d.comments
                .iter()
                .filter(|c| c.target == t_list)
                .cloned()
                .collect()
        });
        let reviewing = state.read_only();
        if comments.is_empty() && !reviewing {
            return None;
        }
        let items = comments
            .into_iter()
            .map(|c| {
                let who = if c.author.trim().is_empty() { "Mentor".to_owned() } else { c.author.clone() };
                let id = c.id.clone();
                let remove = Control::confirm(
                    "Remove",
                    format!("Remove the comment by {who}"),
                    "Remove this comment?",
                    "Yes, remove it",
                    move || {
                        state.edit(|d, _| d.comments.retain(|x| x.id != id));
                    },
                );
                view! {
                    <li class="comment">
                        <Lines lines=vec![
                            Line::Strong(format!("{who}, {}", dates::date(c.updated_at.date_naive()))),
                            Line::pre(c.text),
                        ]/>
                        <Controls actions=vec![remove]/>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h3>"Mentor's comments"</h3>
            <ul class="comments">{items}</ul>
        })
    };
    let t_add = target.clone();
    let add = Control::button("Add comment", move || {
        let body = text.get_untracked().trim().to_owned();
        if body.is_empty() {
            error.set(Some("Write your comment first.".into()));
            return;
        }
        error.set(None);
        let who = author.get_untracked().trim().to_owned();
        let target = t_add.clone();
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
    })
    .primary()
    .always();
    let form = move || {
        state.read_only().then(|| {
            let add = add.clone();
            view! {
                <div class="comment-form">
                    <TextField label="Your name (shown with the comment)" value=author always=true/>
                    <TextField label="Comment" value=text multiline=true rows=3 error=error always=true/>
                    <Controls actions=vec![add]/>
                </div>
            }
        })
    };
    view! { <section class="comments-section" aria-label="Comments">{list}{form}</section> }
}
