//! The form for a person's details: on the people page (add, edit) and on the talk page, where a
//! contact's suggestion becomes a new person in one step.

use crate::components::fields::{Checkbox, SelectField, TextField};
use crate::domain::directory::check_person;
use crate::domain::{Connection, Id, Person, ReferredBy, Referrer};
use crate::state::use_app;
use leptos::prelude::*;

/// A suggestion made during a talk: who made it, and in which talk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedIn {
    pub by: Id,
    pub interview: Id,
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
    let default_connection = if suggested_in.is_some() {
        Connection::Referral
    } else {
        Connection::Professional
    };
    let connection = RwSignal::new(
        existing
            .as_ref()
            .map_or(default_connection, |p| p.connection)
            .key()
            .to_owned(),
    );
    let referrer = RwSignal::new(
        suggested_in
            .as_ref()
            .map(|s| s.by.to_string())
            .or_else(|| {
                existing
                    .as_ref()
                    .and_then(|p| p.referred_by.as_ref())
                    .and_then(|r| r.referrer_id())
                    .map(|id| id.to_string())
            })
            .unwrap_or_default(),
    );
    let may_use_name = RwSignal::new(
        existing
            .as_ref()
            .and_then(|p| p.referred_by.as_ref())
            .is_some_and(|r| r.may_use_name),
    );
    let forgotten_referrer = existing
        .as_ref()
        .and_then(|p| p.referred_by.as_ref())
        .is_some_and(|r| r.referrer == Referrer::NoLongerTracked);

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

    let name_error = RwSignal::new(None::<String>);
    let email_error = RwSignal::new(None::<String>);
    let url_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);

    let referrer_options = {
        let me = person.clone();
        let mut options = vec![(String::new(), "Nobody: I found them myself".to_owned())];
        if forgotten_referrer {
            options[0].1 = "Someone I no longer track".to_owned();
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
    let connection_options: Vec<(String, String)> = Connection::ALL
        .iter()
        .map(|c| (c.key().to_owned(), c.label().to_owned()))
        .collect();

    let flags = career_flags.clone();
    let suggestion = suggested_in.clone();
    let target = person.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let errors = check_person(
            &name.get_untracked(),
            &email.get_untracked(),
            &profile_url.get_untracked(),
        );
        name_error.set(errors.name.clone());
        email_error.set(errors.email.clone());
        url_error.set(errors.profile_url.clone());
        if !errors.is_empty() {
            form_error.set(Some("Please correct the fields marked below.".into()));
            return;
        }
        form_error.set(None);
        let chosen_careers: Vec<Id> = flags
            .iter()
            .filter(|(_, _, on)| on.get_untracked())
            .map(|(id, _, _)| id.clone())
            .collect();
        let saved_name = name.get_untracked().trim().to_owned();
        let referrer_id = Id::parse(&referrer.get_untracked()).ok();
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
            Connection::from_key(&connection.get_untracked()).unwrap_or(Connection::Professional),
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
            let kept_forgotten = p
                .referred_by
                .as_ref()
                .is_some_and(|r| r.referrer == Referrer::NoLongerTracked);
            let interview = suggestion.map(|s| s.interview).or_else(|| {
                p.referred_by
                    .as_ref()
                    .filter(|r| r.referrer_id() == referrer_id.as_ref())
                    .and_then(|r| r.interview.clone())
            });
            p.referred_by = match referrer_id {
                Some(by) => Some(ReferredBy {
                    referrer: Referrer::Person { id: by },
                    may_use_name: may_use,
                    interview,
                }),
                None if kept_forgotten => p.referred_by.take(),
                None => None,
            };
            p.updated_at = cx.now;
        });
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
    let referrer_name = suggested_in.as_ref().and_then(|s| {
        state
            .doc
            .with_untracked(|d| d.person(&s.by).map(|p| p.name.clone()))
    });

    view! {
        <form on:submit=submit novalidate class="person-form">
            {move || form_error.get().map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
            <div class="grid-2">
                <TextField label="Name" value=name required=true error=name_error autocomplete="off"/>
                <TextField label="Role" value=role hint="Their job title, if you know it"/>
                <TextField label="Organisation" value=organisation/>
                <TextField label="Email" value=email kind="email" error=email_error autocomplete="off"/>
                <TextField label="Phone" value=phone kind="tel" autocomplete="off"/>
                <TextField
                    label="Profile link"
                    value=profile_url
                    kind="url"
                    error=url_error
                    hint="A web address starting with https://"
                />
            </div>
            {(!is_suggestion).then(|| view! {
                <div class="grid-2">
                    <SelectField label="How you know them" value=connection options=connection_options.clone()/>
                    <SelectField label="Suggested by" value=referrer options=referrer_options.clone()/>
                </div>
            })}
            <Checkbox
                label=match &referrer_name {
                    Some(n) => format!("{n} said I may mention their name"),
                    None => "The person who suggested them said I may mention their name".to_owned(),
                }
                checked=may_use_name
            />
            {career_boxes}
            <TextField label="Notes" value=notes multiline=true rows=3/>
            <Checkbox
                label="Keep these notes private"
                checked=notes_private
                hint="(left out of the copy you share with a mentor)"
            />
            <div class="button-row">
                <button type="submit" class="button">{submit_label}</button>
                <button type="button" class="button button-quiet" on:click=move |_| on_done.run(None)>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
