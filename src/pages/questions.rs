use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Questions() -> impl IntoView {
    crate::browser::set_title("Questions");
    view! {
        <h1>"Step 2 · Your questions"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
