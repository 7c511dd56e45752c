//! One person in the list: what their card shows, and the card itself or, while it is being
//! edited, the form.

use crate::app::href;
use crate::components::buttons::{ActionButton, LinkButton};
use crate::components::confirm::ConfirmButton;
use crate::components::focus::{focus_first_of, focus_id_soon, neighbour_ids};
use crate::components::notice::Notice;
use crate::components::person_form::PersonForm;
use crate::domain::links::{mailto_href, profile_href, tel_href};
use crate::domain::referrals::referred_by;
use crate::domain::{Connection, Document, Id, Interview, Person, Referrer, Status};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Who suggested the person or introduced the user to them, as the card says it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Introduced {
    /// Someone in the planner: their card is a link away.
    By(Id, String),
    /// Someone who is not in the planner, known by name.
    ByName(String),
    /// Someone the user asked the planner to forget.
    Forgotten,
}

/// Everything a person's card shows, so the card is drawn again only when one of these changes.
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
    referrer: Option<(Introduced, bool)>,
    referred: Vec<(Id, String)>,
    notes: String,
    notes_private: bool,
    talk: Option<(Id, Status)>,
}

impl PersonCard {
    fn of(d: &Document, p: &Person) -> Self {
        PersonCard {
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
                let who = match &r.referrer {
                    Referrer::Person { id } => d.person(id).map_or(Introduced::Forgotten, |x| {
                        Introduced::By(id.clone(), x.name.clone())
                    }),
                    Referrer::Named { name } => Introduced::ByName(name.clone()),
                    Referrer::NoLongerTracked => Introduced::Forgotten,
                };
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
        }
    }
}

#[component]
pub fn PersonItem(id: Id, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let state = use_app();
    let card = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.person(&id).map(|p| PersonCard::of(d, p)))
        })
    };
    let is_editing = {
        let id = id.clone();
        Memo::new(move |_| editing.with(|e| e.as_ref() == Some(&id)))
    };
    let anchor = format!("person-{id}");
    view! {
        // Focusable, for links to this person and for the next card after a deletion.
        <li class="card person-card" id=anchor tabindex="-1">
            // The form hangs on `is_editing` alone: a save in another tab changes `card`, and
            // rebuilding the form then would lose what the user typed.
            {move || if is_editing.get() {
                view! {
                    <h2>{move || card.with(|c| c.as_ref().map(|c| format!("Edit {}", c.name)))}</h2>
                    <PersonForm
                        person=Some(id.clone())
                        on_done={
                            let edit_button = format!("edit-{id}");
                            Callback::new(move |saved: Option<String>| {
                                editing.set(None);
                                if let Some(name) = saved {
                                    notice.say(format!("Saved {name}."));
                                }
                                focus_id_soon(edit_button.clone());
                            })
                        }
                    />
                }
                .into_any()
            } else {
                card.get().map(|card| view! { <PersonDetails card notice editing/> }).into_any()
            }}
        </li>
    }
}

#[component]
fn PersonDetails(card: PersonCard, notice: Notice, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let PersonCard {
        id,
        name,
        role_line,
        connection,
        careers,
        email,
        phone,
        profile_url,
        referrer,
        referred,
        notes,
        notes_private,
        talk,
    } = card;

    let state = use_app();
    let read_only = state.read_only();
    let mut contact = Vec::new();
    if let Some(h) = mailto_href(&email) {
        contact.push((email.clone(), h));
    }
    if let Some(h) = tel_href(&phone) {
        contact.push((phone.clone(), h));
    }
    if let Some(h) = profile_href(&profile_url) {
        contact.push((format!("Profile: {profile_url}"), h));
    }
    // Details that cannot be links are still shown, as text.
    let unlinked = [
        (email.clone(), mailto_href(&email).is_some()),
        (phone.clone(), tel_href(&phone).is_some()),
        (profile_url.clone(), profile_href(&profile_url).is_some()),
    ]
    .into_iter()
    .filter(|(value, linked)| !value.is_empty() && !linked)
    .map(|(value, _)| view! { <p>{value}</p> })
    .collect_view();

    let suggested_by = referrer.map(|(who, may_use)| {
        let permission = if may_use {
            " (may mention their name)"
        } else {
            " (do not mention their name)"
        };
        // Links to another card of this page are plain links: the router still follows them,
        // and they are not marked as the current page.
        match who {
            Introduced::By(rid, rname) => view! {
                <p>"Suggested by "<a href=href(&format!("/people?person={rid}"))>{rname}</a>{permission}</p>
            }
            .into_any(),
            Introduced::ByName(rname) => view! { <p>{format!("Introduced by {rname}{permission}")}</p> }.into_any(),
            Introduced::Forgotten => view! { <p>"Suggested by someone you no longer track"</p> }.into_any(),
        }
    });
    let suggested = (!referred.is_empty()).then(|| {
        view! {
            <ul class="contact" aria-label=format!("People {name} suggested")>
                {referred
                    .into_iter()
                    .map(|(rid, rname)| view! {
                        <li><a href=href(&format!("/people?person={rid}"))>{format!("Suggested {rname}")}</a></li>
                    })
                    .collect_view()}
            </ul>
        }
    });
    let talk_state = match &talk {
        Some((_, status)) => view! {
            <p>
                <span class=format!("badge badge-status status-{}", status.key())>
                    {format!("Talk: {}", status.label())}
                </span>
            </p>
        }
        .into_any(),
        None => view! { <p class="muted">"No talk planned yet."</p> }.into_any(),
    };
    let notes = (!notes.is_empty()).then(|| {
        let private = if notes_private { "Private notes: " } else { "" };
        view! { <p class="prewrap">{format!("{private}{notes}")}</p> }
    });

    let talk_action = match talk {
        Some((tid, _)) => view! {
            <LinkButton
                href=href(&format!("/outreach?talk={tid}"))
                label=format!("Open the talk with {name}")
                primary=true
            >
                "Open the talk"
            </LinkButton>
        }
        .into_any(),
        None if read_only => ().into_any(),
        None => {
            let plan = plan_talk(id.clone());
            view! {
                <ActionButton on_click=plan label=format!("Plan a talk with {name}") primary=true>
                    "Plan a talk"
                </ActionButton>
            }
            .into_any()
        }
    };
    let edit_id = id.clone();
    let edit_button_id = format!("edit-{id}");
    let forget_name = name.clone();
    let card_id = format!("person-{id}");
    let forget = Callback::new(move |()| {
        // The card that takes this one's place, or the one before it, or the list's heading.
        let mut next = neighbour_ids(&card_id);
        next.extend(["people-heading".to_owned(), "add-person".to_owned()]);
        let gone = state.edit(|doc, _| doc.forget_person(&id));
        let mut message = format!("{forget_name} is forgotten");
        if gone.interviews > 0 {
            message.push_str(&format!(
                ", with {} {}",
                gone.interviews,
                if gone.interviews == 1 {
                    "talk"
                } else {
                    "talks"
                }
            ));
        }
        message.push('.');
        notice.say(message);
        focus_first_of(next);
    });
    let changes = (!read_only).then(|| {
        view! {
            <ActionButton
                on_click=move || editing.set(Some(edit_id.clone()))
                label=format!("Edit {name}")
                id=edit_button_id
            >
                "Edit"
            </ActionButton>
            <ConfirmButton
                label="Forget…"
                aria_label=format!("Forget {name}")
                question=format!(
                    "Forget {name}? This deletes their details, every talk with them and its notes, and their \
                     name wherever they suggested someone. It cannot be undone."
                )
                confirm="Yes, forget them"
                on_confirm=forget
            />
        }
    });

    view! {
        <h2>{name.clone()}</h2>
        {(!role_line.is_empty()).then(|| view! { <p class="strong">{role_line}</p> })}
        <p class="muted">{connection.label()}</p>
        {(!careers.is_empty()).then(|| view! {
            <ul class="tags" aria-label="Careers">
                {careers.into_iter().map(|c| view! { <li class="tag">{c}</li> }).collect_view()}
            </ul>
        })}
        {(!contact.is_empty()).then(|| view! {
            <ul class="contact" aria-label="Contact">
                {contact
                    .into_iter()
                    .map(|(text, link)| view! { <li><a href=link>{text}</a></li> })
                    .collect_view()}
            </ul>
        })}
        {unlinked}
        {suggested_by}
        {suggested}
        {talk_state}
        {notes}
        <div class="button-row">
            {talk_action}
            {changes}
        </div>
    }
}

/// Starts a talk with the person, naming their first career, and opens it at step 4.
fn plan_talk(person: Id) -> impl Fn() + 'static {
    let state = use_app();
    let navigate = use_navigate();
    move || {
        let talk = state.edit(|doc, cx| {
            let career = doc.person(&person).and_then(|p| p.careers.first().cloned());
            let talk = cx.new_id("i");
            doc.interviews
                .push(Interview::new(talk.clone(), person.clone(), career, cx.now));
            Some(talk)
        });
        if let Some(talk) = talk {
            // The router adds the app's folder to the path.
            navigate(&format!("/outreach?talk={talk}"), Default::default());
        }
    }
}
