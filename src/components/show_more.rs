//! Long lists draw one page of items and a "Show more" button that adds the next page, so a
//! planner with hundreds of records stays quick to open and to type in.

use crate::components::buttons::ActionButton;
use crate::components::focus::focus_id_soon;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static LISTS: Cell<usize> = const { Cell::new(0) };
}

/// How many items of one list are on screen.
#[derive(Clone, Copy)]
pub struct Paging {
    shown: RwSignal<usize>,
    step: usize,
    /// Numbers this list's button, which is drawn anew with each page: focus is put back on it.
    list: usize,
}

impl Paging {
    /// Starts with one page of `step` items.
    pub fn new(step: usize) -> Self {
        Paging {
            shown: RwSignal::new(step),
            step,
            list: LISTS.with(|n| {
                n.set(n.get() + 1);
                n.get()
            }),
        }
    }

    /// How many items to draw. Read inside a view, the view is drawn again when more are asked for.
    pub fn limit(self) -> usize {
        self.shown.get()
    }

    /// Makes the calling view depend on the limit without reading it yet.
    pub fn track(self) {
        self.shown.track();
    }

    pub fn limit_untracked(self) -> usize {
        self.shown.get_untracked()
    }
}

/// The button under a list drawn in part; nothing once the whole list is on screen.
#[component]
pub fn ShowMore(paging: Paging, visible: usize, total: usize) -> impl IntoView {
    let id = format!("show-more-{}", paging.list);
    let more = {
        let id = id.clone();
        move || {
            paging.shown.update(|n| *n += paging.step);
            focus_id_soon(id.clone());
        }
    };
    (total > visible).then(|| {
        view! {
            <div class="button-row">
                <ActionButton always=true on_click=more id=id>
                    {format!("Show more ({visible} of {total} shown)")}
                </ActionButton>
            </div>
        }
    })
}
