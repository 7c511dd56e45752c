use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Talk() -> impl IntoView {
    crate::browser::set_title("Hold the talk");
    view! {
        <h1>"Step 5 · Hold the talk"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
