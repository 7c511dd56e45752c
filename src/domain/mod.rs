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
pub mod dashboard;
pub mod dates;
pub mod decode;
pub mod directory;
pub mod email_check;
pub mod encode;
pub mod exchange;
pub mod feedback;
pub mod ics;
pub mod import;
pub mod json;
pub mod learned;
pub mod links;
pub mod migrate;
pub mod order;
pub mod referrals;
pub mod rules;
pub mod sample;
pub mod starter;
pub mod stored;
pub mod sync;
pub mod templates;
pub mod text;
pub mod validate;

pub use bank::Direction;
pub use career::{Career, Reason};
pub use comment::{Comment, CommentTarget};
pub use forget::Forgotten;
pub use ids::{Id, IdSource, MAX_ID_LEN, SeqIds};
pub use interview::{
    AdviceAction, AskedQuestion, Channel, DEFAULT_DURATION_MINUTES, Debrief, Interview,
    OutreachEvent, OutreachKind, PrepItem, Status,
};
pub use person::{Connection, Person, ReferredBy, Referrer};
pub use question::{Category, Question};
pub use template::{Template, TemplateKind};

use chrono::{DateTime, FixedOffset};

/// A moment with the offset the user's device had, so files from several time zones compare.
pub type Timestamp = DateTime<FixedOffset>;

/// The name every file of this app carries, so other JSON is told apart from ours.
pub const FORMAT: &str = "informational-interview-planner";

/// The shape of the data this build reads and writes. Older shapes are migrated on load.
pub const SCHEMA_VERSION: u32 = 2;

/// About the user: fills the placeholders of message templates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    /// Their school, programme or current field, as they would say it in an email.
    pub field: String,
}

/// Everything the app stores, and the root of every exported file.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub format: String,
    pub schema_version: u32,
    /// Counts the saves of this browser's copy, so a tab can tell that another tab saved in
    /// between. Written third, so a tab can read it from the start of the stored text without
    /// reading the rest; left out of exports (it means nothing on another device).
    pub revision: u64,
    pub exported_at: Option<Timestamp>,
    pub profile: Profile,
    pub careers: Vec<Career>,
    pub questions: Vec<Question>,
    pub people: Vec<Person>,
    pub interviews: Vec<Interview>,
    pub templates: Vec<Template>,
    pub comments: Vec<Comment>,
    pub last_export_at: Option<Timestamp>,
}

impl Document {
    /// An empty document of the current format.
    pub fn empty() -> Self {
        Document {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            revision: 0,
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
    pub fn fresh(ids: &mut impl IdSource, now: Timestamp) -> Self {
        Document {
            questions: starter::question_bank(ids, now),
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
