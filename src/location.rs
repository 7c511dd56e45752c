//! Which page is showing: the address bar's path and query in signals, and moving between pages
//! without reloading.
//!
//! Why not leptos_router: every route here is one segment below the app's folder, so the app
//! needs only the path, a query value and a way to move. The router's matching, history and
//! parameter machinery cost 13.7 KB of the compressed download for that.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Location {
    /// The URL path, with the folder the app is served from.
    pub path: RwSignal<String>,
    /// The query, with its leading "?" when there is one.
    search: RwSignal<String>,
}

fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a window")
}

impl Location {
    /// Reads the address bar, follows the browser's Back and Forward, and makes itself available
    /// to every page.
    pub fn install() -> Self {
        let here = window().location();
        let location = Location {
            path: RwSignal::new(here.pathname().unwrap_or_default()),
            search: RwSignal::new(here.search().unwrap_or_default()),
        };
        let on_pop = window_event_listener(leptos::ev::popstate, move |_| location.sync());
        on_cleanup(move || on_pop.remove());
        provide_context(location);
        location
    }

    /// Takes the path and query from the address bar after it changed.
    fn sync(&self) {
        let here = window().location();
        let path = here.pathname().unwrap_or_default();
        let search = here.search().unwrap_or_default();
        if self.path.get_untracked() != path {
            self.path.set(path);
        }
        if self.search.get_untracked() != search {
            self.search.set(search);
        }
    }

    /// Whether `path` and `search` are what the address bar shows now.
    pub fn shows(&self, path: &str, search: &str) -> bool {
        self.path.with_untracked(|p| p == path) && self.search.with_untracked(|s| s == search)
    }

    /// A value from the query ("talk" in `?talk=t-1`), decoded; tracked.
    pub fn query(&self, name: &str) -> Option<String> {
        self.search.with(|search| {
            web_sys::UrlSearchParams::new_with_str(search)
                .ok()
                .and_then(|params| params.get(name))
        })
    }

    /// The same, read once without tracking.
    pub fn query_untracked(&self, name: &str) -> Option<String> {
        untrack(|| self.query(name))
    }

    /// Shows another page from its top: a new history entry for `url`, a path with the app's
    /// folder. (Links within a page, such as "Skip to content", are left to the browser.)
    pub fn go(&self, url: &str) {
        let window = window();
        let pushed = window
            .history()
            .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)));
        if pushed.is_err() {
            // A URL the history refuses (another origin): let the browser load it instead.
            let _ = window.location().set_href(url);
            return;
        }
        self.sync();
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}
