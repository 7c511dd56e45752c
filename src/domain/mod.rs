//! The planner's data and rules, in plain Rust.
//!
//! Nothing here touches the browser or reads a clock: callers pass `today` and `now`, and a source
//! of ids, so every rule can be tested natively with fixed dates.

mod bank;
mod career;
mod comment;
mod forget;
mod ids;
mod interview;
mod person;
mod question;
mod talk;
mod template;

pub mod agenda;
pub mod built_in;
pub mod dashboard;
pub mod date_sense;
pub mod dates;
pub mod directory;
pub mod draft;
pub mod email_check;
pub mod exchange;
pub mod feedback;
pub mod formats;
pub mod ics;
pub mod import;
pub mod learned;
pub mod linkedin;
pub mod links;
pub mod mailto;
pub mod migrate;
pub mod order;
pub mod referrals;
pub mod replica;
pub mod rules;
pub mod sample;
pub mod spreadsheet;
pub mod starter;
pub mod stored;
pub mod sync;
pub mod templates;
pub mod text;
pub mod validate;

pub use bank::Direction;
pub use career::{Career, Reason};
pub use comment::{Comment, CommentTarget};
pub use draft::{Draft, Tone, Written};
pub use forget::Forgotten;
pub use ids::{Id, IdSource, MAX_ID_LEN, SeqIds};
pub use interview::{
    AdviceAction, AskedQuestion, Channel, CheckInDone, DEFAULT_DURATION_MINUTES, Debrief,
    Interview, OutreachEvent, OutreachKind, PrepItem, Status,
};
pub use person::{Connection, Person, ReferredBy, Referrer};
pub use question::{Category, Question};
pub use replica::Lineage;
pub use talk::{TalkStage, questions_that_fit};
pub use template::{Format, Template, TemplateKind};

use chrono::{DateTime, FixedOffset};
use formats::opt_text;
use serde::{Deserialize, Serialize};

/// A moment with the offset the user's device had, so files from several time zones compare.
pub type Timestamp = DateTime<FixedOffset>;

/// The name every file of this app carries, so other JSON is told apart from ours.
pub const FORMAT: &str = "informational-interview-planner";

/// The shape of the data this build reads and writes. Older shapes are migrated on load.
pub const SCHEMA_VERSION: u32 = 3;

/// About the user: fills the placeholders of message templates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    /// Their programme or current field, as they would say it in an email.
    pub field: String,
    /// The school they attend or attended: what alumni have in common with them.
    pub school: String,
}

/// Everything the app stores, and the root of every exported file. Fields are written in this
/// order, so two exports of the same data diff cleanly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub schema_version: u32,
    /// Which save of this browser's copy this is and which saves it grew from, so tabs can
    /// tell each other's saves apart (see `sync`). Left out of exports: it means nothing on
    /// another device.
    #[serde(default, skip_serializing_if = "Lineage::is_empty")]
    pub saves: Lineage,
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<Timestamp>,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub careers: Vec<Career>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub interviews: Vec<Interview>,
    #[serde(default)]
    pub templates: Vec<Template>,
    #[serde(default)]
    pub comments: Vec<Comment>,
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub last_export_at: Option<Timestamp>,
}

impl Document {
    /// An empty document of the current format.
    pub fn empty() -> Self {
        Document {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            saves: Lineage::default(),
            exported_at: None,
            profile: Profile::default(),
            careers: Vec::new(),
            questions: Vec::new(),
            people: Vec::new(),
            interviews: Vec::new(),
            templates: Vec::new(),
            comments: Vec::new(),
            last_export_at: None,
        }
    }

    /// What a new user starts with: no records of their own, the starter question bank.
    pub fn fresh() -> Self {
        Document {
            questions: starter::question_bank(),
            ..Document::empty()
        }
    }

    pub fn career(&self, id: &Id) -> Option<&Career> {
        self.careers.iter().find(|c| &c.id == id)
    }

    pub fn career_mut(&mut self, id: &Id) -> Option<&mut Career> {
        self.careers.iter_mut().find(|c| &c.id == id)
    }

    pub fn question(&self, id: &Id) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    pub fn question_mut(&mut self, id: &Id) -> Option<&mut Question> {
        self.questions.iter_mut().find(|q| &q.id == id)
    }

    pub fn person(&self, id: &Id) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }

    pub fn person_mut(&mut self, id: &Id) -> Option<&mut Person> {
        self.people.iter_mut().find(|p| &p.id == id)
    }

    pub fn interview(&self, id: &Id) -> Option<&Interview> {
        self.interviews.iter().find(|i| &i.id == id)
    }

    pub fn interview_mut(&mut self, id: &Id) -> Option<&mut Interview> {
        self.interviews.iter_mut().find(|i| &i.id == id)
    }

    /// The bank in the order the user arranged it.
    pub fn questions_in_order(&self) -> Vec<&Question> {
        let mut bank: Vec<&Question> = self.questions.iter().collect();
        order::sort_by_rank(&mut bank, |q| q.order as u64);
        bank
    }

    /// People suggested during a given talk: the referrals it gathered.
    pub fn referrals_from(&self, interview: &Id) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| {
                p.referred_by
                    .as_ref()
                    .is_some_and(|r| r.interview.as_ref() == Some(interview))
            })
            .collect()
    }

    /// Talks with one person, oldest first.
    pub fn interviews_with(&self, person: &Id) -> Vec<&Interview> {
        self.interviews
            .iter()
            .filter(|i| &i.person == person)
            .collect()
    }
}
