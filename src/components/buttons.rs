//! Buttons and button-like links, styled alike on every page.
//!
//! An action button is disabled while a shared planner is open for review (read-only), unless
//! it only reads (printing, exporting, showing more); destructive actions ask first
//! (`confirm::ConfirmButton`).

use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// The classes of a small button: the main action of a group, or a quiet one.
pub fn small_button_class(primary: bool) -> &'static str {
    if primary {
        "button button-small"
    } else {
        "button button-quiet button-small"
    }
}

/// A small button that acts on a record.
#[component]
pub fn ActionButton(
    on_click: impl Fn() + 'static,
    /// The main action of its group.
    #[prop(optional)]
    primary: bool,
    /// The full accessible name when the visible words alone are ambiguous ("Edit" → "Edit Ana").
    #[prop(optional, into)]
    label: Option<String>,
    /// Stays usable on a shared planner opened read-only.
    #[prop(optional)]
    always: bool,
    /// For toggles: rendered as `aria-pressed`.
    #[prop(optional, into)]
    pressed: Option<Signal<bool>>,
    /// Off for a reason of its own (the first item cannot move up), whatever the planner.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// For putting focus back on the button after its list was redrawn.
    #[prop(optional, into)]
    id: Option<String>,
    children: Children,
) -> impl IntoView {
    let state = use_app();
    view! {
        <button
            type="button"
            class=small_button_class(primary)
            id=id
            aria-label=label
            aria-pressed=move || pressed.map(|p| if p.get() { "true" } else { "false" })
            disabled=move || disabled.get() || (!always && state.read_only())
            // The second click of a double click is not a second request: it would add an entry
            // twice, or undo a toggle at once. Keyboard activation counts no clicks (0).
            on:click=move |ev| {
                if ev.detail() <= 1 {
                    on_click();
                }
            }
        >
            {children()}
        </button>
    }
}

/// A link to another page of the app that looks like a small button.
#[component]
pub fn LinkButton(
    /// The full URL, as `app::href` makes it.
    #[prop(into)]
    href: String,
    #[prop(optional)] primary: bool,
    #[prop(optional, into)] label: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <A href=href attr:class=small_button_class(primary) attr:aria-label=label>
            {children()}
        </A>
    }
}
