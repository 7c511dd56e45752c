//! The thin layer over `localStorage`: raw text in, raw text out, and errors told apart.
//! What the text means is the domain's business (`domain::stored`).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// Where the planner keeps its document.
pub const DOC_KEY: &str = "interview-planner";
/// A spare copy kept before a risky change (replacing the data, migrating it).
pub const BACKUP_KEY: &str = "interview-planner.backup";

/// localStorage's limit per origin, in UTF-16 code units (keys and values together).
pub const CAPACITY_UNITS: u64 = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses storage altogether (disabled, or some private modes).
    Unavailable(String),
    /// The write would go past the quota.
    Full,
    Other(String),
}

impl StorageError {
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable(why) => format!(
                "This browser does not let the planner keep data ({why}). Your changes stay in this tab only: export them before you close it."
            ),
            StorageError::Full => "The browser's storage for this site is full, so your latest changes are not saved. They are still here in this tab: export your data now, then delete what you no longer need.".to_owned(),
            StorageError::Other(why) => format!(
                "Saving failed ({why}). Your changes are still here in this tab; export them to be safe."
            ),
        }
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    // gloo's raw() panics when storage is missing; ask the window ourselves first.
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageError::Unavailable("no localStorage".into())),
        Err(e) => Err(StorageError::Unavailable(js_error_name(&e))),
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    Ok(item(&storage()?, key)?.map(|text| utf8(&text)))
}

/// A stored value as the browser holds it, not yet copied into the app.
fn item(storage: &web_sys::Storage, key: &str) -> Result<Option<js_sys::JsString>, StorageError> {
    storage
        .unchecked_ref::<TextStorage>()
        .get_item_text(key)
        .map_err(|e| StorageError::Unavailable(js_error_name(&e)))
}

// The stored document runs to megabytes. wasm-bindgen's own conversion copies the text's ASCII
// head one character at a time in JavaScript that is not yet optimised at start-up, then grows
// its buffer threefold, copying it, before the browser encodes the rest. Encoding the whole text
// straight into a buffer of the final size skips both (about 12 ms at 1,000 talks in a CPU
// profile). `TextEncoder.encode` was tried too: slower than either.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Storage`, seen through a `getItem` that leaves the text in JavaScript.
    type TextStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_text(
        this: &TextStorage,
        key: &str,
    ) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;

    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        text: &js_sys::JsString,
        into: &js_sys::Uint8Array,
    ) -> Encoded;

    type Encoded;

    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

fn utf8(text: &js_sys::JsString) -> String {
    // A UTF-16 unit never takes more than three bytes in UTF-8.
    let room = text.length() as usize * 3;
    let mut bytes = Vec::<u8>::with_capacity(room);
    let encoder = TextEncoder::new();
    // SAFETY: the view covers the vector's spare capacity and nothing allocates while it lives,
    // so the memory under it neither moves nor is read before `set_len`, which covers only what
    // the encoder wrote.
    let written = unsafe {
        let view = js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr(), room);
        encoder.encode_into(text, &view).written() as usize
    };
    // SAFETY: `written` bytes were written, and the Encoding Standard defines them as the UTF-8
    // of the text taken as Unicode scalar values (a lone surrogate becomes U+FFFD), with room
    // for all of it, so no character is cut.
    unsafe {
        bytes.set_len(written);
        bytes.shrink_to_fit();
        String::from_utf8_unchecked(bytes)
    }
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|e| {
        let name = js_error_name(&e);
        if name.contains("Quota") || name.contains("quota") {
            StorageError::Full
        } else {
            StorageError::Other(name)
        }
    })
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?
        .remove_item(key)
        .map_err(|e| StorageError::Other(js_error_name(&e)))
}

/// UTF-16 code units used by this origin's localStorage, keys included: what the quota counts.
pub fn used_units() -> Result<u64, StorageError> {
    let storage = storage()?;
    let len = storage
        .length()
        .map_err(|e| StorageError::Other(js_error_name(&e)))?;
    let mut total = 0u64;
    for i in 0..len {
        if let Ok(Some(key)) = storage.key(i) {
            let value = item(&storage, &key)
                .ok()
                .flatten()
                .map_or(0, |v| v.length());
            total += js_len(&key) + u64::from(value);
        }
    }
    Ok(total)
}

/// A stored value's length in UTF-16 code units, without copying it out of the browser.
pub fn stored_units(key: &str) -> Result<Option<u64>, StorageError> {
    Ok(item(&storage()?, key)?.map(|v| u64::from(v.length())))
}

/// Length in UTF-16 code units, as JavaScript counts it.
pub fn js_len(text: &str) -> u64 {
    text.encode_utf16().count() as u64
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        let name: String = e.name().into();
        let message: String = e.message().into();
        if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        }
    } else {
        error.as_string().unwrap_or_else(|| "unknown error".into())
    }
}

/// The first `chars` UTF-16 units of a stored value, without copying the rest out of the
/// browser (stored documents run to megabytes; the save counter sits at the start).
pub fn read_start(key: &str, chars: u32) -> Result<Option<String>, StorageError> {
    Ok(item(&storage()?, key)?.map(|s| String::from(s.slice(0, chars))))
}
