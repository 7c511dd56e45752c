//! Careers or industries the user wants to learn about (step 1).

use super::formats::text;
use super::{Id, Timestamp};
use serde::{Deserialize, Serialize};

/// Why the user is exploring this career; any number of them can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Explore the field and sharpen a career goal.
    Explore,
    /// Grow a professional network.
    Network,
    /// Practise interviewing and build confidence.
    Practice,
    /// Hear how the work really is from someone inside it.
    InsiderView,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::Explore,
        Reason::Network,
        Reason::Practice,
        Reason::InsiderView,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Reason::Explore => "explore",
            Reason::Network => "network",
            Reason::Practice => "practice",
            Reason::InsiderView => "insider_view",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Reason::Explore => "Explore it and sharpen my goal",
            Reason::Network => "Grow my network",
            Reason::Practice => "Practice talking with professionals",
            Reason::InsiderView => "Get an insider's view",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Career {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub reasons: Vec<Reason>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub archived: bool,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}

impl Career {
    pub fn new(id: Id, name: impl Into<String>, now: Timestamp) -> Self {
        Career {
            id,
            name: name.into(),
            reasons: Vec::new(),
            notes: String::new(),
            archived: false,
            created_at: now,
            updated_at: now,
        }
    }

    /// Turns a reason on or off, keeping the list sorted so files diff cleanly.
    pub fn set_reason(&mut self, reason: Reason, on: bool) {
        let keep = |r: Reason| (r == reason && on) || (r != reason && self.reasons.contains(&r));
        self.reasons = Reason::ALL.into_iter().filter(|r| keep(*r)).collect();
    }
}
