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
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    /// The input's `type`: text, email, url, tel, search, date, datetime-local, number.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    #[prop(optional)] rows: Option<u32>,
) -> impl IntoView {
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let has_error = move || error.with(Option::is_some);
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
                bind:value=value
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
                bind:value=value
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}{required.then_some(view! { <span class="field-hint">" (required)"</span> })}</label>
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
) -> impl IntoView {
    let id = unique_id("select");
    let hint_id = format!("{id}-hint");
    let describedby = hint.as_ref().map(|_| hint_id.clone());
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
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="field-hint" id=hint_id>{h}</span> })}
            <select
                id=id
                aria-describedby=describedby
                on:change=move |ev| value.set(event_target_value(&ev))
                prop:value=move || value.get()
            >
                {options}
            </select>
        </div>
    }
}
