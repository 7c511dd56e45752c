//! Narrowing the list of people: by name or organisation, career, how the user knows them and
//! the state of the talk with them.

use crate::components::fields::SelectField;
use crate::domain::directory::{PeopleFilter, StatusFilter};
use crate::domain::{Connection, Id, Status};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The values of the filter bar; the career and the talk status can come from the address.
#[derive(Clone, Copy)]
pub struct Filters {
    search: RwSignal<String>,
    career: RwSignal<String>,
    connection: RwSignal<String>,
    status: RwSignal<String>,
}

impl Filters {
    /// Starts from `?career=…` and `?status=…`, read once: afterwards the user's choices rule.
    pub fn from_query() -> Self {
        let query = use_query_map();
        let from_query =
            move |name: &str| query.with_untracked(|q| q.get(name)).unwrap_or_default();
        Filters {
            search: RwSignal::new(String::new()),
            career: RwSignal::new(from_query("career")),
            connection: RwSignal::new(String::new()),
            status: RwSignal::new(from_query("status")),
        }
    }

    /// The career chosen in the filter bar, if any.
    pub fn career_id(self) -> Signal<Option<Id>> {
        Signal::derive(move || Id::parse(&self.career.get()).ok())
    }

    /// The filter as the domain takes it; read in a view, the view follows every change.
    pub fn get(self) -> PeopleFilter {
        PeopleFilter {
            text: self.search.get(),
            career: Id::parse(&self.career.get()).ok(),
            connection: Connection::from_key(&self.connection.get()),
            status: match self.status.get().as_str() {
                "" => StatusFilter::Any,
                "none" => StatusFilter::NoTalkYet,
                key => Status::from_key(key).map_or(StatusFilter::Any, StatusFilter::Is),
            },
        }
    }
}

#[component]
pub fn FilterBar(filters: Filters) -> impl IntoView {
    let state = use_app();
    let careers = Memo::new(move |_| {
        state.doc.with(|d| {
            d.careers
                .iter()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let career_options = move || {
        let mut options = vec![(String::new(), "All careers".to_owned())];
        options.extend(careers.get());
        options
    };
    let mut connection_options = vec![(String::new(), "Any way".to_owned())];
    connection_options.extend(
        Connection::ALL
            .iter()
            .map(|c| (c.key().to_owned(), c.label().to_owned())),
    );
    let mut status_options = vec![
        (String::new(), "Any".to_owned()),
        ("none".to_owned(), "No talk yet".to_owned()),
    ];
    status_options.extend(
        Status::ALL
            .iter()
            .map(|s| (s.key().to_owned(), s.label().to_owned())),
    );
    view! {
        <div class="filters" role="search" aria-label="Find people">
            <div class="field">
                <label for="people-search">"Search by name or organization"</label>
                <input id="people-search" type="search" bind:value=filters.search/>
            </div>
            // Drawn again when careers are added or renamed; the search box above stays as it is.
            {move || view! { <SelectField label="Career" value=filters.career options=career_options()/> }}
            <SelectField label="How you know them" value=filters.connection options=connection_options/>
            <SelectField label="Talk status" value=filters.status options=status_options/>
        </div>
    }
}
