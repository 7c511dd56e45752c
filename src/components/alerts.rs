//! Messages about the stored data itself, shown above every page.

use crate::browser;
use crate::state::{SaveState, use_app};
use leptos::prelude::*;

/// An error the user must see; `role="alert"` makes screen readers announce it.
#[component]
pub fn ErrorAlert(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class="alert alert-error" role="alert">
            <p class="alert-title">{title}</p>
            {children()}
        </div>
    }
}

#[component]
pub fn StorageAlerts() -> impl IntoView {
    let state = use_app();
    let unreadable = move || state.unreadable.get();
    let download_error = RwSignal::new(None::<String>);
    let confirm_discard = RwSignal::new(false);

    let download = move |_| {
        if let Some(u) = state.unreadable.get_untracked() {
            let name = format!(
                "interview-planner-unreadable-{}.json",
                state.today.get_untracked()
            );
            download_error.set(browser::download(&name, "application/json", &u.raw).err());
        }
    };

    let unreadable_view = move || {
        unreadable().map(|u| {
            view! {
                <ErrorAlert title="Your saved planner data could not be read">
                    <p>
                        "The reason: " {u.reason} ". It has been left exactly as it was: "
                        "nothing you do now is saved over it until you decide what to do."
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=download>
                            "Download the stored data"
                        </button>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| confirm_discard.set(true)
                        >
                            "Start over without it…"
                        </button>
                    </div>
                    {move || confirm_discard.get().then(|| view! {
                        <p>
                            "Starting over replaces the stored data with what is on screen now. "
                            "Download it first if you might want it back."
                        </p>
                        <div class="button-row">
                            <button
                                type="button"
                                class="button button-danger"
                                on:click=move |_| {
                                    confirm_discard.set(false);
                                    state.discard_unreadable();
                                }
                            >
                                "Replace the stored data"
                            </button>
                            <button
                                type="button"
                                class="button button-quiet"
                                on:click=move |_| confirm_discard.set(false)
                            >
                                "Keep it for now"
                            </button>
                        </div>
                    })}
                    {move || download_error.get().map(|e| view! { <p>{e}</p> })}
                </ErrorAlert>
            }
        })
    };

    let problem_view = move || {
        state.storage_problem.get().map(|problem| {
            view! {
                <ErrorAlert title="This browser will not keep your data">
                    <p>{problem.message()}</p>
                </ErrorAlert>
            }
        })
    };

    let failed_view = move || match state.save_state.get() {
        SaveState::Failed(error) => Some(view! {
            <ErrorAlert title="Your latest changes are not saved">
                <p>{error.message()}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| state.save_now()>
                        "Try saving again"
                    </button>
                    <a class="button button-quiet" href=crate::app::href("/data")>
                        "Go to export"
                    </a>
                </div>
            </ErrorAlert>
        }),
        _ => None,
    };

    let synced_view = move || {
        state.synced.get().map(|text| {
            set_timeout(
                move || state.synced.set(None),
                std::time::Duration::from_secs(6),
            );
            view! { <p class="alert alert-info alert-floating" role="status">{text}</p> }
        })
    };

    view! {
        <div class="storage-alerts">
            {synced_view}
            {unreadable_view}
            {problem_view}
            {failed_view}
        </div>
    }
}
