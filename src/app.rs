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
                    <span class="brand-text">"Interview planner"</span>
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

/// The navigation entry a path belongs to: its own, or the step a page without one is part of
/// (what was learned belongs to careers, the question sheet to the talk).
fn nav_entry(path: &str) -> Option<&'static (&'static str, &'static str, Option<u8>)> {
    let route = match path {
        "/learned" => "/careers",
        "/sheet" => "/talk",
        other => other,
    };
    NAV.iter().find(|(r, _, _)| *r == route)
}

/// The main navigation. On a phone it folds into a menu button that names the page on show,
/// so the header stays one line high and the current step stays in sight.
#[component]
fn Nav() -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let location = leptos_router::hooks::use_location();
    let base = expect_context::<Base>();
    // The path without the folder the app is served from.
    let here = Memo::new(move |_| {
        location.pathname.with(|p| {
            let p = p.strip_prefix(base.0.as_str()).unwrap_or(p);
            if p.is_empty() {
                "/".to_owned()
            } else {
                p.to_owned()
            }
        })
    });
    // Following a link closes the menu.
    Effect::new(move |_| {
        here.track();
        open.set(false);
    });
    let current =
        Memo::new(move |_| here.with(|p| nav_entry(p).map(|(_, label, step)| (*label, *step))));
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
        <nav
            class="site-nav"
            aria-label="Main"
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    ev.prevent_default();
                    open.set(false);
                    crate::components::focus::focus_soon(toggle_ref);
                }
            }
        >
            <button
                type="button"
                class="nav-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="site-nav-list"
                node_ref=toggle_ref
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="nav-toggle-icon" aria-hidden="true">"☰"</span>
                // Named "Menu, this page: People (step 3)"; it shows the icon and the page.
                <span class="visually-hidden">"Menu, this page: "</span>
                {move || match current.get() {
                    Some((label, step)) => view! {
                        {step.map(|n| view! { <span class="step-no" aria-hidden="true">{n}</span> })}
                        <span class="nav-current">{label}</span>
                        {step.map(|n| view! { <span class="visually-hidden">{format!(" (step {n})")}</span> })}
                    }
                    .into_any(),
                    None => view! { <span class="nav-current">"Menu"</span> }.into_any(),
                }}
            </button>
            <ul id="site-nav-list" class:open=move || open.get()>{links}</ul>
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
