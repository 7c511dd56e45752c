//! Reading a chosen or dropped file: a planner or a mentor's feedback to import after the user
//! has seen what it holds, or a shared planner to open read-only.

use crate::components::file_drop::read_file;
use crate::components::notice::Notice;
use crate::domain::Document;
use crate::domain::exchange::{Preview, preview};
use crate::domain::feedback::{Feedback, is_feedback, parse_feedback};
use crate::domain::import::{ImportError, decode, parse_document};
use crate::state::{AppState, use_app};
use leptos::prelude::*;

/// A file that passed every check and waits for the user's decision.
#[derive(Clone)]
pub enum Pending {
    Planner {
        file: String,
        doc: Box<Document>,
        preview: Preview,
        from_version: u32,
    },
    Feedback {
        file: String,
        feedback: Feedback,
    },
}

/// What a file input is for.
#[derive(Clone, Copy, PartialEq)]
pub enum Purpose {
    Import,
    Review,
}

/// What came of a decision on a file, shown where its preview was.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub title: String,
    pub lines: Vec<String>,
}

/// The element that takes focus when an outcome is shown, so it is read out.
pub const OUTCOME_ID: &str = "import-outcome";

/// Where the files of one file input arrive, and what came of the last one. Each input has its
/// own, so a refused file is reported under the input it was chosen in.
#[derive(Clone, Copy)]
pub struct Intake {
    state: AppState,
    /// Where the outcome of a decision is announced.
    pub notice: Notice,
    /// A file waiting for the user to merge, replace, add or cancel.
    pub pending: RwSignal<Option<Pending>>,
    /// Why the last file was refused.
    pub error: RwSignal<Option<String>>,
    /// What came of the last decision.
    pub outcome: RwSignal<Option<Outcome>>,
}

impl Intake {
    pub fn new(notice: Notice) -> Self {
        Intake {
            state: use_app(),
            notice,
            pending: RwSignal::new(None),
            error: RwSignal::new(None),
            outcome: RwSignal::new(None),
        }
    }

    /// Forgets the file waiting for a decision.
    pub fn clear(self) {
        self.pending.set(None);
    }

    /// Shows what came of a decision in place of the file's preview, and puts focus on it.
    pub fn finish(self, outcome: Outcome) {
        self.pending.set(None);
        self.outcome.set(Some(outcome));
        crate::components::focus::focus_id_soon(OUTCOME_ID.to_owned());
    }

    pub fn receive(self, file: web_sys::File, purpose: Purpose) {
        let Intake {
            state,
            notice,
            pending,
            error,
            outcome,
        } = self;
        error.set(None);
        pending.set(None);
        outcome.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            let result: Result<Option<Pending>, ImportError> = async {
                let bytes = read_file(file).await?;
                let text = decode(&bytes)?;
                if purpose == Purpose::Import && is_feedback(text) {
                    let feedback = parse_feedback(text)?;
                    return Ok(Some(Pending::Feedback {
                        file: name.clone(),
                        feedback,
                    }));
                }
                let (doc, from_version) = parse_document(text)?;
                if purpose == Purpose::Review {
                    state.open_review(name.clone(), doc);
                    return Ok(None);
                }
                let preview = state.doc.with_untracked(|current| preview(current, &doc));
                Ok(Some(Pending::Planner {
                    file: name.clone(),
                    doc: Box::new(doc),
                    preview,
                    from_version,
                }))
            }
            .await;
            match result {
                Ok(Some(p)) => pending.set(Some(p)),
                Ok(None) => {
                    notice.say(format!(
                        "Opened {name} to review. Your own planner is untouched."
                    ));
                    // The panel for the review replaces what the page offered before.
                    crate::components::focus::focus_id_soon("review-heading".to_owned());
                }
                Err(e) => error.set(Some(format!("{name}: {e}"))),
            }
        });
    }
}
