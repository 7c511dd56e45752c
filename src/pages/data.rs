use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Data() -> impl IntoView {
    crate::browser::set_title("Your data");
    view! {
        <h1>"Your data"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
