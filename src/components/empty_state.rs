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
