//! The thin layer over the browser's storage, through gloo-storage: text in, text out, and
//! errors told apart. What the text means is the domain's business (`domain::stored`).
//!
//! Planner documents are read and written as text rather than through gloo's typed `get` and
//! `set`: a tab keeps the exact text it last read or wrote to recognise its own save later
//! (`domain::replica`), stored data the app cannot read is offered back byte for byte, and every
//! document, whatever its source, is read by the one path that checks it and names what is
//! wrong (`domain::import`). Small values go through gloo's typed calls.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;
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

    fn from_js(error: &wasm_bindgen::JsValue) -> Self {
        let name = js_error_name(error);
        // Firefox before version 67 named it differently.
        if name.contains("QuotaExceeded") || name.contains("QUOTA_REACHED") {
            StorageError::Full
        } else {
            StorageError::Other(name)
        }
    }
}

/// gloo panics when the browser refuses storage outright (blocked cookies, some private modes),
/// so every call asks the window first.
fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageError::Unavailable("no localStorage".into())),
        Err(e) => Err(StorageError::Unavailable(js_error_name(&e))),
    }
}

fn session_available() -> bool {
    web_sys::window().is_some_and(|w| w.session_storage().ok().flatten().is_some())
}

/// The text stored under `key`, exactly as it is.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|e| StorageError::Unavailable(js_error_name(&e)))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?
        .set_item(key, value)
        .map_err(|e| StorageError::from_js(&e))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?;
    LocalStorage::delete(key);
    Ok(())
}

/// A value kept for this tab's session only (it goes when the tab closes).
pub fn session_get<T: DeserializeOwned>(key: &str) -> Option<T> {
    session_available()
        .then(|| SessionStorage::get(key).ok())
        .flatten()
}

pub fn session_set<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    if !session_available() {
        return Err(StorageError::Unavailable("no sessionStorage".into()));
    }
    SessionStorage::set(key, value).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js)
            if js.name.contains("QuotaExceeded") || js.name.contains("QUOTA_REACHED") =>
        {
            StorageError::Full
        }
        other => StorageError::Other(other.to_string()),
    })
}

/// Text kept for this tab's session only, exactly as it is.
pub fn session_read(key: &str) -> Option<String> {
    session_available()
        .then(|| SessionStorage::raw().get_item(key).ok().flatten())
        .flatten()
}

pub fn session_write(key: &str, text: &str) -> Result<(), StorageError> {
    if !session_available() {
        return Err(StorageError::Unavailable("no sessionStorage".into()));
    }
    SessionStorage::raw()
        .set_item(key, text)
        .map_err(|e| StorageError::from_js(&e))
}

pub fn session_remove(key: &str) {
    if session_available() {
        SessionStorage::delete(key);
    }
}

/// UTF-16 code units used by this origin's localStorage, keys included: what the quota counts.
pub fn used_units() -> Result<u64, StorageError> {
    let storage = local()?;
    let mut total = 0;
    for i in 0..LocalStorage::length() {
        if let Ok(Some(key)) = storage.key(i) {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            total += js_len(&key) + js_len(&value);
        }
    }
    Ok(total)
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
