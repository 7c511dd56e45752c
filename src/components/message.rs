//! Writing a message from a template: pick one, see it filled from the planner's data, edit it,
//! check it, copy it. Used for first emails, phone scripts, introductions and thank-you notes.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::{Choice, TextField};
use crate::components::notice::Notice;
use crate::domain::email_check::check;
use crate::domain::templates::{BUILT_IN, PLACEHOLDERS, Values, fill, generalise};
use crate::domain::{Id, Template, TemplateKind};
use crate::state::use_app;
use leptos::prelude::*;

/// A template the user can pick: built-in ones are keyed "b:<key>", their own "u:<id>".
#[derive(Clone)]
struct TemplateChoice {
    key: String,
    name: String,
    kind: TemplateKind,
    subject: String,
    body: String,
}

fn options(templates: &[Template], kinds: &[TemplateKind]) -> Vec<TemplateChoice> {
    let mut out: Vec<TemplateChoice> = BUILT_IN
        .iter()
        .filter(|t| kinds.contains(&t.kind))
        .map(|t| TemplateChoice {
            key: format!("b:{}", t.key),
            name: t.name.to_owned(),
            kind: t.kind,
            subject: t.subject.to_owned(),
            body: t.body.to_owned(),
        })
        .collect();
    out.extend(
        templates
            .iter()
            .filter(|t| kinds.contains(&t.kind))
            .map(|t| TemplateChoice {
                key: format!("u:{}", t.id),
                name: format!("{} (mine)", t.name),
                kind: t.kind,
                subject: t.subject.clone(),
                body: t.body.clone(),
            }),
    );
    out
}

#[component]
pub fn MessageComposer(
    talk: Id,
    /// Which kinds of template to offer, most likely first.
    kinds: Vec<TemplateKind>,
    /// The template to start with, e.g. "b:email-referral".
    #[prop(into)]
    preferred: String,
    notice: Notice,
) -> impl IntoView {
    let state = use_app();
    let values = {
        let talk = talk.clone();
        // Most saves leave this talk's values as they were; the checks below then stay as drawn.
        Memo::new(move |_| state.doc.with(|d| Values::for_interview(d, &talk)))
    };
    let all = state.doc.with_untracked(|d| options(&d.templates, &kinds));
    let start = all
        .iter()
        .find(|o| o.key == preferred)
        .or(all.first())
        .cloned();
    let chosen = RwSignal::new(start.clone());
    let filled = move |text: &str| fill(text, &values.get_untracked());
    let subject = RwSignal::new(
        start
            .as_ref()
            .map(|o| filled(&o.subject).text)
            .unwrap_or_default(),
    );
    let body = RwSignal::new(
        start
            .as_ref()
            .map(|o| filled(&o.body).text)
            .unwrap_or_default(),
    );
    let missing = move || {
        chosen.with(|c| {
            c.as_ref()
                .map(|o| {
                    let v = values.get();
                    let mut m = fill(&o.subject, &v).missing;
                    for k in fill(&o.body, &v).missing {
                        if !m.contains(&k) {
                            m.push(k);
                        }
                    }
                    m
                })
                .unwrap_or_default()
        })
    };
    let pick = {
        let all = all.clone();
        Callback::new(move |key: String| {
            let option = all.iter().find(|o| o.key == key).cloned();
            if let Some(o) = &option {
                subject.set(filled(&o.subject).text);
                body.set(filled(&o.body).text);
            }
            chosen.set(option);
        })
    };
    let copy = move || {
        let text = match subject.get_untracked().trim() {
            "" => body.get_untracked(),
            s => format!("Subject: {s}\n\n{}", body.get_untracked()),
        };
        leptos::task::spawn_local(async move {
            if crate::browser::copy_text(&text).await {
                notice.say("Copied. Paste it into your email or notes.");
            } else {
                notice.say(
                    "The browser did not allow copying. Select the text and copy it yourself.",
                );
            }
        });
    };
    let template_name = RwSignal::new(String::new());
    let save_error = RwSignal::new(None::<String>);
    let save_template = move || {
        let name = template_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            save_error.set(Some("Give your template a name first.".into()));
            return;
        }
        save_error.set(None);
        let kind = chosen
            .get_untracked()
            .map_or(TemplateKind::FirstEmail, |o| o.kind);
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
                name: name.clone(),
                subject: subject_text,
                body: body_text,
                created_at: cx.now,
                updated_at: cx.now,
            });
        });
        template_name.set(String::new());
        notice.say(format!("Saved “{name}”. It is now in the template list."));
    };
    let is_email = move || {
        chosen.with(|c| {
            c.as_ref()
                .is_some_and(|o| matches!(o.kind, TemplateKind::FirstEmail))
        })
    };
    let findings = move || {
        is_email().then(|| {
            let report = check(&body.get(), &values.get());
            let verdict = report.findings.is_empty().then(|| {
                view! { <p>"Short, connected, asks for advice and ends with a question: good."</p> }
            });
            let findings = report
                .findings
                .iter()
                .map(|f| view! { <p>{f.message()}</p> })
                .collect_view();
            view! {
                <p class="muted">{format!("{} words in the message body.", report.words)}</p>
                {verdict}
                {findings}
            }
        })
    };
    let select_options: Vec<(String, String)> = all
        .iter()
        .map(|o| (o.key.clone(), o.name.clone()))
        .collect();
    let placeholder_help = PLACEHOLDERS
        .iter()
        .map(|(p, meaning)| format!("{p} {meaning}"))
        .collect::<Vec<_>>()
        .join(" · ");

    view! {
        <div class="composer">
            <Choice
                label="Template"
                options=select_options
                selected=start.map(|o| o.key).unwrap_or_default()
                on_change=pick
            />
            {move || {
                let m = missing();
                (!m.is_empty()).then(|| view! {
                    <p class="alert alert-warn">
                        {format!(
                            "Not known yet: {}. Fill the gaps marked [like this] below, or add the details to the person or to “About you”.",
                            m.iter().map(|k| k.replace('_', " ")).collect::<Vec<_>>().join(", ")
                        )}
                    </p>
                })
            }}
            <TextField label="Subject" value=subject/>
            <TextField label="Message" value=body multiline=true rows=12/>
            <section class="checker" aria-live="polite" aria-label="Email check">
                {findings}
            </section>
            <div class="button-row">
                <ActionButton on_click=copy primary=true always=true>"Copy message"</ActionButton>
            </div>
            <details class="save-template">
                <summary>"Keep this text as your own template"</summary>
                <p class="field-hint">"Placeholders you can use: " {placeholder_help}</p>
                <p class="field-hint">"Names and details of this talk are turned back into placeholders when you save."</p>
                <TextField label="Template name" value=template_name error=save_error/>
                <div class="button-row">
                    <ActionButton on_click=save_template>"Save as my template"</ActionButton>
                </div>
                <MyTemplates notice/>
            </details>
        </div>
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
    view! {
        <Show when=move || mine.with(|m| !m.is_empty())>
            <h4>"Your templates"</h4>
            // Keyed by what a button shows, so a save elsewhere leaves an open "Delete?" question
            // alone, and a template an import renamed still gets its new name.
            <div class="button-row">
                <For each=move || mine.get() key=MyTemplate::clone let:template>
                    <DeleteTemplate template notice/>
                </For>
            </div>
        </Show>
    }
}

#[component]
fn DeleteTemplate(template: MyTemplate, notice: Notice) -> impl IntoView {
    let state = use_app();
    let MyTemplate { id, name, kind } = template;
    let label = format!("Delete “{name}” ({})", kind.label());
    let question = format!("Delete your template “{name}”?");
    let delete = Callback::new(move |()| {
        state.edit(|doc, _| doc.templates.retain(|t| t.id != id));
        notice.say(format!("Deleted the template “{name}”."));
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
