//! The router, the page layout and the navigation.

use crate::components::alerts::StorageAlerts;
use crate::components::focus::{FocusClaim, focus_on_navigation};
use crate::components::save_indicator::SaveIndicator;
use crate::pages;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
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

    /// The URL of an app route such as "/people" or "/" (the overview).
    pub fn href(&self, route: &str) -> String {
        format!("{}{}", self.0, route)
    }
}

/// The URL of an app route, with the folder the app is served from: for every in-app link.
/// (leptos_router's `<A>` leaves an absolute href as it is; the base has to be in it.)
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
    let claim = FocusClaim::new();
    provide_context(claim);
    focus_on_navigation(claim);
    view! {
        <div class="app">
            // target="_self" leaves the skip link to the browser, which moves focus to <main>;
            // the router would only scroll.
            <a class="skip-link" href="#main" target="_self">"Skip to content"</a>
            <header class="site-header">
                <A href=href("/") exact=true attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"?"</span>
                    <span>"Interview planner"</span>
                </A>
                <Nav/>
            </header>
            <ReviewBanner/>
            <StorageAlerts/>
            <main id="main" tabindex="-1">
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::dashboard::Dashboard/>
                    <Route path=path!("/careers") view=pages::careers::Careers/>
                    <Route path=path!("/learned") view=pages::learned::LearnedPage/>
                    <Route path=path!("/questions") view=pages::questions::Questions/>
                    <Route path=path!("/people") view=pages::people::People/>
                    <Route path=path!("/outreach") view=pages::outreach::Outreach/>
                    <Route path=path!("/talk") view=pages::talk::Talk/>
                    <Route path=path!("/follow-up") view=pages::follow_up::FollowUp/>
                    <Route path=path!("/data") view=pages::data::Data/>
                    <Route path=path!("/guide") view=pages::guide::Guide/>
                    <Route path=path!("/sheet") view=pages::sheet::Sheet/>
                </Routes>
            </main>
            <footer class="site-footer">
                <SaveIndicator/>
                <p class="footer-note">"Everything stays in this browser. Nothing is sent anywhere."</p>
            </footer>
        </div>
    }
}

#[component]
fn Nav() -> impl IntoView {
    let links = NAV
        .iter()
        .map(|&(route, label, step)| {
            // The router marks the link of the page on show with aria-current="page".
            view! {
                <li>
                    <A href=href(route) exact=route == "/">
                        {step.map(|n| view! { <span class="step-no" aria-hidden="true">{n}</span> })}
                        {label}
                        {step.map(|n| view! { <span class="visually-hidden">{format!(" (step {n})")}</span> })}
                    </A>
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
                        <A href=href("/data")>"Export your comments or close it"</A>
                    </p>
                    {refused.then_some(view! { <p>"That change was not made: only comments can be added to a shared planner."</p> })}
                </div>
            }
        })
    }
}
