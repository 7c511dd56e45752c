use crate::components::empty_state::EmptyState;
use leptos::prelude::*;

#[component]
pub fn FollowUp() -> impl IntoView {
    crate::browser::set_title("Follow up");
    view! {
        <h1>"Step 6 · Follow up"</h1>
        <EmptyState title="Not built yet">
            <p>"This step's tools are not in this version of the planner yet."</p>
        </EmptyState>
    }
}
