//! The user's own templates: keeping a message as one, and deleting them.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::{TextField, unique_id};
use crate::components::focus::{focus_id_soon, focus_soon};
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::templates::{PLACEHOLDERS, Values, generalise};
use crate::domain::{Id, Template, TemplateKind};
use crate::state::use_app;
use leptos::prelude::*;

/// Keeping the current text as one of the user's own templates, and deleting them.
#[component]
pub(super) fn SaveAsTemplate(
    kind: TemplateKind,
    subject: RwSignal<String>,
    body: RwSignal<String>,
    values: Memo<Values>,
) -> impl IntoView {
    let state = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let notice = Notice::new();
    let form = crate::components::draft::Draft::new(format!("template-name.{}", kind.key()));
    form.text("name", name);
    let save = move || {
        let title = name.get_untracked().trim().to_owned();
        if title.is_empty() {
            error.set(Some("Give your template a name first.".into()));
            focus_soon(field);
            return;
        }
        error.set(None);
        // Store placeholders, not this person's details, so the template fits the next talk.
        let v = values.get_untracked();
        let (subject_text, body_text) = (
            generalise(&subject.get_untracked(), &v),
            generalise(&body.get_untracked(), &v),
        );
        state.edit(|doc, cx| {
            let id = cx.new_id("t");
            doc.templates.push(Template {
                id,
                kind,
                name: title.clone(),
                subject: subject_text,
                body: body_text,
                created_at: cx.now,
                updated_at: cx.now,
            });
        });
        name.set(String::new());
        form.clear();
        notice.say(format!("Saved “{title}”. It is now in the template list."));
    };
    let placeholder_help = PLACEHOLDERS
        .iter()
        .map(|p| format!("{{{}}} {}", p.key, p.meaning))
        .collect::<Vec<_>>()
        .join(" · ");
    move || {
        (!state.read_only()).then(|| {
            view! {
                <details class="save-template">
                    <summary>"Keep this text as your own template"</summary>
                    <p class="field-hint">"Placeholders you can use: " {placeholder_help.clone()}</p>
                    <p class="field-hint">"Names and details of this talk are turned back into placeholders when you save."</p>
                    <TextField label="Template name" value=name error=error node_ref=field/>
                    <div class="button-row">
                        <ActionButton on_click=save.clone()>"Save as my template"</ActionButton>
                    </div>
                    <NoticeLine notice/>
                    <MyTemplates notice/>
                </details>
            }
        })
    }
}

/// What the list of the user's own templates shows of one.
#[derive(Clone, PartialEq, Eq, Hash)]
struct MyTemplate {
    id: Id,
    name: String,
    kind: TemplateKind,
}

/// The user's own templates, with a way to delete them.
#[component]
fn MyTemplates(notice: Notice) -> impl IntoView {
    let state = use_app();
    let mine = Memo::new(move |_| {
        state.doc.with(|d| {
            d.templates
                .iter()
                .map(|t| MyTemplate {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    kind: t.kind,
                })
                .collect::<Vec<_>>()
        })
    });
    let heading_id = unique_id("my-templates");
    let item = {
        let heading = heading_id.clone();
        move |template: MyTemplate| {
            view! { <DeleteTemplate template notice heading=heading.clone()/> }
        }
    };
    view! {
        <Show when=move || mine.with(|m| !m.is_empty())>
            <h4 id=heading_id.clone()>"Your templates"</h4>
            // Keyed by what a button shows, so a save elsewhere leaves an open "Delete?" question
            // alone, and a template an import renamed still gets its new name.
            <div class="button-row">
                <For each=move || mine.get() key=MyTemplate::clone children=item.clone()/>
            </div>
        </Show>
    }
}

#[component]
fn DeleteTemplate(template: MyTemplate, notice: Notice, heading: String) -> impl IntoView {
    let state = use_app();
    let MyTemplate { id, name, kind } = template;
    let label = format!("Delete “{name}” ({})", kind.label());
    let question = format!("Delete your template “{name}”?");
    let delete = Callback::new(move |()| {
        state.edit(|doc, _| doc.templates.retain(|t| t.id != id));
        notice.say(format!("Deleted the template “{name}”."));
        // The button is gone; the list's heading is where the user goes on from.
        focus_id_soon(heading.clone());
    });
    view! {
        <ConfirmButton
            label=label.clone()
            aria_label=label
            question
            confirm="Yes, delete it"
            on_confirm=delete
        />
    }
}
