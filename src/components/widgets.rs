//! Data-driven building blocks: pages describe what to show (lines of text, links, buttons) and
//! these components render it.
//!
//! Why: every distinct `view!` tree compiles to its own rendering code, and that adds up to
//! most of the WebAssembly size. Describing records as data and rendering them with a handful
//! of shared components keeps the download small however many pages there are; it also keeps
//! cards, buttons and confirmations consistent across the app.

use crate::components::confirm::ConfirmButton;
use leptos::prelude::*;

/// One line of a record's description.
#[derive(Clone)]
pub enum Line {
    Text(String),
    /// Secondary information.
    Muted(String),
    /// User-written text, shown with its line breaks.
    Pre(String),
    /// Text that matters more (a role, a date).
    Strong(String),
    /// "Before [link] after".
    Link {
        before: String,
        text: String,
        href: String,
        after: String,
    },
    /// A list of short labels; `label` names the list for screen readers.
    Tags {
        label: String,
        tags: Vec<String>,
    },
    /// A status with a visible word and a colour class.
    Badge {
        text: String,
        class: String,
    },
    /// A labelled list of links, such as contact details.
    Links {
        label: String,
        links: Vec<(String, String)>,
    },
}

impl Line {
    pub fn text(s: impl Into<String>) -> Self {
        Line::Text(s.into())
    }
    pub fn muted(s: impl Into<String>) -> Self {
        Line::Muted(s.into())
    }
    pub fn pre(s: impl Into<String>) -> Self {
        Line::Pre(s.into())
    }
    pub fn link(
        before: impl Into<String>,
        text: impl Into<String>,
        href: impl Into<String>,
    ) -> Self {
        Line::Link {
            before: before.into(),
            text: text.into(),
            href: href.into(),
            after: String::new(),
        }
    }
}

/// Something the user can do with a record.
#[derive(Clone)]
pub enum Control {
    Link {
        label: String,
        /// The full accessible name when the visible label alone is ambiguous ("Edit" → "Edit Ana").
        aria: Option<String>,
        href: String,
        primary: bool,
    },
    Button {
        label: String,
        aria: Option<String>,
        id: Option<String>,
        primary: bool,
        disabled: bool,
        /// For toggles: rendered as `aria-pressed`.
        pressed: Option<bool>,
        /// Stays usable while a shared planner is open read-only (printing, exporting).
        always: bool,
        on: Callback<()>,
    },
    /// A destructive action that asks once more in place.
    Confirm {
        label: String,
        aria: String,
        question: String,
        confirm: String,
        on: Callback<()>,
    },
}

impl Control {
    pub fn link(label: impl Into<String>, href: impl Into<String>) -> Self {
        Control::Link {
            label: label.into(),
            aria: None,
            href: href.into(),
            primary: false,
        }
    }

    pub fn button(label: impl Into<String>, on: impl Fn() + Send + Sync + 'static) -> Self {
        Control::Button {
            label: label.into(),
            aria: None,
            id: None,
            primary: false,
            disabled: false,
            pressed: None,
            always: false,
            on: Callback::new(move |()| on()),
        }
    }

    pub fn confirm(
        label: impl Into<String>,
        aria: impl Into<String>,
        question: impl Into<String>,
        confirm: impl Into<String>,
        on: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        Control::Confirm {
            label: label.into(),
            aria: aria.into(),
            question: question.into(),
            confirm: confirm.into(),
            on: Callback::new(move |()| on()),
        }
    }

    /// Sets the accessible name.
    pub fn aria(mut self, name: impl Into<String>) -> Self {
        match &mut self {
            Control::Link { aria, .. } | Control::Button { aria, .. } => *aria = Some(name.into()),
            Control::Confirm { aria, .. } => *aria = name.into(),
        }
        self
    }

    /// Marks the main action of a group.
    pub fn primary(mut self) -> Self {
        match &mut self {
            Control::Link { primary, .. } | Control::Button { primary, .. } => *primary = true,
            Control::Confirm { .. } => {}
        }
        self
    }

    pub fn id(mut self, value: impl Into<String>) -> Self {
        if let Control::Button { id, .. } = &mut self {
            *id = Some(value.into());
        }
        self
    }

    pub fn disabled(mut self, value: bool) -> Self {
        if let Control::Button { disabled, .. } = &mut self {
            *disabled = value;
        }
        self
    }

    /// Keeps the button usable on a shared planner opened read-only.
    pub fn always(mut self) -> Self {
        if let Control::Button { always, .. } = &mut self {
            *always = true;
        }
        self
    }

    pub fn pressed(mut self, value: bool) -> Self {
        if let Control::Button { pressed, .. } = &mut self {
            *pressed = Some(value);
        }
        self
    }
}

fn class_for(primary: bool) -> &'static str {
    if primary {
        "button button-small"
    } else {
        "button button-quiet button-small"
    }
}

#[component]
pub fn Lines(lines: Vec<Line>) -> impl IntoView {
    lines
        .into_iter()
        .map(|line| match line {
            Line::Text(t) => view! { <p>{t}</p> }.into_any(),
            Line::Muted(t) => view! { <p class="muted">{t}</p> }.into_any(),
            Line::Pre(t) => view! { <p class="prewrap">{t}</p> }.into_any(),
            Line::Strong(t) => view! { <p class="strong">{t}</p> }.into_any(),
            Line::Link {
                before,
                text,
                href,
                after,
            } => view! { <p>{before}<a href=href>{text}</a>{after}</p> }.into_any(),
            Line::Tags { label, tags } => view! {
                <ul class="tags" aria-label=label>
                    {tags.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
            Line::Badge { text, class } => {
                view! { <p><span class=format!("badge {class}")>{text}</span></p> }.into_any()
            }
            Line::Links { label, links } => view! {
                <ul class="contact" aria-label=label>
                    {links
                        .into_iter()
                        .map(|(text, href)| view! { <li><a href=href>{text}</a></li> })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        })
        .collect_view()
}

#[component]
pub fn Controls(actions: Vec<Control>) -> impl IntoView {
    let state = crate::state::use_app();
    let buttons = actions
        .into_iter()
        .map(|action| match action {
            Control::Link {
                label,
                aria,
                href,
                primary,
            } => view! { <a class=class_for(primary) href=href aria-label=aria>{label}</a> }
                .into_any(),
            Control::Button {
                label,
                aria,
                id,
                primary,
                disabled,
                pressed,
                always,
                on,
            } => view! {
                <button
                    type="button"
                    class=class_for(primary)
                    id=id
                    aria-label=aria
                    aria-pressed=pressed.map(|p| if p { "true" } else { "false" })
                    disabled=move || disabled || (!always && state.read_only())
                    on:click=move |_| on.run(())
                >
                    {label}
                </button>
            }
            .into_any(),
            Control::Confirm {
                label,
                aria,
                question,
                confirm,
                on,
            } => {
                // Destructive actions have no place on a shared planner opened read-only.
                let on_confirm = on;
                (move || {
                    (!state.read_only()).then(|| {
                        view! {
                            <ConfirmButton
                                label=label.clone()
                                aria_label=aria.clone()
                                question=question.clone()
                                confirm=confirm.clone()
                                on_confirm
                            />
                        }
                    })
                })
                .into_any()
            }
        })
        .collect_view();
    view! { <div class="button-row">{buttons}</div> }
}

/// A record in a list: heading, description lines, actions.
#[component]
pub fn Card(
    heading: String,
    #[prop(optional)] id: Option<String>,
    #[prop(optional)] lines: Vec<Line>,
    #[prop(optional)] actions: Vec<Control>,
    #[prop(optional)] class: Option<&'static str>,
    /// Show the heading as a plain bold line rather than a heading (for long lists of short
    /// items, where headings would drown the page's outline).
    #[prop(optional)]
    plain: bool,
    #[prop(optional, into)] on_keydown: Option<Callback<leptos::ev::KeyboardEvent>>,
) -> impl IntoView {
    let title = if plain {
        view! { <p class="card-title">{heading}</p> }.into_any()
    } else {
        view! { <h2>{heading}</h2> }.into_any()
    };
    view! {
        <li
            class=format!("card {}", class.unwrap_or(""))
            id=id
            on:keydown=move |ev| {
                if let Some(cb) = on_keydown {
                    cb.run(ev);
                }
            }
        >
            {title}
            <Lines lines/>
            {(!actions.is_empty()).then(|| view! { <Controls actions/> })}
        </li>
    }
}
