//! The router, the page layout and the navigation.

use crate::components::alerts::StorageAlerts;
use crate::components::save_indicator::SaveIndicator;
use crate::pages;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

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

    /// The URL of an app route such as "/people" or "/" (the dashboard), for an `href`.
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
    let base = Base::detect();
    provide_context(base.clone());
    view! {
        <Router base=base.0>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=href("/")>
                <span class="brand-mark" aria-hidden="true">"?"</span>
                <span>"Interview planner"</span>
            </a>
            <Nav/>
        </header>
        <StorageAlerts/>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                <Route path=path!("") view=pages::dashboard::Dashboard/>
                <Route path=path!("/careers") view=pages::careers::Careers/>
                <Route path=path!("/questions") view=pages::questions::Questions/>
                <Route path=path!("/people") view=pages::people::People/>
                <Route path=path!("/outreach") view=pages::outreach::Outreach/>
                <Route path=path!("/talk") view=pages::talk::Talk/>
                <Route path=path!("/follow-up") view=pages::follow_up::FollowUp/>
                <Route path=path!("/data") view=pages::data::Data/>
                <Route path=path!("/guide") view=pages::guide::Guide/>
            </Routes>
        </main>
        <footer class="site-footer">
            <SaveIndicator/>
            <p class="footer-note">"Everything stays in this browser. Nothing is sent anywhere."</p>
        </footer>
    }
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
                    let path = location.pathname.get();
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
