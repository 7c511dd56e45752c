use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn Careers() -> impl IntoView {
    crate::browser::set_title("Careers");
    view! {
        <h1>"Step 1 · Careers to explore"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
