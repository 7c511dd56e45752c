//! The form for a person's details: on the people page (add, edit) and on the talk page, where a
//! contact's suggestion becomes a new person in one step.
//!
//! What is typed is kept as a draft for the tab's session, so Back or a reload does not lose it;
//! the form takes focus on its first field when it opens, and Escape cancels it.

use crate::app::href;
use crate::components::draft::Draft;
use crate::components::fields::{Checkbox, SelectField, TextField};
use crate::components::focus::focus_soon;
use crate::domain::directory::{PersonInput, check_person, possible_duplicates};
use crate::domain::text::fold_case;
use crate::domain::{Connection, Id, Person, ReferredBy, Referrer};
use crate::state::use_app;
use leptos::prelude::*;

/// A suggestion made during a talk: who made it, and in which talk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedIn {
    pub by: Id,
    pub interview: Id,
}

/// The choice in "Suggested or introduced by" for someone who is not in the planner.
const NAMED: &str = "named";
/// The choice that keeps a referrer who was forgotten.
const FORGOTTEN: &str = "forgotten";

/// The name of a person form's draft: one per record edited, one for a new person, one per
/// talk for the people its contact suggested.
pub fn draft_name(person: Option<&Id>, suggested_in: Option<&SuggestedIn>) -> String {
    match (person, suggested_in) {
        (Some(id), _) => format!("person-edit-{id}"),
        (None, Some(s)) => format!("person-suggested-{}", s.interview),
        (None, None) => "person-new".to_owned(),
    }
}

#[component]
pub fn PersonForm(
    /// The person to edit; None adds a new one.
    person: Option<Id>,
    /// Set when adding someone a contact suggested during a talk.
    #[prop(optional)]
    suggested_in: Option<SuggestedIn>,
    /// Called with the saved name, or None when the user cancelled.
    on_done: Callback<Option<String>>,
) -> impl IntoView {
    let state = use_app();
    let existing: Option<Person> = person
        .as_ref()
        .and_then(|id| state.doc.with_untracked(|d| d.person(id).cloned()));
    let get = |f: fn(&Person) -> String| existing.as_ref().map(f).unwrap_or_default();
    let name = RwSignal::new(get(|p| p.name.clone()));
    let role = RwSignal::new(get(|p| p.role.clone()));
    let organisation = RwSignal::new(get(|p| p.organisation.clone()));
    let email = RwSignal::new(get(|p| p.email.clone()));
    let phone = RwSignal::new(get(|p| p.phone.clone()));
    let profile_url = RwSignal::new(get(|p| p.profile_url.clone()));
    let notes = RwSignal::new(get(|p| p.notes.clone()));
    let notes_private = RwSignal::new(existing.as_ref().is_some_and(|p| p.notes_private));
    // A new person starts with no answer: the user says how they know them.
    let connection = RwSignal::new(match (&existing, &suggested_in) {
        (Some(p), _) => p.connection.key().to_owned(),
        (None, Some(_)) => Connection::Referral.key().to_owned(),
        (None, None) => String::new(),
    });
    let existing_referral = existing.as_ref().and_then(|p| p.referred_by.as_ref());
    let forgotten_referrer =
        existing_referral.is_some_and(|r| r.referrer == Referrer::NoLongerTracked);
    let referrer = RwSignal::new(
        match (&suggested_in, existing_referral.map(|r| &r.referrer)) {
            (Some(s), _) => s.by.to_string(),
            (None, Some(Referrer::Person { id })) => id.to_string(),
            (None, Some(Referrer::Named { .. })) => NAMED.to_owned(),
            (None, Some(Referrer::NoLongerTracked)) => FORGOTTEN.to_owned(),
            (None, None) => String::new(),
        },
    );
    let introducer = RwSignal::new(match existing_referral.map(|r| &r.referrer) {
        Some(Referrer::Named { name }) => name.clone(),
        _ => String::new(),
    });
    let may_use_name = RwSignal::new(existing_referral.is_some_and(|r| r.may_use_name));

    // Careers as checkboxes: a person can speak to several.
    let career_flags: Vec<(Id, String, RwSignal<bool>)> = state.doc.with_untracked(|d| {
        d.careers
            .iter()
            .filter(|c| !c.archived || existing.as_ref().is_some_and(|p| p.careers.contains(&c.id)))
            .map(|c| {
                let on = existing.as_ref().is_some_and(|p| p.careers.contains(&c.id));
                (c.id.clone(), c.name.clone(), RwSignal::new(on))
            })
            .collect()
    });

    let draft = Draft::new(draft_name(person.as_ref(), suggested_in.as_ref()));
    for (field, value) in [
        ("name", name),
        ("role", role),
        ("organisation", organisation),
        ("email", email),
        ("phone", phone),
        ("profile", profile_url),
        ("notes", notes),
        ("connection", connection),
        ("referrer", referrer),
        ("introducer", introducer),
    ] {
        draft.text(field, value);
    }
    draft.flag("private", notes_private);
    draft.flag("may-use-name", may_use_name);
    for (id, _, flag) in &career_flags {
        draft.flag(&format!("career-{id}"), *flag);
    }

    let name_error = RwSignal::new(None::<String>);
    let email_error = RwSignal::new(None::<String>);
    let url_error = RwSignal::new(None::<String>);
    let connection_error = RwSignal::new(None::<String>);
    let introducer_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let email_ref = NodeRef::<leptos::html::Input>::new();
    let url_ref = NodeRef::<leptos::html::Input>::new();
    let connection_ref = NodeRef::<leptos::html::Select>::new();
    let introducer_ref = NodeRef::<leptos::html::Input>::new();
    // Where the user's work continues: the form's first field.
    focus_soon(name_ref);

    let referrer_options = {
        let me = person.clone();
        let mut options = vec![
            (String::new(), "Nobody: I found them myself".to_owned()),
            (
                NAMED.to_owned(),
                "Someone not in my planner (type their name)".to_owned(),
            ),
        ];
        if forgotten_referrer {
            options.insert(
                1,
                (FORGOTTEN.to_owned(), "Someone I no longer track".to_owned()),
            );
        }
        state.doc.with_untracked(|d| {
            options.extend(
                d.people
                    .iter()
                    .filter(|p| Some(&p.id) != me.as_ref())
                    .map(|p| (p.id.to_string(), p.name.clone())),
            );
        });
        options
    };
    let mut connection_options = vec![(String::new(), "Choose one".to_owned())];
    connection_options.extend(
        Connection::ALL
            .iter()
            .map(|c| (c.key().to_owned(), c.label().to_owned())),
    );

    // People already in the planner with this name or e-mail: a warning, never a refusal (two
    // people can share a name).
    let duplicates = {
        let me = person.clone();
        Memo::new(move |_| {
            let (typed_name, typed_email) = (name.get(), email.get());
            state.doc.with(|d| {
                possible_duplicates(d, &typed_name, &typed_email, me.as_ref())
                    .into_iter()
                    .map(|p| {
                        let same_email = !typed_email.trim().is_empty()
                            && fold_case(p.email.trim()) == fold_case(typed_email.trim());
                        (p.id.clone(), p.name.clone(), same_email)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };

    let cancel = {
        let draft = draft.clone();
        move || {
            draft.clear();
            on_done.run(None);
        }
    };
    let escape = cancel.clone();
    let flags = career_flags.clone();
    let suggestion = suggested_in.clone();
    let target = person.clone();
    let submit_draft = draft.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen_connection = Connection::from_key(&connection.get_untracked());
        let choice = referrer.get_untracked();
        let typed_introducer = introducer.get_untracked();
        let errors = check_person(&PersonInput {
            name: &name.get_untracked(),
            email: &email.get_untracked(),
            profile_url: &profile_url.get_untracked(),
            connection: chosen_connection,
            introducer: (suggestion.is_none() && choice == NAMED)
                .then_some(typed_introducer.as_str()),
        });
        name_error.set(errors.name.clone());
        email_error.set(errors.email.clone());
        url_error.set(errors.profile_url.clone());
        connection_error.set(errors.connection.clone());
        introducer_error.set(errors.introducer.clone());
        if !errors.is_empty() {
            form_error.set(Some("Please correct the fields marked below.".into()));
            // The first invalid field, in the order the form shows them.
            if errors.name.is_some() {
                focus_soon(name_ref);
            } else if errors.email.is_some() {
                focus_soon(email_ref);
            } else if errors.profile_url.is_some() {
                focus_soon(url_ref);
            } else if errors.connection.is_some() {
                focus_soon(connection_ref);
            } else {
                focus_soon(introducer_ref);
            }
            return;
        }
        form_error.set(None);
        let chosen_careers: Vec<Id> = flags
            .iter()
            .filter(|(_, _, on)| on.get_untracked())
            .map(|(id, _, _)| id.clone())
            .collect();
        let saved_name = name.get_untracked().trim().to_owned();
        let may_use = may_use_name.get_untracked();
        let suggestion = suggestion.clone();
        let target = target.clone();
        let fields = (
            role.get_untracked().trim().to_owned(),
            organisation.get_untracked().trim().to_owned(),
            email.get_untracked().trim().to_owned(),
            phone.get_untracked().trim().to_owned(),
            profile_url.get_untracked().trim().to_owned(),
            notes.get_untracked(),
            notes_private.get_untracked(),
            chosen_connection.unwrap_or(Connection::Professional),
        );
        let name_for_record = saved_name.clone();
        state.edit(move |doc, cx| {
            let id = match target {
                Some(id) => id,
                None => {
                    let id = cx.new_id("p");
                    doc.people
                        .push(Person::new(id.clone(), "", fields.7, cx.now));
                    id
                }
            };
            let Some(p) = doc.person_mut(&id) else {
                return;
            };
            p.name = name_for_record;
            (
                p.role,
                p.organisation,
                p.email,
                p.phone,
                p.profile_url,
                p.notes,
                p.notes_private,
                p.connection,
            ) = fields;
            p.careers = chosen_careers;
            p.referred_by = referral(
                p.referred_by.take(),
                suggestion,
                &choice,
                typed_introducer.trim(),
                may_use,
            );
            p.updated_at = cx.now;
        });
        submit_draft.clear();
        on_done.run(Some(saved_name));
    };

    let career_boxes = (!career_flags.is_empty()).then(|| {
        let boxes = career_flags
            .into_iter()
            .map(|(_, label, flag)| view! { <Checkbox label=label checked=flag/> })
            .collect_view();
        view! {
            <fieldset>
                <legend>"Careers they can tell you about"</legend>
                {boxes}
            </fieldset>
        }
    });
    let is_suggestion = suggested_in.is_some();
    let submit_label = match (&person, is_suggestion) {
        (Some(_), _) => "Save changes",
        (None, true) => "Add this suggestion",
        (None, false) => "Add person",
    };
    let suggested_by_name = suggested_in.as_ref().and_then(|s| {
        state
            .doc
            .with_untracked(|d| d.person(&s.by).map(|p| p.name.clone()))
    });
    // Who may be mentioned: asked only when someone suggested or introduced the person.
    let permission_label = Memo::new(move |_| {
        if let Some(n) = &suggested_by_name {
            return Some(format!("{n} said I may mention their name"));
        }
        match referrer.get().as_str() {
            "" | FORGOTTEN => None,
            NAMED => {
                Some("The person who introduced them said I may mention their name".to_owned())
            }
            id => Some(
                state
                    .doc
                    .with_untracked(|d| {
                        Id::parse(id)
                            .ok()
                            .and_then(|id| d.person(&id).map(|p| p.name.clone()))
                    })
                    .map_or_else(
                        || "They said I may mention their name".to_owned(),
                        |n| format!("{n} said I may mention their name"),
                    ),
            ),
        }
    });
    let is_named = Memo::new(move |_| referrer.with(|r| r == NAMED));

    view! {
        <form
            on:submit=submit
            novalidate
            class="person-form"
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    escape();
                }
            }
        >
            {move || form_error.get().map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
            <div class="grid-2">
                <TextField label="Name" value=name required=true error=name_error autocomplete="off" node_ref=name_ref/>
                <TextField label="Role" value=role hint="Their job title, if you know it"/>
                <TextField label="Organization" value=organisation/>
                <TextField label="Email" value=email kind="email" error=email_error autocomplete="off" node_ref=email_ref/>
                <TextField label="Phone" value=phone kind="tel" autocomplete="off"/>
                <TextField
                    label="Profile link"
                    value=profile_url
                    kind="url"
                    error=url_error
                    hint="A web address starting with https://"
                    node_ref=url_ref
                />
            </div>
            <DuplicateWarning duplicates editing=person.is_some()/>
            {(!is_suggestion).then(|| view! {
                <div class="grid-2">
                    <SelectField
                        label="How you know them"
                        value=connection
                        options=connection_options.clone()
                        required=true
                        error=connection_error
                        node_ref=connection_ref
                    />
                    <SelectField
                        label="Suggested or introduced by"
                        value=referrer
                        options=referrer_options.clone()
                    />
                </div>
            })}
            <Show when=move || is_named.get()>
                <TextField
                    label="Name of the person who introduced you"
                    value=introducer
                    required=true
                    error=introducer_error
                    hint="Someone who knows them and connects you, such as “Prof. Lee”"
                    node_ref=introducer_ref
                />
            </Show>
            {move || permission_label.get().map(|label| view! { <Checkbox label checked=may_use_name/> })}
            {career_boxes}
            <TextField label="Notes" value=notes multiline=true rows=3/>
            <Checkbox
                label="Keep these notes private"
                checked=notes_private
                hint="(left out of the copy you share with a mentor)"
            />
            <div class="button-row">
                <button type="submit" class="button">{submit_label}</button>
                <button type="button" class="button button-quiet" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// Who suggested or introduced the person, after the form is saved. `choice` is the value of
/// "Suggested or introduced by": empty, [`NAMED`], [`FORGOTTEN`] or a person's id.
fn referral(
    before: Option<ReferredBy>,
    suggestion: Option<SuggestedIn>,
    choice: &str,
    introducer: &str,
    may_use_name: bool,
) -> Option<ReferredBy> {
    if let Some(s) = suggestion {
        return Some(ReferredBy {
            referrer: Referrer::Person { id: s.by },
            may_use_name,
            interview: Some(s.interview),
        });
    }
    let referrer = match choice {
        "" => return None,
        FORGOTTEN => return before,
        NAMED => Referrer::Named {
            name: introducer.to_owned(),
        },
        id => Referrer::Person {
            id: Id::parse(id).ok()?,
        },
    };
    // The talk a suggestion came from stays with it while the referrer does not change.
    let interview = before
        .filter(|b| b.referrer == referrer)
        .and_then(|b| b.interview);
    Some(ReferredBy {
        referrer,
        may_use_name,
        interview,
    })
}

/// Says that the person being typed may already be in the planner, with a link to each match.
/// A live region from the start, so that its text is read out when it appears.
#[component]
fn DuplicateWarning(duplicates: Memo<Vec<(Id, String, bool)>>, editing: bool) -> impl IntoView {
    view! {
        <div role="status">
            {move || {
                let found = duplicates.get();
                (!found.is_empty()).then(|| {
                    let links = found
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, name, same_email))| {
                            let why = if same_email { "same email" } else { "same name" };
                            view! {
                                {(i > 0).then_some(", ")}
                                <a href=href(&format!("/people?person={id}"))>{name}</a>
                                {format!(" ({why})")}
                            }
                        })
                        .collect_view();
                    let after = if editing {
                        ". Check that this is not the same person."
                    } else {
                        ". You can still add this person if they are someone else."
                    };
                    view! { <p class="alert alert-warn">"Already in your planner: " {links} {after}</p> }
                })
            }}
        </div>
    }
}
