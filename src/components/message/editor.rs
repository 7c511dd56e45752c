//! One kind of message for one talk: the fields, the check, and the ways out (copy, email,
//! LinkedIn, phone), held back while gaps remain.

use super::choices::TemplateChoices;
use super::highlights::Highlights;
use super::own_templates::SaveAsTemplate;
use crate::components::buttons::ActionButton;
use crate::components::fields::{TextField, unique_id};
use crate::components::focus::focus_id_soon;
use crate::components::notice::{Notice, NoticeLine};
use crate::domain::draft::message;
use crate::domain::email_check::{LINKEDIN_NOTE_CHARS, check, gaps_in};
use crate::domain::mailto::mailto;
use crate::domain::templates::{Values, first_name};
use crate::domain::{Document, Format, Id, Referrer, TemplateKind, links};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

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
                // Someone named but not in the planner has no address to write to.
                Referrer::Named { .. } | Referrer::NoLongerTracked => None,
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

/// One kind of message for one talk: its template, tone and text, the check, and the ways out.
#[component]
pub(super) fn DraftEditor(talk: Id, kind: TemplateKind) -> impl IntoView {
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
            state.edit_talk(&talk, |t| t.write_draft(kind, subject, body));
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
