//! People from LinkedIn's list of the user's connections: the file is read in the browser,
//! previewed a page at a time (a member can have tens of thousands of connections), narrowed by
//! search, company, position or career, and the people chosen are added in one step.

use crate::app::href;
use crate::browser::BrowserIds;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::ActionButton;
use crate::components::fields::{SelectField, unique_id};
use crate::components::file_drop::{FileDrop, read_file};
use crate::components::focus::focus_id_soon;
use crate::components::show_more::{Paging, ShowMore};
use crate::domain::linkedin::{
    Connections, Contact, ContactFilter, Known, add_contacts, read_connections_file,
};
use crate::domain::{Id, Person};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Connections shown at first, and added by each "Show more".
const PAGE: usize = 50;
const FILE_INPUT: &str = "linkedin-file";
const PREVIEW_HEADING: &str = "linkedin-preview-heading";
const RESULT_LINE: &str = "linkedin-result";

/// A file that was read, waiting for the user to choose whom to add.
#[derive(Clone)]
struct Loaded {
    file: String,
    connections: Arc<Connections>,
}

#[component]
pub fn LinkedInImport() -> impl IntoView {
    let loaded = RwSignal::new(None::<Loaded>);
    let error = RwSignal::new(None::<String>);
    let receive = move |file: web_sys::File| {
        error.set(None);
        loaded.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            let outcome = match read_file(file).await {
                Ok(bytes) => read_connections_file(&bytes),
                Err(e) => Err(e),
            };
            match outcome {
                Ok(contacts) => {
                    loaded.set(Some(Loaded {
                        file: name,
                        connections: Arc::new(Connections::new(contacts)),
                    }));
                    // Announced by its heading, rather than leaving focus on the file input.
                    focus_id_soon(PREVIEW_HEADING.to_owned());
                }
                Err(e) => error.set(Some(format!("{name}: {e}"))),
            }
        });
    };
    let close = Callback::new(move |()| {
        loaded.set(None);
        focus_id_soon(FILE_INPUT.to_owned());
    });
    view! {
        <section class="card" aria-labelledby="linkedin-heading">
            <h2 id="linkedin-heading">"People from your LinkedIn connections"</h2>
            <p>
                "LinkedIn gives you the list of your connections as a file: Settings, Data privacy, "
                "Get a copy of your data, Connections. Choose the Connections.csv file it sends you, "
                "then pick whom to add. The file is read in this browser and sent nowhere."
            </p>
            <FileDrop
                id=FILE_INPUT
                label="Choose your Connections.csv file"
                accept=".csv,text/csv"
                on_file=Callback::new(receive)
            />
            {move || error.get().map(|e| view! {
                <ErrorAlert title="This file was not read">
                    <p>{e}</p>
                    <p>"Your planner has not changed."</p>
                </ErrorAlert>
            })}
            {move || loaded.get().map(|loaded| view! { <ConnectionsPreview loaded close/> })}
        </section>
    }
}

#[component]
fn ConnectionsPreview(loaded: Loaded, close: Callback<()>) -> impl IntoView {
    let state = use_app();
    let Loaded { file, connections } = loaded;
    let total = connections.len();
    let text = RwSignal::new(String::new());
    let company = RwSignal::new(String::new());
    let position = RwSignal::new(String::new());
    let career = RwSignal::new(String::new());
    let careers = Memo::new(move |_| {
        state.doc.with(|d| {
            d.careers
                .iter()
                .filter(|c| !c.archived)
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let matching = {
        let connections = connections.clone();
        Memo::new(move |_| {
            let chosen = career.get();
            let career = careers.with(|all| {
                all.iter()
                    .find(|(id, _)| *id == chosen)
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default()
            });
            connections.matching(&ContactFilter {
                text: text.get(),
                company: company.get(),
                position: position.get(),
                career,
            })
        })
    };
    let known = Memo::new(move |_| state.doc.with(Known::of));
    let already = {
        let connections = connections.clone();
        Memo::new(move |_| {
            known.with(|k| {
                connections
                    .contacts
                    .iter()
                    .filter(|c| k.find(c).is_some())
                    .count()
            })
        })
    };
    let paging = Paging::new(PAGE);
    let selected = RwSignal::new(BTreeSet::<usize>::new());
    let result = RwSignal::new(None::<String>);
    let shown = move || {
        let limit = paging.limit();
        matching.with(|m| m.iter().take(limit).copied().collect::<Vec<_>>())
    };
    let found = move || matching.with(Vec::len);
    let chosen = move || selected.with(BTreeSet::len);

    let select_shown = {
        let connections = connections.clone();
        move || {
            let limit = paging.limit_untracked();
            let newcomers: Vec<usize> = known.with_untracked(|k| {
                matching.with_untracked(|m| {
                    m.iter()
                        .take(limit)
                        .copied()
                        .filter(|&i| k.find(&connections.contacts[i]).is_none())
                        .collect()
                })
            });
            selected.update(|s| s.extend(newcomers));
        }
    };
    let add = {
        let connections = connections.clone();
        move || {
            let picked: Vec<usize> = selected.get_untracked().into_iter().collect();
            if picked.is_empty() {
                return;
            }
            let career = Id::parse(&career.get_untracked()).ok();
            let added: Vec<String> = state.edit(|doc, cx| {
                let contacts: Vec<&Contact> =
                    picked.iter().map(|&i| &connections.contacts[i]).collect();
                let ids = add_contacts(
                    doc,
                    &contacts,
                    career.as_ref(),
                    &mut BrowserIds,
                    cx.now,
                    &Local,
                );
                ids.iter()
                    .filter_map(|id| doc.person(id).map(|p: &Person| p.name.clone()))
                    .collect()
            });
            selected.set(BTreeSet::new());
            let message = match added.len() {
                0 => "Nobody was added: everyone chosen is already in your planner.".to_owned(),
                1 => format!("Added {} from LinkedIn.", added[0]),
                n => format!("Added {n} people from LinkedIn: {}.", added.join(", ")),
            };
            result.set(Some(message));
            // The add button is disabled now that nothing is chosen: focus goes to the outcome.
            focus_id_soon(RESULT_LINE.to_owned());
        }
    };

    let career_options = move || {
        let mut options = vec![(String::new(), "Any career".to_owned())];
        options.extend(careers.get());
        options
    };
    let search_id = unique_id("linkedin-search");
    let company_id = unique_id("linkedin-company");
    let position_id = unique_id("linkedin-position");
    let contacts = connections.clone();
    view! {
        <div class="preview" role="region" aria-labelledby=PREVIEW_HEADING>
            <h3 id=PREVIEW_HEADING tabindex="-1">
                {format!("{file}: {total} {}", if total == 1 { "connection" } else { "connections" })}
            </h3>
            <p>
                {move || match already.get() {
                    0 => "None of them is in your planner yet.".to_owned(),
                    n if n == total => "All of them are in your planner already.".to_owned(),
                    1 => "1 of them is in your planner already.".to_owned(),
                    n => format!("{n} of them are in your planner already."),
                }}
            </p>
            <div class="filters" role="search" aria-label="Find connections">
                <div class="field">
                    <label for=search_id.clone()>"Search names, organizations and positions"</label>
                    <input id=search_id type="search" bind:value=text/>
                </div>
                <div class="field">
                    <label for=company_id.clone()>"Company"</label>
                    <input id=company_id type="search" bind:value=company/>
                </div>
                <div class="field">
                    <label for=position_id.clone()>"Position"</label>
                    <input id=position_id type="search" bind:value=position/>
                </div>
                {move || view! {
                    <SelectField
                        label="Career"
                        value=career
                        options=career_options()
                        hint="Matched on positions and organizations"
                    />
                }}
            </div>
            <p class="muted">
                {move || format!("{} of {total} match · {} chosen.", found(), chosen())}
                {move || careers.with(|all| {
                    let chosen = career.get();
                    all.iter()
                        .find(|(id, _)| *id == chosen)
                        .map(|(_, name)| format!(" The people you add are listed under {name}."))
                })}
            </p>
            <div class="button-row">
                <ActionButton on_click=add primary=true disabled=Signal::derive(move || chosen() == 0)>
                    {move || match chosen() {
                        1 => "Add 1 person".to_owned(),
                        n => format!("Add {n} people"),
                    }}
                </ActionButton>
                <ActionButton on_click=select_shown>"Select all shown"</ActionButton>
                <ActionButton
                    on_click=move || selected.set(BTreeSet::new())
                    disabled=Signal::derive(move || chosen() == 0)
                >
                    "Clear the choice"
                </ActionButton>
                <ActionButton on_click=move || close.run(())>"Close the list"</ActionButton>
            </div>
            <p id=RESULT_LINE class="notice" role="status" tabindex="-1">{move || result.get()}</p>
            <ul class="contact-picks" aria-label="Connections">
                <For each=shown key=|i| *i let:i>
                    <ContactRow contact=contacts.contacts[i].clone() index=i selected known/>
                </For>
            </ul>
            {move || {
                let found = found();
                view! { <ShowMore paging visible=found.min(paging.limit()) total=found/> }
            }}
        </div>
    }
}

/// One connection with its checkbox; people already in the planner are marked and cannot be
/// chosen again.
#[component]
fn ContactRow(
    contact: Contact,
    index: usize,
    selected: RwSignal<BTreeSet<usize>>,
    known: Memo<Known>,
) -> impl IntoView {
    let id = unique_id("connection");
    let existing = {
        let contact = contact.clone();
        Memo::new(move |_| known.with(|k| k.find(&contact).cloned()))
    };
    let badge_label = format!("Already in your planner: {}", contact.name);
    let detail = match (contact.role.trim(), contact.organisation.trim()) {
        ("", "") => String::new(),
        (role, "") => role.to_owned(),
        ("", org) => org.to_owned(),
        (role, org) => format!("{role} at {org}"),
    };
    view! {
        <li class="contact-pick">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || selected.with(|s| s.contains(&index))
                disabled=move || existing.with(Option::is_some)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|s| {
                        if on {
                            s.insert(index);
                        } else {
                            s.remove(&index);
                        }
                    });
                }
            />
            <label for=id>
                <span class="strong">{contact.name.clone()}</span>
                {(!detail.is_empty()).then(|| view! { <span class="muted">{format!(" · {detail}")}</span> })}
            </label>
            {move || existing.get().map(|person| view! {
                <a
                    class="badge badge-ok"
                    href=href(&format!("/people?person={person}"))
                    aria-label=badge_label.clone()
                >
                    "Already in your planner"
                </a>
            })}
        </li>
    }
}
