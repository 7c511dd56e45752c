//! Step 3: people to talk to, how the user knows them, and who led to whom.

use crate::app::href;
use crate::components::empty_state::EmptyState;
use crate::components::fields::SelectField;
use crate::components::notice::{Notice, NoticeLine};
use crate::components::person_form::PersonForm;
use crate::components::show_more::{Paging, ShowMore};
use crate::components::widgets::{Card, Control, Line};
use crate::domain::directory::{PeopleFilter, StatusFilter, filter_people};
use crate::domain::links::{mailto_href, profile_href, tel_href};
use crate::domain::referrals::{ChainNode, chains, referred_by};
use crate::domain::{Connection, Id, Interview, Status};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Everything a person's card shows, so the card re-renders only when one of these changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PersonCard {
    id: Id,
    name: String,
    role_line: String,
    connection: Connection,
    careers: Vec<String>,
    email: String,
    phone: String,
    profile_url: String,
    referrer: Option<(Option<(Id, String)>, bool)>,
    referred: Vec<(Id, String)>,
    notes: String,
    notes_private: bool,
    talk: Option<(Id, Status)>,
}

/// People shown at first; more on request, so a long list stays quick.
const PAGE: usize = 50;

#[component]
pub fn People() -> impl IntoView {
    crate::browser::set_title("People");
    let state = use_app();
    let query = use_query_map();
    let from_query = move |name: &str| query.with_untracked(|q| q.get(name)).unwrap_or_default();
    let notice = Notice::new();
    let adding = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    let career = RwSignal::new(from_query("career"));
    let connection = RwSignal::new(String::new());
    let status = RwSignal::new(from_query("status"));

    // The people who match, counted, and cards for the first `limit` of them only.
    let cards = move |limit: usize| {
        let filter = PeopleFilter {
            text: search.get(),
            career: Id::parse(&career.get()).ok(),
            connection: Connection::from_key(&connection.get()),
            status: match status.get().as_str() {
                "" => StatusFilter::Any,
                "none" => StatusFilter::NoTalkYet,
                key => Status::from_key(key).map_or(StatusFilter::Any, StatusFilter::Is),
            },
        };
        state.doc.with(|d| {
            let found = filter_people(d, &filter);
            let matching = found.len();
            let cards = found
                .into_iter()
                .take(limit)
                .map(|p| PersonCard {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    role_line: p.role_line(),
                    connection: p.connection,
                    careers: p
                        .careers
                        .iter()
                        .filter_map(|c| d.career(c).map(|c| c.name.clone()))
                        .collect(),
                    email: p.email.clone(),
                    phone: p.phone.clone(),
                    profile_url: p.profile_url.clone(),
                    referrer: p.referred_by.as_ref().map(|r| {
                        let who = r
                            .referrer_id()
                            .and_then(|id| d.person(id).map(|x| (id.clone(), x.name.clone())));
                        (who, r.may_use_name)
                    }),
                    referred: referred_by(d, &p.id)
                        .into_iter()
                        .map(|x| (x.id.clone(), x.name.clone()))
                        .collect(),
                    notes: p.notes.clone(),
                    notes_private: p.notes_private,
                    talk: d
                        .interviews_with(&p.id)
                        .last()
                        .map(|i| (i.id.clone(), i.status)),
                })
                .collect::<Vec<_>>();
            (matching, cards)
        })
    };
    let paging = Paging::new(PAGE);
    let total = Memo::new(move |_| state.doc.with(|d| d.people.len()));
    let career_options = move || {
        let mut options = vec![(String::new(), "All careers".to_owned())];
        state.doc.with_untracked(|d| {
            options.extend(d.careers.iter().map(|c| (c.id.to_string(), c.name.clone())));
        });
        options
    };
    let editing = RwSignal::new(None::<Id>);
    let connection_options = {
        let mut options = vec![(String::new(), "Any way".to_owned())];
        options.extend(
            Connection::ALL
                .iter()
                .map(|c| (c.key().to_owned(), c.label().to_owned())),
        );
        options
    };
    let status_options = {
        let mut options = vec![
            (String::new(), "Any".to_owned()),
            ("none".to_owned(), "No talk yet".to_owned()),
        ];
        options.extend(
            Status::ALL
                .iter()
                .map(|s| (s.key().to_owned(), s.label().to_owned())),
        );
        options
    };

    // Coming from a link to one person: scroll their card into view.
    Effect::new(move |_| {
        if let Some(id) = query.with(|q| q.get("person")) {
            request_animation_frame(move || {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&format!("person-{id}")))
                {
                    el.scroll_into_view();
                }
            });
        }
    });

    view! {
        <h1>"Step 3 · People to talk to"</h1>
        <p class="lead">
            "Start with people you already know: family, friends, teachers, classmates, colleagues. "
            "Alumni of your school are easy to find on professional networks and often glad to help. "
            "After each talk, the people your contact suggests are your warmest leads."
        </p>
        <NoticeLine notice/>
        {move || match (total.get() == 0, adding.get()) {
            (_, true) => view! {
                <section class="card" aria-labelledby="add-person">
                    <h2 id="add-person">"Add a person"</h2>
                    <PersonForm
                        person=None
                        on_done=Callback::new(move |saved: Option<String>| {
                            adding.set(false);
                            if let Some(name) = saved {
                                notice.say(format!("Added {name}."));
                            }
                        })
                    />
                </section>
            }
            .into_any(),
            (true, false) => view! {
                <EmptyState title="No people yet">
                    <p>
                        "Add the first person who works in, or knows someone in, a career you are "
                        "exploring. A name is enough to start."
                    </p>
                    <button type="button" class="button" on:click=move |_| adding.set(true)>
                        "Add your first person"
                    </button>
                </EmptyState>
            }
            .into_any(),
            (false, false) => view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| adding.set(true)>
                        "Add a person"
                    </button>
                </div>
            }
            .into_any(),
        }}
        {move || (total.get() > 0).then(|| view! {
            <section aria-labelledby="people-heading">
                <h2 id="people-heading">"Your people"</h2>
                <div class="filters" role="search" aria-label="Find people">
                    <div class="field">
                        <label for="people-search">"Search by name or organisation"</label>
                        <input id="people-search" type="search" bind:value=search/>
                    </div>
                    <SelectField label="Career" value=career options=career_options()/>
                    <SelectField label="How you know them" value=connection options=connection_options.clone()/>
                    <SelectField label="Talk status" value=status options=status_options.clone()/>
                </div>
                {move || {
                    editing.track();
                    let (matching, shown_cards) = cards(paging.limit());
                    let visible = shown_cards.len();
                    let items = shown_cards
                        .into_iter()
                        .map(|card| view! { <PersonItem card notice editing/> })
                        .collect_view();
                    view! {
                        <p class="muted" aria-live="polite">
                            {format!("{matching} of {} people match.", total.get_untracked())}
                        </p>
                        <ul class="card-list" aria-label="People">{items}</ul>
                        <ShowMore paging visible total=matching/>
                    }
                }}
            </section>
            <ReferralChains/>
        })}
    }
}

#[component]
fn PersonItem(card: PersonCard, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let id = card.id.clone();
    let name = card.name.clone();
    if editing.with_untracked(|e| e.as_ref() == Some(&id)) {
        return view! {
            <li class="card person-card" id=format!("person-{id}")>
                <h2>{format!("Edit {name}")}</h2>
                <PersonForm
                    person=Some(id.clone())
                    on_done=Callback::new(move |saved: Option<String>| {
                        editing.set(None);
                        if let Some(name) = saved {
                            notice.say(format!("Saved {name}."));
                        }
                    })
                />
            </li>
        }
        .into_any();
    }

    let mut lines = Vec::new();
    if !card.role_line.is_empty() {
        lines.push(Line::Strong(card.role_line.clone()));
    }
    lines.push(Line::muted(card.connection.label()));
    if !card.careers.is_empty() {
        lines.push(Line::Tags {
            label: "Careers".into(),
            tags: card.careers.clone(),
        });
    }
    let mut contact = Vec::new();
    if let Some(h) = mailto_href(&card.email) {
        contact.push((card.email.clone(), h));
    }
    if let Some(h) = tel_href(&card.phone) {
        contact.push((card.phone.clone(), h));
    }
    if let Some(h) = profile_href(&card.profile_url) {
        contact.push((format!("Profile: {}", card.profile_url), h));
    }
    if !contact.is_empty() {
        lines.push(Line::Links {
            label: "Contact".into(),
            links: contact,
        });
    }
    // Details that cannot be links are still shown, as text.
    for (value, linked) in [
        (&card.email, mailto_href(&card.email).is_some()),
        (&card.phone, tel_href(&card.phone).is_some()),
        (&card.profile_url, profile_href(&card.profile_url).is_some()),
    ] {
        if !value.is_empty() && !linked {
            lines.push(Line::text(value.clone()));
        }
    }
    if let Some((who, may_use)) = &card.referrer {
        let permission = if *may_use {
            " (may mention their name)"
        } else {
            " (do not mention their name)"
        };
        lines.push(match who {
            Some((rid, rname)) => Line::Link {
                before: "Suggested by ".into(),
                text: rname.clone(),
                href: href(&format!("/people?person={rid}")),
                after: permission.into(),
            },
            None => Line::text("Suggested by someone you no longer track"),
        });
    }
    if !card.referred.is_empty() {
        lines.push(Line::Links {
            label: format!("People {name} suggested"),
            links: card
                .referred
                .iter()
                .map(|(rid, rname)| {
                    (
                        format!("Suggested {rname}"),
                        href(&format!("/people?person={rid}")),
                    )
                })
                .collect(),
        });
    }
    match &card.talk {
        Some((_, status)) => lines.push(Line::Badge {
            text: format!("Talk: {}", status.label()),
            class: format!("badge-status status-{}", status.key()),
        }),
        None => lines.push(Line::muted("No talk planned yet.")),
    }
    if !card.notes.is_empty() {
        let private = if card.notes_private {
            "Private notes: "
        } else {
            ""
        };
        lines.push(Line::pre(format!("{private}{}", card.notes)));
    }

    let mut controls = Vec::new();
    match &card.talk {
        Some((tid, _)) => controls.push(
            Control::link("Open the talk", href(&format!("/outreach?talk={tid}")))
                .aria(format!("Open the talk with {name}"))
                .primary(),
        ),
        None => {
            let id = id.clone();
            controls.push(
                Control::button("Plan a talk", move || {
                    let talk = state.edit(|doc, cx| {
                        let career = doc.person(&id).and_then(|p| p.careers.first().cloned());
                        let talk = cx.new_id("i");
                        doc.interviews.push(Interview::new(
                            talk.clone(),
                            id.clone(),
                            career,
                            cx.now,
                        ));
                        Some(talk)
                    });
                    if let Some(talk) = talk {
                        // The router adds the app's folder to the path.
                        navigate(&format!("/outreach?talk={talk}"), Default::default());
                    }
                })
                .aria(format!("Plan a talk with {name}"))
                .primary(),
            );
        }
    }
    let edit_id = id.clone();
    controls.push(
        Control::button("Edit", move || editing.set(Some(edit_id.clone())))
            .aria(format!("Edit {name}")),
    );
    let forget_name = name.clone();
    controls.push(Control::confirm(
        "Forget…",
        format!("Forget {name}"),
        format!(
            "Forget {name}? This deletes their details, every talk with them and its notes, and their \
             name wherever they suggested someone. It cannot be undone."
        ),
        "Yes, forget them",
        move || {
            let gone = state.edit(|doc, _| doc.forget_person(&id));
            let mut message = format!("{forget_name} is forgotten");
            if gone.interviews > 0 {
                message.push_str(&format!(
                    ", with {} {}",
                    gone.interviews,
                    if gone.interviews == 1 { "talk" } else { "talks" }
                ));
            }
            message.push('.');
            notice.say(message);
        },
    ));
    view! { <Card heading=name.clone() id=format!("person-{}", card.id) lines actions=controls class="person-card"/> }
        .into_any()
}

#[component]
fn ReferralChains() -> impl IntoView {
    let state = use_app();
    let forest = move || {
        state.doc.with(|d| {
            if !crate::domain::referrals::has_any_referral(d) {
                return None;
            }
            let names = d
                .people
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<std::collections::BTreeMap<_, _>>();
            Some((chains(d), names))
        })
    };
    move || {
        forest().map(|(roots, names)| {
            view! {
                <section aria-labelledby="chains-heading" class="chains">
                    <h2 id="chains-heading">"Who led to whom"</h2>
                    <p class="muted">"Each person is listed under the person who suggested them, starting from your first contacts."</p>
                    <ul class="chain-tree">
                        {roots.into_iter().map(|n| chain_node(n, &names)).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

fn chain_node(node: ChainNode, names: &std::collections::BTreeMap<Id, String>) -> AnyView {
    let name = names.get(&node.person).cloned().unwrap_or_default();
    let children = (!node.children.is_empty()).then(|| {
        view! { <ul>{node.children.into_iter().map(|c| chain_node(c, names)).collect_view()}</ul> }
    });
    view! {
        <li>
            <a href=href(&format!("/people?person={}", node.person))>{name}</a>
            {node.from_forgotten.then_some(view! { <span class="muted">" (suggested by someone you no longer track)"</span> })}
            {children}
        </li>
    }
    .into_any()
}
