//! The few things the app needs from the browser itself: the clock, randomness, file downloads.
//! Kept in one place so the domain never sees them.

use crate::domain::{IdSource, Timestamp};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use wasm_bindgen::JsCast;

/// The current moment with the device's UTC offset.
pub fn now() -> Timestamp {
    let js = js_sys::Date::new_0();
    let millis = js.get_time() as i64;
    // getTimezoneOffset is minutes *behind* UTC; chrono wants seconds ahead.
    let offset_secs = -(js.get_timezone_offset() as i32) * 60;
    let offset = FixedOffset::east_opt(offset_secs).unwrap_or(FixedOffset::east_opt(0).unwrap());
    let utc = DateTime::<Utc>::from_timestamp_millis(millis).unwrap_or_default();
    utc.with_timezone(&offset)
}

/// Today's date on the device.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// The instant a wall-clock time on this device stands for, using the offset the browser applies
/// on that date (so summer time is right for talks months away).
pub fn local_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    use chrono::{Datelike, Timelike};
    let js = js_sys::Date::new_with_year_month_day_hr_min_sec(
        local.year() as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
        local.second() as i32,
    );
    Utc.timestamp_millis_opt(js.get_time() as i64)
        .single()
        .unwrap_or_else(|| local.and_utc())
}

/// Ids from the browser's cryptographic random source.
pub struct BrowserIds;

impl IdSource for BrowserIds {
    fn next_random(&mut self) -> u64 {
        let mut bytes = [0u8; 8];
        let filled = web_sys::window()
            .and_then(|w| w.crypto().ok())
            .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
            .is_some();
        if !filled {
            // Very old browsers: Math.random gives 52 good bits per call, two calls suffice.
            let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
            let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
            return (hi << 32) | lo;
        }
        u64::from_le_bytes(bytes)
    }
}

/// Offers `contents` to the user as a file download.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The download could not start ({what}).");
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.style().set_property("display", "none").ok();
    let body = document.body().ok_or_else(|| fail("body"))?;
    body.append_child(&anchor).map_err(|_| fail("append"))?;
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel the download in some browsers; a later tick is enough.
    let revoke = url.clone();
    leptos::prelude::set_timeout(
        move || {
            web_sys::Url::revoke_object_url(&revoke).ok();
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Sets the document's title, so tabs, history and screen readers name the page.
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{page} · Interview planner"));
    }
}

/// Puts text on the clipboard; reports whether the browser allowed it.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Whether the browser has promised to keep this site's storage (None: it cannot say).
pub async fn storage_persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep this site's storage; returns its answer (None: cannot ask).
pub async fn storage_persist() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Registers the service worker that keeps the app usable offline. Its URL is relative, so it
/// works wherever the app is hosted; failures are harmless (the app simply needs the network).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let _ = container.register("./sw.js");
}

/// How long the lock is kept after `f` has run. Each tab reads localStorage from its own copy,
/// which the browser brings up to date a moment after another tab writes. A tab given the lock
/// the instant the writer let go could still read the old text, find the save counter unchanged
/// and write over the other tab's save; waiting a little first gives its copy time to catch up.
const HOLD_AFTER_MS: i32 = 100;

/// Runs `f` while holding a Web Lock named `name`, so tabs of this site take turns: a save
/// reads what is stored and writes its own version with no other tab writing in between.
/// Without the Web Locks API (old browsers) `f` runs at once.
pub fn with_lock(name: &str, f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsValue;
    use wasm_bindgen::closure::Closure;
    let locks = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("locks")).ok())
        .filter(|l| !l.is_undefined() && !l.is_null());
    let request = locks.as_ref().and_then(|l| {
        js_sys::Reflect::get(l, &JsValue::from_str("request"))
            .ok()
            .and_then(|r| r.dyn_into::<js_sys::Function>().ok())
    });
    match (locks, request) {
        (Some(locks), Some(request)) => {
            let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
                f();
                // The lock is held until this promise settles.
                js_sys::Promise::new(&mut |resolve, _| {
                    let timer = web_sys::window().map(|w| {
                        w.set_timeout_with_callback_and_timeout_and_arguments_0(
                            &resolve,
                            HOLD_AFTER_MS,
                        )
                    });
                    if !matches!(timer, Some(Ok(_))) {
                        let _ = resolve.call0(&JsValue::UNDEFINED);
                    }
                })
                .into()
            });
            if request
                .call2(&locks, &JsValue::from_str(name), &callback)
                .is_err()
            {
                leptos::logging::warn!("the save lock could not be requested");
            }
        }
        _ => f(),
    }
}
