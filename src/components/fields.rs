//! Labelled form fields. Each input has a visible label tied to it, an optional hint, and an
//! inline error that is announced and linked with `aria-describedby`.

use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A document-unique id for tying labels, hints and errors to their inputs.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

fn described_by(
    hint: &Option<String>,
    hint_id: &str,
    error_id: &str,
    has_error: bool,
) -> Option<String> {
    let mut ids = Vec::new();
    if hint.is_some() {
        ids.push(hint_id);
    }
    if has_error {
        ids.push(error_id);
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
pub fn TextField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional, into)] hint: Option<String>,
    /// The field's error, shown under it and linked to it. Typing in the field clears it, so
    /// the field is not announced as invalid once the user is correcting it; the form checks
    /// again on the next submit.
    #[prop(optional)]
    error: Option<RwSignal<Option<String>>>,
    /// Set on the input, so a form can move focus to it (its first field, or the invalid one).
    #[prop(optional)]
    node_ref: Option<NodeRef<leptos::html::Input>>,
    /// The same for a multi-line field.
    #[prop(optional)]
    area_ref: Option<NodeRef<leptos::html::Textarea>>,
    /// The input's `type`: text, email, url, tel, search, date, datetime-local, number.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    #[prop(optional)] rows: Option<u32>,
    /// Stays editable while a shared planner is open read-only (the comment form).
    #[prop(optional)]
    always: bool,
    /// Told what the user typed (not what the page sets), as the field's new value.
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let state = crate::state::use_app();
    let locked = move || !always && state.read_only();
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| RwSignal::new(None));
    let has_error = move || error.with(Option::is_some);
    let clear_error = move |ev: leptos::ev::Event| {
        if error.with_untracked(Option::is_some) {
            error.set(None);
        }
        if let Some(typed) = on_input {
            typed.run(event_target_value(&ev));
        }
    };
    let node_ref = node_ref.unwrap_or_default();
    let area_ref = area_ref.unwrap_or_default();
    let describedby = {
        let (hint, hint_id, error_id) = (hint.clone(), hint_id.clone(), error_id.clone());
        move || described_by(&hint, &hint_id, &error_id, has_error())
    };
    let invalid = move || has_error().then_some("true");
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows=rows.unwrap_or(4)
                aria-describedby=describedby
                aria-invalid=invalid
                required=required
                disabled=locked
                bind:value=value
                on:input=clear_error
                node_ref=area_ref
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=kind
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=invalid
                required=required
                disabled=locked
                bind:value=value
                on:input=clear_error
                node_ref=node_ref
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <span class="field-label"><label for=id>{label}</label>{required.then_some(view! { <span class="field-hint" aria-hidden="true">" (required)"</span> })}</span>
            {hint.map(|h| view! { <span class="field-hint" id=hint_id>{h}</span> })}
            {control}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

#[component]
pub fn Checkbox(
    #[prop(into)] label: String,
    checked: RwSignal<bool>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = unique_id("check");
    view! {
        <div class="check">
            <input type="checkbox" id=id.clone() bind:checked=checked/>
            <label for=id>
                {label}
                {hint.map(|h| view! { <span class="field-hint">" " {h}</span> })}
            </label>
        </div>
    }
}

#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    /// (value, visible text) pairs.
    options: Vec<(String, String)>,
    #[prop(optional, into)] hint: Option<String>,
    /// The field's error, shown under it and linked to it; a new choice clears it.
    #[prop(optional)]
    error: Option<RwSignal<Option<String>>>,
    /// Set on the select, so a form can move focus to it.
    #[prop(optional)]
    node_ref: Option<NodeRef<leptos::html::Select>>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let id = unique_id("select");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| RwSignal::new(None));
    let has_error = move || error.with(Option::is_some);
    let describedby = {
        let (hint, hint_id, error_id) = (hint.clone(), hint_id.clone(), error_id.clone());
        move || described_by(&hint, &hint_id, &error_id, has_error())
    };
    let node_ref = node_ref.unwrap_or_default();
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let selected = {
                let v = v.clone();
                move || value.with(|current| *current == v)
            };
            view! { <option value=v selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            {if required {
                view! {
                    <span class="field-label">
                        <label for=id.clone()>{label}</label>
                        <span class="field-hint" aria-hidden="true">" (required)"</span>
                    </span>
                }
                .into_any()
            } else {
                view! { <label for=id.clone()>{label}</label> }.into_any()
            }}
            {hint.map(|h| view! { <span class="field-hint" id=hint_id>{h}</span> })}
            <select
                id=id
                aria-describedby=describedby
                aria-invalid=move || has_error().then_some("true")
                required=required
                node_ref=node_ref
                on:change=move |ev| {
                    value.set(event_target_value(&ev));
                    if error.with_untracked(Option::is_some) {
                        error.set(None);
                    }
                }
                prop:value=move || value.get()
            >
                {options}
            </select>
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

/// A text box that writes every keystroke straight to the planner (no Save button): for notes
/// taken during a talk, where losing a sentence is the worst thing that can happen. It is not
/// re-rendered from the data while the user types, so the cursor never jumps.
#[component]
pub fn NotesBox(
    #[prop(into)] label: String,
    initial: String,
    on_input: Callback<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] rows: Option<u32>,
    /// A one-line input instead of a text area.
    #[prop(optional)]
    single_line: bool,
) -> impl IntoView {
    let id = unique_id("notes");
    let hint_id = format!("{id}-hint");
    let describedby = hint.as_ref().map(|_| hint_id.clone());
    let handler = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let state = crate::state::use_app();
    let locked = move || state.read_only();
    let control = if single_line {
        view! { <input type="text" id=id.clone() aria-describedby=describedby prop:value=initial disabled=locked on:input=handler/> }
            .into_any()
    } else {
        view! {
            <textarea id=id.clone() rows=rows.unwrap_or(4) aria-describedby=describedby prop:value=initial disabled=locked on:input=handler></textarea>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <span class="field-hint" id=hint_id>{h}</span> })}
            {control}
        </div>
    }
}

/// A checkbox that saves as soon as it is ticked.
#[component]
pub fn CheckItem(
    #[prop(into)] label: String,
    checked: bool,
    on_change: Callback<bool>,
    /// Stays usable while a shared planner is open read-only (choosing a sheet's questions).
    #[prop(optional)]
    always: bool,
) -> impl IntoView {
    let state = crate::state::use_app();
    let id = unique_id("item");
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                disabled=move || !always && state.read_only()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// A drop-down that saves as soon as the choice changes.
#[component]
pub fn Choice(
    #[prop(into)] label: String,
    /// (value, visible text) pairs.
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    on_change: Callback<String>,
    #[prop(optional, into)] hint: Option<String>,
    /// The select's id, for moving focus to it; a unique one otherwise.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| unique_id("choice"));
    let hint_id = format!("{id}-hint");
    let describedby = hint.as_ref().map(|_| hint_id.clone());
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let is = v == selected;
            view! { <option value=v selected=is>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="field-hint" id=hint_id>{h}</span> })}
            <select id=id aria-describedby=describedby on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}
