use crate::app::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::browser::set_title("Page not found");
    view! {
        <h1>"There is no page here"</h1>
        <p>"The address may be mistyped, or the link may come from another version of the planner."</p>
        <p><a href=href("/")>"Go to the overview"</a></p>
    }
}
