//! Where keyboard focus goes when the page changes under it.
//!
//! The rule the whole app follows: when an action opens, replaces or removes content, focus
//! moves to where the user's work continues (the new form's first field or heading; the button
//! that opened a form after Cancel or Save; the next item after a delete), and Escape closes
//! what it opened. A new page puts focus on its heading, which screen readers then read out.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses `element`, making it focusable first if it is not (a heading, a list item).
pub fn focus_element(element: &web_sys::HtmlElement) {
    if element.tab_index() < 0 && !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let _ = element.focus();
}

/// Focuses the element behind `node` once the current change is drawn.
pub fn focus_soon<E>(node: NodeRef<E>)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    request_animation_frame(move || {
        if let Some(el) = node.get_untracked() {
            focus_element(el.unchecked_ref());
        }
    });
}

/// Focuses the element with this id once the current change is drawn; false if there is none.
pub fn focus_id_soon(id: String) {
    request_animation_frame(move || {
        focus_id(&id);
    });
}

pub fn focus_id(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = &element {
        focus_element(element);
    }
    element.is_some()
}

/// Focuses, once the current change is drawn, the first of these elements that is on the page:
/// after a deletion, the next item, else the list's heading, else what adds a first item.
pub fn focus_first_of(ids: Vec<String>) {
    request_animation_frame(move || {
        for id in &ids {
            if focus_id(id) {
                return;
            }
        }
    });
}

/// The ids of the elements after and before the one with this id (a card in a list), nearest
/// first: where focus goes when that element is removed.
pub fn neighbour_ids(id: &str) -> Vec<String> {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return Vec::new();
    };
    [
        element.next_element_sibling(),
        element.previous_element_sibling(),
    ]
    .into_iter()
    .flatten()
    .map(|e| e.id())
    .filter(|id| !id.is_empty())
    .collect()
}

/// Focuses the first element `selector` finds in the page once the current change is drawn.
pub fn focus_selector_soon(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            focus_element(&element);
        }
    });
}

/// A place on the page that asks for focus when the page is reached by a link to it
/// (`/people?person=…` focuses that person's card). Provided at the root; read by the
/// navigation, which otherwise focuses the new page's heading.
#[derive(Clone, Copy)]
pub struct FocusClaim(RwSignal<Option<String>>);

impl FocusClaim {
    pub fn new() -> Self {
        FocusClaim(RwSignal::new(None))
    }

    /// Asks that the element with this id get focus instead of the page heading.
    pub fn claim(&self, id: impl Into<String>) {
        self.0.set(Some(id.into()));
    }

    fn take(&self) -> Option<String> {
        self.0.try_update(Option::take).flatten()
    }
}

impl Default for FocusClaim {
    fn default() -> Self {
        FocusClaim::new()
    }
}

pub fn use_focus_claim() -> FocusClaim {
    expect_context::<FocusClaim>()
}

/// After every navigation but the first load, focuses what the new page claimed, or its h1.
pub fn focus_on_navigation(claim: FocusClaim) {
    let location = leptos_router::hooks::use_location();
    // The place is compared with the last one by value: the effect can be woken when only the
    // hash changed (following the skip link, once other parts of the page read the path too),
    // and the focus the browser gave the skip link's target must then stay where it is.
    Effect::new(move |last: Option<(String, String)>| {
        let place = (location.pathname.get(), location.search.get());
        let Some(last) = last else {
            // On a fresh load the browser starts at the top; the skip link is the way in.
            return place;
        };
        if last != place {
            request_animation_frame(move || {
                let claimed = claim.take().is_some_and(|id| focus_id(&id));
                if !claimed {
                    focus_selector_soon("main h1");
                }
            });
        }
        place
    });
}
