//! Writing a message for a talk: pick what it is for, a template and a tone, see it filled
//! from the planner's data, change it, check it, then copy it or open it in an email program.
//!
//! The draft is kept with the talk (`domain::draft`): it follows its template, and so "About
//! you" and the person's details, until the user changes the text; from then on it is theirs.

use crate::components::buttons::ActionButton;
use crate::components::confirm::ConfirmButton;
use crate::components::fields::{Choice, TextField, unique_id};
use crate::components::focus::focus_id_soon;
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::built_in::suggested_kind;
use crate::domain::draft::{Message, message, sources};
use crate::domain::email_check::{LINKEDIN_NOTE_CHARS, check, gaps};
use crate::domain::mailto::mailto;
use crate::domain::templates::{PLACEHOLDERS, Values, first_name, generalise, highlights};
use crate::domain::{
    Document, Format, Id, Interview, Referrer, Template, TemplateKind, Tone, links,
};
use crate::format::Local;
use crate::state::{AppState, use_app};
use leptos::prelude::*;

/// Changes one talk.
fn edit_talk(state: AppState, talk: &Id, f: impl FnOnce(&mut Interview)) {
    state.edit(|doc, cx| {
        if let Some(t) = doc.interview_mut(talk) {
            f(t);
            t.updated_at = cx.now;
        }
    });
}

/// A message composer for one talk, offering `kinds` of message ("Which message"), the one
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

/// Which way a message is about to leave, held back by a warning about gaps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hand {
    Copy,
    Email,
}

/// Who receives a message: the person, or for an introduction, who suggested them.
#[derive(Clone, PartialEq, Default)]
struct Recipient {
    name: String,
    email: String,
    phone: String,
    profile: Option<String>,
}

fn recipient(doc: &Document, talk: &Id, kind: TemplateKind) -> Recipient {
    let person = doc.interview(talk).and_then(|t| doc.person(&t.person));
    let person = if kind == TemplateKind::IntroRequest {
        person
            .and_then(|p| p.referred_by.as_ref())
            .and_then(|r| match &r.referrer {
                Referrer::Person { id } => doc.person(id),
                Referrer::NoLongerTracked => None,
            })
    } else {
        person
    };
    person
        .map(|p| Recipient {
            name: p.name.clone(),
            email: p.email.trim().to_owned(),
            phone: p.phone.clone(),
            profile: links::profile_href(&p.profile_url),
        })
        .unwrap_or_default()
}

/// The gaps left in a subject and message, each once.
fn gaps_in(subject: &str, body: &str) -> Vec<String> {
    let mut all = gaps(subject);
    for gap in gaps(body) {
        if !all.contains(&gap) {
            all.push(gap);
        }
    }
    all
}

/// One kind of message for one talk: its template, tone and text, the check, and the ways out.
#[component]
fn DraftEditor(talk: Id, kind: TemplateKind) -> impl IntoView {
    let state = use_app();
    let format = kind.format();
    let message = {
        let talk = talk.clone();
        Memo::new(move |_| {
            let today = state.today.get();
            state.doc.with(|d| message(d, &talk, kind, today, &Local))
        })
    };
    let values = {
        let talk = talk.clone();
        Memo::new(move |_| {
            let highlight = message.with(|m| m.as_ref().and_then(|m| m.highlight.clone()));
            state
                .doc
                .with(|d| Values::for_interview(d, &talk, &Local, highlight.as_deref()))
        })
    };
    let to = {
        let talk = talk.clone();
        Memo::new(move |_| state.doc.with(|d| recipient(d, &talk, kind)))
    };
    let edited = Memo::new(move |_| message.with(|m| m.as_ref().is_some_and(|m| m.edited)));
    let first = message.get_untracked();
    let subject = RwSignal::new(
        first
            .as_ref()
            .map(|m| m.subject.clone())
            .unwrap_or_default(),
    );
    let body = RwSignal::new(first.as_ref().map(|m| m.body.clone()).unwrap_or_default());
    // While the draft follows its template, what the planner knows flows into the fields
    // ("About you" typed above fills the gaps); once the user changed the text, it stays theirs.
    Effect::new(move |_| {
        let Some(m) = message.get() else { return };
        if m.edited {
            return;
        }
        if subject.get_untracked() != m.subject {
            subject.set(m.subject);
        }
        if body.get_untracked() != m.body {
            body.set(m.body);
        }
    });
    // The user typed: the draft is theirs from now on. The typed value comes with the event,
    // so the other field is the only one read from its signal.
    let write = {
        let talk = talk.clone();
        move |subject: String, body: String| {
            edit_talk(state, &talk, |t| t.write_draft(kind, subject, body));
        }
    };
    let typed_subject = {
        let write = write.clone();
        Callback::new(move |text: String| write(text, body.get_untracked()))
    };
    let typed_body = Callback::new(move |text: String| write(subject.get_untracked(), text));

    let ids = unique_id("draft");
    let template_id = format!("{ids}-template");
    let notice = Notice::new();
    let warning = RwSignal::new(None::<Hand>);
    let refused = RwSignal::new(None::<String>);
    let copy_id = format!("{ids}-copy");
    let email_id = format!("{ids}-email");
    let current_gaps = move || subject.with(|s| body.with(|b| gaps_in(s, b)));
    let text_to_copy = move || {
        let b = body.get_untracked();
        match subject.get_untracked().trim() {
            "" => b,
            s if format == Format::Email => format!("Subject: {s}\n\n{b}"),
            _ => b,
        }
    };
    let do_copy = {
        let copy_id = copy_id.clone();
        move || {
            warning.set(None);
            refused.set(None);
            let text = text_to_copy();
            let copy_id = copy_id.clone();
            leptos::task::spawn_local(async move {
                if crate::browser::copy_text(&text).await {
                    notice.say("Copied. Paste it into your email, message or notes.");
                    focus_id_soon(copy_id);
                } else {
                    notice.0.set(None);
                    refused.set(Some(text));
                }
            });
        }
    };
    let copy = {
        let do_copy = do_copy.clone();
        move || {
            if current_gaps().is_empty() {
                do_copy();
            } else {
                notice.0.set(None);
                warning.set(Some(Hand::Copy));
            }
        }
    };
    let href = Memo::new(move |_| {
        let address = to.with(|r| r.email.clone());
        subject.with(|s| body.with(|b| mailto(&address, s, b)))
    });
    let open_email = move |ev: leptos::ev::MouseEvent| {
        if !current_gaps().is_empty() {
            ev.prevent_default();
            notice.0.set(None);
            warning.set(Some(Hand::Email));
        }
    };

    let choices = {
        let talk = talk.clone();
        let template_id = template_id.clone();
        move || {
            (!state.read_only()).then(|| {
                view! {
                    <TemplateChoices
                        talk=talk.clone()
                        kind
                        message
                        edited
                        template_id=template_id.clone()
                    />
                }
            })
        }
    };
    let fields = {
        let count = move || {
            let chars = body.with(|b| b.trim().chars().count());
            let over = chars > LINKEDIN_NOTE_CHARS;
            view! {
                <p class=if over { "field-hint count count-over" } else { "field-hint count" }>
                    {format!("{chars} of {LINKEDIN_NOTE_CHARS} characters")}
                    {over.then_some(" (too long for a connection note)")}
                </p>
            }
        };
        view! {
            {(format == Format::Email).then(|| view! {
                <TextField label="Subject" value=subject on_input=typed_subject/>
            })}
            <TextField
                label=if format == Format::Spoken { "What to say" } else { "Message" }
                value=body
                multiline=true
                rows=if format == Format::Email { 12 } else { 7 }
                on_input=typed_body
            />
            {(format == Format::LinkedInNote).then_some(count)}
        }
    };
    let report = move || {
        let report = subject.with(|s| body.with(|b| check(s, b, kind, &values.get())));
        let size = match format {
            Format::LinkedInNote => {
                format!("{} of {LINKEDIN_NOTE_CHARS} characters.", report.chars)
            }
            _ => format!("{} words in the message body.", report.words),
        };
        let verdict = report.verdict(kind).map(|v| view! { <p>{v}</p> });
        let findings = report
            .findings
            .iter()
            .map(|f| view! { <p>{f.message()}</p> })
            .collect_view();
        view! {
            <p class="muted">{size}</p>
            {verdict}
            {findings}
        }
    };
    let check_name = match format {
        Format::Email => "Email check",
        Format::LinkedInNote => "Message check",
        Format::Spoken => "Script check",
    };
    let way_out = {
        let email_id = email_id.clone();
        move || {
            let r = to.get();
            match format {
                Format::Email => view! {
                    <a
                        class="button button-quiet button-small"
                        id=email_id.clone()
                        href=move || href.get()
                        on:click=open_email
                    >
                        "Open in my email app"
                    </a>
                }
                .into_any(),
                Format::LinkedInNote => r
                    .profile
                    .map(|url| {
                        view! {
                            <a class="button button-quiet button-small" href=url target="_blank" rel="noopener noreferrer">
                                {format!("Open {}’s LinkedIn profile", first_name(&r.name))}
                            </a>
                        }
                    })
                    .into_any(),
                Format::Spoken => links::tel_href(&r.phone)
                    .map(|tel| {
                        view! {
                            <a class="button button-quiet button-small" href=tel>
                                {format!("Call {}", r.phone.trim())}
                            </a>
                        }
                    })
                    .into_any(),
            }
        }
    };
    let addressed = move || {
        (format == Format::Email).then(|| {
            let r = to.get();
            if r.email.is_empty() || !links::is_email(&r.email) {
                let who = if r.name.is_empty() { "them".to_owned() } else { r.name };
                view! {
                    <p class="field-hint">
                        {format!("No email address for {who} yet: add it on their page, or type it in your email app.")}
                    </p>
                }
                .into_any()
            } else {
                view! { <p class="muted">{format!("To: {} <{}>", r.name, r.email)}</p> }.into_any()
            }
        })
    };
    let gap_warning = {
        let do_copy = do_copy.clone();
        let (copy_id, email_id) = (copy_id.clone(), email_id.clone());
        move || {
            let hand = warning.get()?;
            let missing = current_gaps();
            if missing.is_empty() {
                return None;
            }
            let trigger = match hand {
                Hand::Copy => copy_id.clone(),
                Hand::Email => email_id.clone(),
            };
            let dismiss = {
                let trigger = trigger.clone();
                move || {
                    warning.set(None);
                    focus_id_soon(trigger.clone());
                }
            };
            let go_on = match hand {
                Hand::Copy => {
                    let do_copy = do_copy.clone();
                    view! {
                        <ActionButton on_click=move || do_copy() always=true>"Copy it anyway"</ActionButton>
                    }
                    .into_any()
                }
                Hand::Email => {
                    let dismiss = dismiss.clone();
                    view! {
                        <a class="button button-quiet button-small" href=move || href.get() on:click=move |_| dismiss()>
                            "Open it anyway"
                        </a>
                    }
                    .into_any()
                }
            };
            let action = match hand {
                Hand::Copy => "copy it",
                Hand::Email => "open it",
            };
            Some(view! {
                <div
                    class="alert alert-warn"
                    role="alert"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            dismiss();
                        }
                    }
                >
                    <p>
                        {format!(
                            "Still to fill in: {}. Replace each gap marked [like this] first, or {action} as it is.",
                            missing.join(", ")
                        )}
                    </p>
                    <div class="button-row">{go_on}</div>
                </div>
            })
        }
    };
    let copy_by_hand = move || {
        refused.get().map(|text| {
            let area = NodeRef::<leptos::html::Textarea>::new();
            request_animation_frame(move || {
                if let Some(el) = area.get_untracked() {
                    let _ = el.focus();
                    el.select();
                }
            });
            let id = unique_id("copy-by-hand");
            view! {
                <div class="alert alert-warn" role="alert">
                    <p>
                        "The browser did not let the planner copy. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it."
                    </p>
                    <div class="field">
                        <label for=id.clone()>"Text to copy"</label>
                        <textarea id=id readonly rows=8 node_ref=area prop:value=text></textarea>
                    </div>
                </div>
            }
        })
    };
    let copy_label = if format == Format::Spoken {
        "Copy the script"
    } else {
        "Copy message"
    };

    view! {
        {choices}
        {addressed}
        {if kind == TemplateKind::ThankYou {
            // The talk's highlights beside the note, as prompts while writing it.
            view! {
                <div class="grid-2">
                    <div>{fields}</div>
                    <Highlights talk=talk.clone() kind message edited/>
                </div>
            }
            .into_any()
        } else {
            fields.into_any()
        }}
        <section class="checker" aria-label=check_name>{report}</section>
        <div class="button-row">
            <ActionButton on_click=copy primary=true always=true id=copy_id>{copy_label}</ActionButton>
            {way_out}
        </div>
        {gap_warning}
        {copy_by_hand}
        <NoticeLine notice/>
        <SaveAsTemplate kind subject body values/>
    }
}

/// Template and tone while the draft follows its template; once the text is the user's own, a
/// way back to the template.
#[component]
fn TemplateChoices(
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
            edit_talk(state, &talk, |t| {
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
            edit_talk(state, &talk, |t| t.restart_draft(kind));
            focus_id_soon(template_id.clone());
        })
    };
    let tones = Tone::ALL
        .iter()
        .map(|t| (t.key().to_owned(), t.label().to_owned()))
        .collect::<Vec<_>>();
    move || {
        let m = current();
        let (template, tone) = m
            .as_ref()
            .map(|m| (m.template.clone(), m.tone))
            .unwrap_or_default();
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
            let (options, own) = state.doc.with_untracked(|d| {
                let all = sources(d, kind);
                let own = all
                    .iter()
                    .any(|s| s.key().starts_with("u:") && s.key() == template);
                (
                    all.iter().map(|s| (s.key(), s.name())).collect::<Vec<_>>(),
                    own,
                )
            });
            view! {
                <div class="grid-2">
                    <Choice
                        label="Template"
                        options
                        selected=template
                        on_change=pick_template
                        id=template_id.clone()
                    />
                    {(!own).then(|| view! {
                        <Choice
                            label="Tone"
                            options=tones.clone()
                            selected=tone.key()
                            on_change=pick_tone
                        />
                    })}
                </div>
            }
            .into_any()
        }
    }
}

/// The talk's highlights beside a thank-you, as prompts; one of them becomes a sentence in the
/// note that the student finishes in their own words.
#[component]
fn Highlights(
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
    let item = move |h: crate::domain::templates::Highlight| {
        let key = h.key.clone();
        let is_chosen = {
            let key = key.clone();
            Signal::derive(move || chosen.with(|c| c.as_deref() == Some(key.as_str())))
        };
        let pick = {
            let talk = talk.clone();
            move || {
                let next = (!is_chosen.get_untracked()).then(|| key.clone());
                edit_talk(state, &talk, |t| {
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

/// Keeping the current text as one of the user's own templates, and deleting them.
#[component]
fn SaveAsTemplate(
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
            crate::components::focus::focus_soon(field);
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
