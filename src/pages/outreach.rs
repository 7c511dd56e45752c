use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Outreach() -> impl IntoView {
    crate::browser::set_title("Ask for a talk");
    view! {
        <h1>"Step 4 · Ask for a talk"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
