//! A file chosen with the file picker or dropped onto its box: the import of a planner and the
//! import of LinkedIn connections take files the same way.

use crate::domain::import::{ImportError, check_file_size};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first file of a change event on a file input, with the input cleared so that choosing
/// the same file again (after fixing it) fires another change.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, ImportError> {
    check_file_size(file.size() as u64)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::whole("The browser could not read the file."))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A labelled file input in a box that also takes a dropped file; `on_file` gets either.
#[component]
pub fn FileDrop(
    /// The input's id, for its label and for giving focus back to it.
    id: &'static str,
    label: &'static str,
    /// File types offered in the picker, as the `accept` attribute writes them.
    accept: &'static str,
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            on_file.run(file);
        }
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for=id>{label}</label>
            <input
                id=id
                type="file"
                accept=accept
                on:change=move |ev| {
                    if let Some(file) = picked_file(&ev) {
                        on_file.run(file);
                    }
                }
            />
            <p class="field-hint">"or drop it here"</p>
        </div>
    }
}
