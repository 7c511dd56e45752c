//! A destructive button that asks once more, in place, before it acts. It has no place on a
//! shared planner opened read-only, so it is not shown there.
//!
//! The question takes focus; Cancel or Escape gives it back to the button. After the action,
//! what was deleted is gone, so `on_confirm` moves focus to where the user's work continues.

use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    /// The button's text, e.g. "Delete".
    #[prop(into)]
    label: String,
    /// An accessible name that says what is affected, e.g. "Delete Nursing".
    #[prop(into)]
    aria_label: String,
    /// The question asked before acting.
    #[prop(into)]
    question: String,
    /// The confirming button's text, e.g. "Yes, delete it".
    #[prop(into)]
    confirm: String,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let confirm_ref = NodeRef::<leptos::html::Button>::new();
    let trigger_ref = NodeRef::<leptos::html::Button>::new();
    // Back to the button that asked, which is drawn again in place of the question.
    let cancel = move || {
        asking.set(false);
        crate::components::focus::focus_soon(trigger_ref);
    };
    Effect::new(move |_| {
        if let (true, Some(button)) = (asking.get(), confirm_ref.get()) {
            let _ = button.focus();
        }
    });
    let state = crate::state::use_app();
    move || {
        if state.read_only() {
            ().into_any()
        } else if asking.get() {
            view! {
                <div
                    class="confirm"
                    role="group"
                    aria-label=aria_label.clone()
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            cancel();
                        }
                    }
                >
                    <p class="confirm-question">{question.clone()}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="button button-danger button-small"
                            node_ref=confirm_ref
                            on:click=move |_| {
                                asking.set(false);
                                on_confirm.run(());
                            }
                        >
                            {confirm.clone()}
                        </button>
                        <button
                            type="button"
                            class="button button-quiet button-small"
                            on:click=move |_| cancel()
                        >
                            "Cancel"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="button button-quiet button-small"
                    aria-label=aria_label.clone()
                    node_ref=trigger_ref
                    on:click=move |_| asking.set(true)
                >
                    {label.clone()}
                </button>
            }
            .into_any()
        }
    }
}
