//! What a page shows before it has anything in it: what it is for and the first thing to do.

use leptos::prelude::*;

#[component]
pub fn EmptyState(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let label = title.clone();
    view! {
        <section class="empty-state" aria-label=label>
            <h2>{title}</h2>
            {children()}
        </section>
    }
}

/// What a list page offers for adding to it: the page's empty state with its first "Add …"
/// button while the list is empty, the button alone once it is not, and on a shared planner
/// under review the line saying why nothing can be added. `id` is the button's, for giving
/// focus back to it when the form it opens closes.
#[component]
pub fn AddOpener(
    id: &'static str,
    /// The empty state's heading and what it says the page is for.
    empty_title: &'static str,
    empty_text: &'static str,
    /// The button's words while the list is empty ("Add your first …") and after.
    first_label: &'static str,
    label: &'static str,
    is_empty: Memo<bool>,
    read_only: Memo<bool>,
    on_open: Callback<()>,
) -> impl IntoView {
    let button = move |words: &'static str| {
        view! {
            <button type="button" class="button" id=id on:click=move |_| on_open.run(())>
                {words}
            </button>
        }
    };
    move || {
        if read_only.get() {
            view! { <p class="muted">{READ_ONLY_LINE}</p> }.into_any()
        } else if is_empty.get() {
            view! {
                <EmptyState title=empty_title>
                    <p>{empty_text}</p>
                    {button(first_label)}
                </EmptyState>
            }
            .into_any()
        } else {
            view! { <div class="button-row">{button(label)}</div> }.into_any()
        }
    }
}

/// Said where a page would offer to add something, on a shared planner under review.
pub const READ_ONLY_LINE: &str = "This shared planner is read-only: you can read it, print its sheets and comment, but not change it.";
