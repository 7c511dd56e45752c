use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Dashboard() -> impl IntoView {
    crate::browser::set_title("Overview");
    view! {
        <h1>"What's next"</h1>
        <EmptyState title="Not built yet">
            <p>"The overview is not in this version of the planner yet."</p>
        </EmptyState>
    }
}
