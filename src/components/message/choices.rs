//! Choosing a template and a tone, or going back to the template once the text is the user's.

use crate::components::confirm::ConfirmButton;
use crate::components::fields::Choice;
use crate::components::focus::focus_id_soon;
use crate::domain::draft::{Message, sources};
use crate::domain::{Id, TemplateKind, Tone};
use crate::state::use_app;
use leptos::prelude::*;

/// Template and tone while the draft follows its template; once the text is the user's own, a
/// way back to the template.
#[component]
pub(super) fn TemplateChoices(
    talk: Id,
    kind: TemplateKind,
    message: Memo<Option<Message>>,
    edited: Memo<bool>,
    template_id: String,
) -> impl IntoView {
    let state = use_app();
    let current = move || message.get_untracked();
    let choose = {
        let talk = talk.clone();
        move |template: String, tone: Tone| {
            state.edit_talk(&talk, |t| {
                t.choose_template(kind, &template, tone);
            });
        }
    };
    let pick_template = {
        let choose = choose.clone();
        Callback::new(move |key: String| {
            let tone = current().map(|m| m.tone).unwrap_or_default();
            choose(key, tone);
        })
    };
    let pick_tone = Callback::new(move |key: String| {
        let template = current().map(|m| m.template).unwrap_or_default();
        choose(template, Tone::from_key(&key).unwrap_or_default());
    });
    let restart = {
        let talk = talk.clone();
        let template_id = template_id.clone();
        Callback::new(move |()| {
            state.edit_talk(&talk, |t| t.restart_draft(kind));
            focus_id_soon(template_id.clone());
        })
    };
    // One of the user's own templates has no tones: the select goes while it is chosen. A
    // memo, so that picking a template shows or hides it without redrawing the template select.
    let own = Memo::new(move |_| {
        message.with(|m| m.as_ref().is_some_and(|m| m.template.starts_with("u:")))
    });
    let tones = Tone::ALL
        .iter()
        .map(|t| (t.key().to_owned(), t.label().to_owned()))
        .collect::<Vec<_>>();
    move || {
        let template = current().map(|m| m.template).unwrap_or_default();
        if edited.get() {
            let name = state.doc.with_untracked(|d| {
                sources(d, kind)
                    .into_iter()
                    .find(|s| s.key() == template)
                    .map(|s| s.name())
                    .unwrap_or_default()
            });
            view! {
                <p class="muted">
                    {format!("Your own text now: it no longer follows the template “{name}”.")}
                </p>
                <div class="button-row">
                    <ConfirmButton
                        label="Start again from the template"
                        aria_label="Start again from the template"
                        question="Replace your text with the template? What you changed is lost."
                        confirm="Yes, start again"
                        on_confirm=restart
                    />
                </div>
            }
            .into_any()
        } else {
            let options = state.doc.with_untracked(|d| {
                sources(d, kind)
                    .iter()
                    .map(|s| (s.key(), s.name()))
                    .collect::<Vec<_>>()
            });
            let tones = tones.clone();
            view! {
                <div class="grid-2">
                    <Choice
                        label="Template"
                        options
                        selected=template
                        on_change=pick_template
                        id=template_id.clone()
                    />
                    <Show when=move || !own.get()>
                        <Choice
                            label="Tone"
                            options=tones.clone()
                            selected=message.with_untracked(|m| {
                                m.as_ref().map(|m| m.tone).unwrap_or_default().key()
                            })
                            on_change=pick_tone
                        />
                    </Show>
                </div>
            }
            .into_any()
        }
    }
}
