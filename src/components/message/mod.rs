//! Writing a message for a talk: pick what it is for, a template and a tone, see it filled
//! from the planner's data, change it, check it, then copy it or open it in an email program.
//!
//! The draft is kept with the talk (`domain::draft`): it follows its template, and so "About
//! you" and the person's details, until the user changes the text; from then on it is theirs.

mod choices;
mod editor;
mod highlights;
mod own_templates;

use crate::components::fields::Choice;
use crate::domain::built_in::suggested_kind;
use crate::domain::{Id, TemplateKind};
use crate::state::use_app;
use editor::DraftEditor;
use leptos::prelude::*;

/// A message composer for one talk, offering `kinds` of message ("What to write"), the one
/// the talk most likely needs first.
#[component]
pub fn MessageComposer(talk: Id, kinds: Vec<TemplateKind>) -> impl IntoView {
    let state = use_app();
    let start = state.doc.with_untracked(|d| {
        d.interview(&talk)
            .map(|t| suggested_kind(t, &kinds, state.today.get_untracked()))
            .unwrap_or(kinds[0])
    });
    let kind = RwSignal::new(start);
    let which = (kinds.len() > 1).then(|| {
        let options = kinds
            .iter()
            .map(|k| (k.key().to_owned(), k.label().to_owned()))
            .collect::<Vec<_>>();
        view! {
            <Choice
                label="What to write"
                options
                selected=start.key()
                on_change=Callback::new(move |key: String| {
                    if let Some(k) = TemplateKind::from_key(&key) {
                        kind.set(k);
                    }
                })
            />
        }
    });
    // Each kind of message has its own draft: switching shows the other one, losing nothing.
    view! {
        <div class="composer">
            {which}
            {move || view! { <DraftEditor talk=talk.clone() kind=kind.get()/> }}
        </div>
    }
}
