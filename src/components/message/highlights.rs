//! The talk's highlights beside a thank-you.

use crate::components::buttons::ActionButton;
use crate::components::fields::unique_id;
use crate::domain::draft::Message;
use crate::domain::templates::{Highlight, highlights};
use crate::domain::{Id, TemplateKind};
use crate::state::use_app;
use leptos::prelude::*;

/// The talk's highlights beside a thank-you, as prompts; one of them becomes a sentence in the
/// note that the student finishes in their own words.
#[component]
pub(super) fn Highlights(
    talk: Id,
    kind: TemplateKind,
    message: Memo<Option<Message>>,
    edited: Memo<bool>,
) -> impl IntoView {
    let state = use_app();
    let found = {
        let talk = talk.clone();
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.interview(&talk).map(highlights).unwrap_or_default())
        })
    };
    let chosen = Memo::new(move |_| message.with(|m| m.as_ref().and_then(|m| m.highlight.clone())));
    let item = move |h: Highlight| {
        let key = h.key.clone();
        let is_chosen = {
            let key = key.clone();
            Signal::derive(move || chosen.with(|c| c.as_deref() == Some(key.as_str())))
        };
        let pick = {
            let talk = talk.clone();
            move || {
                let next = (!is_chosen.get_untracked()).then(|| key.clone());
                state.edit_talk(&talk, |t| {
                    t.choose_highlight(kind, next);
                });
            }
        };
        let offer = move || !edited.get() && !state.read_only();
        let label = format!("Use this: {}", h.about);
        view! {
            <li>
                <p class="strong">{h.about.clone()}</p>
                <p class="muted prewrap">{h.note.clone()}</p>
                <Show when=offer>
                    <div class="button-row">
                        <ActionButton on_click=pick.clone() label=label.clone() pressed=is_chosen>"Use this"</ActionButton>
                    </div>
                </Show>
            </li>
        }
    };
    let heading = unique_id("highlights");
    let labelled_by = heading.clone();
    view! {
        <aside class="card highlights" aria-labelledby=labelled_by>
            <h3 id=heading>"From your talk"</h3>
            <Show
                when=move || found.with(|f| !f.is_empty())
                fallback=|| view! {
                    <p class="muted">"Notes you take during the talk and your debrief show here, to remind you what to thank them for."</p>
                }
            >
                <p class="muted">
                    "Pick one thing that stayed with you. The note gets a sentence about it for you to finish in your own words."
                </p>
                <ul class="card-list">
                    <For each=move || found.get() key=|h| h.key.clone() children=item.clone()/>
                </ul>
            </Show>
        </aside>
    }
}
