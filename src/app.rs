//! The router, the page layout and the navigation.

use crate::components::alerts::StorageAlerts;
use crate::components::save_indicator::SaveIndicator;
use crate::location::{Location, use_location};
use crate::pages;
use crate::state::AppState;
use leptos::prelude::*;

/// The path the app is served under, without a trailing slash: "" at a host's root, "/planner"
/// when `dist/` is copied into a `planner` folder.
///
/// Every route is a single segment below the folder holding index.html, so that folder is the
/// current URL's directory. The same build then works at any depth, and the relative asset URLs
/// Trunk writes resolve from every route.
#[derive(Clone, Debug)]
pub struct Base(pub String);

impl Base {
    pub fn detect() -> Self {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let dir = path.rfind('/').map(|i| &path[..i]).unwrap_or("");
        Base(dir.to_owned())
    }

    /// The URL of an app route such as "/people" or "/" (the dashboard), for an `href` or for
    /// `Location::go`.
    pub fn href(&self, route: &str) -> String {
        format!("{}{}", self.0, route)
    }
}

/// Builds the URL of an app route; use for every in-app link.
pub fn href(route: &str) -> String {
    expect_context::<Base>().href(route)
}

/// The navigation entries: route, label, and the step number where there is one.
pub const NAV: &[(&str, &str, Option<u8>)] = &[
    ("/", "Overview", None),
    ("/careers", "Careers", Some(1)),
    ("/questions", "Questions", Some(2)),
    ("/people", "People", Some(3)),
    ("/outreach", "Ask", Some(4)),
    ("/talk", "Talk", Some(5)),
    ("/follow-up", "Follow up", Some(6)),
    ("/data", "Your data", None),
    ("/guide", "Guide", None),
];

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.watch_page_lifecycle();
    crate::browser::register_service_worker();
    provide_context(Base::detect());
    Location::install();
    view! { <Shell/> }
}

#[component]
fn Shell() -> impl IntoView {
    let base = expect_context::<Base>();
    let location = use_location();
    let on_click = move |ev: leptos::ev::MouseEvent| follow_in_app_link(&ev, &base.0, location);
    view! {
        <div class="app" on:click=on_click>
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=href("/")>
                <span class="brand-mark" aria-hidden="true">"?"</span>
                <span>"Interview planner"</span>
            </a>
            <Nav/>
        </header>
        <ReviewBanner/>
        <StorageAlerts/>
        <main id="main" tabindex="-1">
            <Pages/>
        </main>
        <footer class="site-footer">
            <SaveIndicator/>
            <p class="footer-note">"Everything stays in this browser. Nothing is sent anywhere."</p>
        </footer>
        </div>
    }
}

/// Handles a click on a link to another page of the app without reloading.
///
/// Clicks that should go to the browser (new tab, download, other sites, a place on the same
/// page) are left alone.
fn follow_in_app_link(ev: &leptos::ev::MouseEvent, base: &str, location: Location) {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let Some(anchor) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let external = anchor
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
    if !anchor.target().is_empty() || anchor.has_attribute("download") || external {
        return;
    }
    let Ok(url) = web_sys::Url::new(&anchor.href()) else {
        return;
    };
    let here = web_sys::window().and_then(|w| w.location().origin().ok());
    let path = url.pathname();
    let inside = path == base || path.starts_with(&format!("{base}/"));
    if here.as_deref() != Some(url.origin().as_str()) || !inside {
        return;
    }
    let search = url.search();
    if !url.hash().is_empty() && location.shows(&path, &search) {
        return;
    }
    ev.prevent_default();
    location.go(&format!("{path}{search}{}", url.hash()));
}

#[component]
fn Nav() -> impl IntoView {
    let base = expect_context::<Base>();
    let location = use_location();
    let links = NAV
        .iter()
        .map(|&(route, label, step)| {
            let target = base.href(route);
            let here = {
                let base = base.clone();
                move || {
                    let path = location.path.get();
                    let current = path.strip_prefix(base.0.as_str()).unwrap_or(&path);
                    let current = if current.is_empty() { "/" } else { current };
                    (current == route).then_some("page")
                }
            };
            view! {
                <li>
                    <a href=target aria-current=here>
                        {step.map(|n| view! { <span class="step-no" aria-hidden="true">{n}</span> })}
                        {label}
                        {step.map(|n| view! { <span class="visually-hidden">{format!(" (step {n})")}</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="site-nav" aria-label="Main">
            <ul>{links}</ul>
        </nav>
    }
}

/// Picks the page for the current path. Every route is one segment below the app's folder.
#[component]
fn Pages() -> impl IntoView {
    let base = expect_context::<Base>();
    let location = use_location();
    let route = Memo::new(move |_| {
        let path = location.path.get();
        path.strip_prefix(base.0.as_str())
            .unwrap_or(&path)
            .to_owned()
    });
    move || match route.get().as_str() {
        "" | "/" => view! { <pages::dashboard::Dashboard/> }.into_any(),
        "/careers" => view! { <pages::careers::Careers/> }.into_any(),
        "/learned" => view! { <pages::learned::LearnedPage/> }.into_any(),
        "/questions" => view! { <pages::questions::Questions/> }.into_any(),
        "/people" => view! { <pages::people::People/> }.into_any(),
        "/outreach" => view! { <pages::outreach::Outreach/> }.into_any(),
        "/talk" => view! { <pages::talk::Talk/> }.into_any(),
        "/follow-up" => view! { <pages::follow_up::FollowUp/> }.into_any(),
        "/data" => view! { <pages::data::Data/> }.into_any(),
        "/guide" => view! { <pages::guide::Guide/> }.into_any(),
        "/sheet" => view! { <pages::sheet::Sheet/> }.into_any(),
        _ => view! { <pages::not_found::NotFound/> }.into_any(),
    }
}

/// Says, on every page, that a shared planner is open read-only.
#[component]
fn ReviewBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.review.get().map(|file| {
            let refused = state.refused.get();
            if refused {
                set_timeout(move || state.refused.set(false), std::time::Duration::from_secs(6));
            }
            view! {
                <div class="review-banner" role="status">
                    <p>
                        <strong>{format!("Reviewing “{file}”.")}</strong>
                        " This shared planner is read-only: you can read it, print its sheets and add comments. Your own planner is not changed. "
                        <a href=href("/data")>"Export your comments or close it"</a>
                    </p>
                    {refused.then_some(view! { <p>"That change was not made: only comments can be added to a shared planner."</p> })}
                </div>
            }
        })
    }
}
