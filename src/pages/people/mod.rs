//! Step 3: people to talk to, how the user knows them, and who led to whom.

mod alumni;
mod card;
mod chains;
mod filters;
mod linkedin;

pub use alumni::AlumniSearch;

use crate::components::draft::Draft;
use crate::components::empty_state::AddOpener;
use crate::components::focus::{focus_id_soon, use_focus_claim};
use crate::components::notice::{Notice, NoticeLine};
use crate::components::person_form::{PersonForm, draft_name};
use crate::components::show_more::{Paging, ShowMore};
use crate::domain::Id;
use crate::domain::directory::filter_people;
use crate::state::use_app;
use card::PersonItem;
use chains::ReferralChains;
use filters::{FilterBar, Filters};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use linkedin::LinkedInImport;

/// People shown at first; more on request, so a long list stays quick.
const PAGE: usize = 50;

/// The id of the button that opens the form for a new person, whichever of its two forms is
/// drawn: focus comes back to it when the form closes.
const ADD_BUTTON: &str = "add-person";

#[component]
pub fn People() -> impl IntoView {
    crate::browser::set_title("People");
    let state = use_app();
    let query = use_query_map();
    let notice = Notice::new();
    // A form left half-filled (Back, another page, a reload) opens again with what was typed.
    let adding = RwSignal::new(Draft::exists(&draft_name(None, None)));
    let editing = RwSignal::new(
        Draft::kept("person-edit-")
            .into_iter()
            .find_map(|id| Id::parse(&id).ok())
            .filter(|id| state.doc.with_untracked(|d| d.person(id).is_some())),
    );
    let filters = Filters::from_query();
    let paging = Paging::new(PAGE);
    let total = Memo::new(move |_| state.doc.with(|d| d.people.len()));
    let is_empty = Memo::new(move |_| total.get() == 0);
    let read_only = Memo::new(move |_| state.read_only());

    // Coming from a link to one person: their card takes focus, which brings it into view. On
    // the app's first load nothing takes focus (the skip link is the way in), so the card is
    // only scrolled to; a claim left over then is harmless (it names no element elsewhere).
    let claim = use_focus_claim();
    Effect::new(move |_| {
        let Some(id) = query.with(|q| q.get("person")) else {
            return;
        };
        let card = format!("person-{id}");
        claim.claim(card.clone());
        request_animation_frame(move || {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&card))
            {
                el.scroll_into_view();
            }
        });
    });

    let add_button = move || {
        view! {
            <AddOpener
                id=ADD_BUTTON
                empty_title="No people yet"
                empty_text="Add the first person who works in, or knows someone in, a career you are exploring. A name is enough to start."
                first_label="Add your first person"
                label="Add a person"
                is_empty
                read_only
                on_open=Callback::new(move |()| adding.set(true))
            />
        }
    };

    view! {
        <h1>"Step 3 · People to talk to"</h1>
        <p class="lead">
            "Start with people you already know: family, friends, teachers, classmates, colleagues. "
            "Alumni of your school are easy to find on professional networks and often glad to help. "
            "After each talk, the people your contact suggests are your warmest leads."
        </p>
        <NoticeLine notice/>
        // The form is drawn when it opens and kept until it closes: rebuilt when another tab
        // saves, it would lose what the user typed.
        <Show when=move || adding.get() && !read_only.get() fallback=add_button>
            <section class="card" aria-labelledby="add-person">
                <h2 id="add-person">"Add a person"</h2>
                <PersonForm
                    person=None
                    on_done=Callback::new(move |saved: Option<String>| {
                        adding.set(false);
                        if let Some(name) = saved {
                            notice.say(format!("Added {name}."));
                        }
                        focus_id_soon(ADD_BUTTON.to_owned());
                    })
                />
            </section>
        </Show>
        <Show when=move || !read_only.get()>
            <LinkedInImport/>
        </Show>
        <Show when=move || !is_empty.get()>
            <section aria-labelledby="people-heading">
                <h2 id="people-heading">"Your people"</h2>
                <FilterBar filters/>
                <AlumniSearch career=filters.career_id()/>
                <PeopleList filters paging total notice editing/>
            </section>
            <ReferralChains/>
        </Show>
    }
}

/// The people who match the filters, one page at a time.
#[component]
fn PeopleList(
    filters: Filters,
    paging: Paging,
    total: Memo<usize>,
    notice: Notice,
    editing: RwSignal<Option<Id>>,
) -> impl IntoView {
    let state = use_app();
    let matching = Memo::new(move |_| {
        let filter = filters.get();
        state.doc.with(|d| {
            filter_people(d, &filter)
                .into_iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let shown = move || {
        let limit = paging.limit();
        matching.with(|ids| ids.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    let found = move || matching.with(Vec::len);
    view! {
        <p class="muted" aria-live="polite">
            {move || format!("{} of {} people match.", found(), total.get())}
        </p>
        // Keyed by person, so a save elsewhere redraws only the cards it changed, and a card's
        // open form or question survives it.
        <ul class="card-list" aria-label="People">
            <For each=shown key=Id::clone let:id>
                <PersonItem id notice editing/>
            </For>
        </ul>
        {move || {
            let found = found();
            view! { <ShowMore paging visible=found.min(paging.limit()) total=found/> }
        }}
    }
}
