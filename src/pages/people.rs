use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn People() -> impl IntoView {
    crate::browser::set_title("People");
    view! {
        <h1>"Step 3 · People to talk to"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
