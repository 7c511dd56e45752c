//! People the user might talk to (step 3). These are third parties' details: see `forget`.

use super::formats::text;
use super::{Document, Id, Timestamp};
use serde::{Deserialize, Serialize};

/// How the user knows, or found, the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Connection {
    Personal,
    Professional,
    Academic,
    Alumni,
    Referral,
    /// One of the user's connections on LinkedIn, taken from LinkedIn's export.
    #[serde(rename = "linkedin")]
    LinkedIn,
}

impl Connection {
    pub const ALL: [Connection; 6] = [
        Connection::Personal,
        Connection::Professional,
        Connection::Academic,
        Connection::Alumni,
        Connection::Referral,
        Connection::LinkedIn,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Connection::Personal => "Family, friends, neighbors",
            Connection::Professional => "Work and volunteering contacts",
            Connection::Academic => "Teachers, classmates, advisors",
            Connection::Alumni => "Alumni from my school",
            Connection::Referral => "Suggested by someone I talked to",
            Connection::LinkedIn => "A LinkedIn connection",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Connection::Personal => "personal",
            Connection::Professional => "professional",
            Connection::Academic => "academic",
            Connection::Alumni => "alumni",
            Connection::Referral => "referral",
            Connection::LinkedIn => "linkedin",
        }
    }

    pub fn from_key(key: &str) -> Option<Connection> {
        Connection::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Who suggested this person, or introduced the user to them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Referrer {
    Person {
        id: Id,
    },
    /// The referrer was forgotten at the user's request; only the fact of a referral remains.
    NoLongerTracked,
    /// Someone who is not in the planner and connects the user with this person (a professor
    /// who writes an introduction, say): only their name is kept.
    Named {
        name: String,
    },
}

impl Referrer {
    /// The referrer's name as the user knows it, when there is one to show.
    pub fn name<'a>(&'a self, doc: &'a Document) -> Option<&'a str> {
        match self {
            Referrer::Person { id } => doc.person(id).map(|p| p.name.as_str()),
            Referrer::Named { name } => Some(name.as_str()),
            Referrer::NoLongerTracked => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReferredBy {
    pub referrer: Referrer,
    /// Whether the referrer allowed the user to mention them when reaching out.
    #[serde(default)]
    pub may_use_name: bool,
    /// The talk in which the referral was made, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<Id>,
}

impl ReferredBy {
    /// The person in the planner who made the referral, if they are one.
    pub fn referrer_id(&self) -> Option<&Id> {
        match &self.referrer {
            Referrer::Person { id } => Some(id),
            Referrer::NoLongerTracked | Referrer::Named { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Person {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organisation: String,
    /// Careers this person can tell the user about.
    #[serde(default)]
    pub careers: Vec<Id>,
    pub connection: Connection,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub profile_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_by: Option<ReferredBy>,
    #[serde(default)]
    pub notes: String,
    /// Private notes stay out of the export made for a mentor.
    #[serde(default)]
    pub notes_private: bool,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}

impl Person {
    pub fn new(id: Id, name: impl Into<String>, connection: Connection, now: Timestamp) -> Self {
        Person {
            id,
            name: name.into(),
            role: String::new(),
            organisation: String::new(),
            careers: Vec::new(),
            connection,
            email: String::new(),
            phone: String::new(),
            profile_url: String::new(),
            referred_by: None,
            notes: String::new(),
            notes_private: false,
            created_at: now,
            updated_at: now,
        }
    }

    /// "Role at Organisation", with whichever parts are known.
    pub fn role_line(&self) -> String {
        match (self.role.trim(), self.organisation.trim()) {
            ("", "") => String::new(),
            (role, "") => role.to_owned(),
            ("", org) => org.to_owned(),
            (role, org) => format!("{role} at {org}"),
        }
    }
}
