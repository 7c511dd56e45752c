//! "Who led to whom": every person under the person who suggested them.

use crate::app::href;
use crate::domain::Id;
use crate::domain::referrals::{ChainNode, chains, has_any_referral};
use crate::state::use_app;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn ReferralChains() -> impl IntoView {
    let state = use_app();
    // Most saves change neither the chains nor a name in them; the tree then stays as it is.
    let forest = Memo::new(move |_| {
        state.doc.with(|d| {
            if !has_any_referral(d) {
                return None;
            }
            let names = d
                .people
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<BTreeMap<_, _>>();
            Some((chains(d), names))
        })
    });
    move || {
        forest.get().map(|(roots, names)| {
            view! {
                <section aria-labelledby="chains-heading" class="chains">
                    <h2 id="chains-heading">"Who led to whom"</h2>
                    <p class="muted">"Each person is listed under the person who suggested them, starting from your first contacts."</p>
                    <ul class="chain-tree">
                        {roots.into_iter().map(|n| chain_item(n, &names)).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// A person and, nested below, the people they led to.
fn chain_item(node: ChainNode, names: &BTreeMap<Id, String>) -> AnyView {
    let name = names.get(&node.person).cloned().unwrap_or_default();
    let children = (!node.children.is_empty()).then(|| {
        view! { <ul>{node.children.into_iter().map(|c| chain_item(c, names)).collect_view()}</ul> }
    });
    view! {
        <li>
            // A plain link: it stays on this page, so it is never the current page's link.
            <a href=href(&format!("/people?person={}", node.person))>{name}</a>
            {node.from_forgotten.then(|| view! {
                <span class="muted">" (suggested by someone you no longer track)"</span>
            })}
            {node.introduced_by.map(|by| view! {
                <span class="muted">{format!(" (introduced by {by})")}</span>
            })}
            {children}
        </li>
    }
    .into_any()
}
