//! Before leaving the talk: the names it gave, and a form to add each one.

use crate::app::href;
use crate::components::buttons::ActionButton;
use crate::components::focus::{focus_id_soon, focus_selector_soon};
use crate::components::notice::Notice;
use crate::components::person_form::{PersonForm, SuggestedIn};
use crate::domain::Id;
use crate::domain::dashboard::REFERRAL_GOAL;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// The id of the button that opens the form, for giving it focus back.
const ADD_ID: &str = "add-suggested-person";

/// Someone this talk's contact suggested.
#[derive(Clone, PartialEq)]
struct Referral {
    id: Id,
    name: String,
    may_use_name: bool,
}

#[component]
pub(super) fn BeforeLeaving(talk: Id, notice: Notice) -> impl IntoView {
    let state = use_app();
    let adding = RwSignal::new(false);
    let contact = state
        .doc
        .with_untracked(|d| d.interview(&talk).map(|t| t.person.clone()));
    let t_list = talk.clone();
    let referrals = Memo::new(move |_| {
        state.doc.with(|d| {
            d.referrals_from(&t_list)
                .into_iter()
                .map(|p| Referral {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    may_use_name: p.referred_by.as_ref().is_some_and(|r| r.may_use_name),
                })
                .collect::<Vec<_>>()
        })
    });
    let tally = move || {
        let n = referrals.with(Vec::len);
        format!(
            "{n} of {REFERRAL_GOAL} names{}",
            if n >= REFERRAL_GOAL {
                ": well done"
            } else {
                ""
            }
        )
    };
    let open_form = move || {
        adding.set(true);
        focus_selector_soon(".suggested-form input");
    };
    // Back to the button that opened the form, which is drawn again in its place.
    let close_form = move || {
        adding.set(false);
        focus_id_soon(ADD_ID.to_owned());
    };
    let add_button = move || {
        view! {
            <div class="button-row">
                <ActionButton on_click=open_form primary=true id=ADD_ID>
                    "Add a person they suggested"
                </ActionButton>
            </div>
        }
    };
    // Drawn only as it opens or closes: what the user types survives saves from other tabs.
    // A shared planner under review gets no form: nobody can be added to it.
    let form = contact
        .filter(|_| state.review.with_untracked(Option::is_none))
        .map(|by| {
            view! {
                <Show when=move || adding.get() fallback=add_button>
                    <div
                        class="card suggested-form"
                        on:keydown=move |ev| {
                            if ev.key() == "Escape" {
                                ev.prevent_default();
                                close_form();
                            }
                        }
                    >
                        <h3>"Someone they suggested"</h3>
                        <PersonForm
                            person=None
                            suggested_in=SuggestedIn { by: by.clone(), interview: talk.clone() }
                            on_done=Callback::new(move |saved: Option<String>| {
                                close_form();
                                if let Some(name) = saved {
                                    notice.say(format!("Added {name} to your people."));
                                }
                            })
                        />
                    </div>
                </Show>
            }
        });
    view! {
        <section aria-labelledby="leave-heading" class="card before-leaving">
            <h2 id="leave-heading">"Before you leave"</h2>
            <ul>
                <li>"Ask for at least two more people you could talk to."</li>
                <li>"Ask whether you may say that they suggested them."</li>
                <li>"Thank them, and send a note within a week (the next day is best)."</li>
            </ul>
            <p class="strong">{tally}</p>
            <For each=move || referrals.get() key=|r| r.id.clone() let:referral>
                <ReferralLine id=referral.id referrals/>
            </For>
            {form}
        </section>
    }
}

#[component]
fn ReferralLine(id: Id, referrals: Memo<Vec<Referral>>) -> impl IntoView {
    let referral =
        Memo::new(move |_| referrals.with(|all| all.iter().find(|r| r.id == id).cloned()));
    move || {
        referral.get().map(|r| {
            let note = if r.may_use_name {
                " (you may say who sent you)"
            } else {
                " (do not mention who sent you)"
            };
            view! {
                <p>
                    <A href=href(&format!("/people?person={}", r.id))>{r.name}</A>
                    {note}
                </p>
            }
        })
    }
}
