//! "Find alumni": a link to LinkedIn's people search for the user's school and a career, opened
//! in a new tab. The app sends nothing anywhere; the search is the user's own.

use crate::app::href;
use crate::domain::Id;
use crate::domain::linkedin::alumni_search;
use crate::state::use_app;
use leptos::prelude::*;

/// The link for one career, or where to give the school the search needs. Nothing while no
/// career is chosen.
#[component]
pub fn AlumniSearch(#[prop(into)] career: Signal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let found = Memo::new(move |_| {
        let career = career.get()?;
        state.doc.with(|d| {
            let name = d.career(&career)?.name.clone();
            let school = d.profile.school.trim().to_owned();
            let link = alumni_search(&school, &name);
            Some((name, school, link))
        })
    });
    move || {
        found.get().map(|(name, school, link)| match link {
            Some(link) => view! {
                <p class="alumni-search">
                    <a href=link target="_blank" rel="noopener noreferrer">
                        {format!("Find {school} alumni in {name} on LinkedIn")}
                        <span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                </p>
            }
            .into_any(),
            None => view! {
                <p class="alumni-search muted">
                    {format!("To search LinkedIn for alumni of your school in {name}, add your school under “About you” when you write a request (")}
                    <a href=href("/outreach")>"step 4, Ask"</a>
                    ")."
                </p>
            }
            .into_any(),
        })
    }
}
