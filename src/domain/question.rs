//! The question bank (step 2).

use super::formats::text;
use super::{Id, Timestamp};
use serde::{Deserialize, Serialize};

/// Where a question belongs: the six usual topics of an informational interview, then the five
/// groups of the TIARA framework (Trends, Insights, Advice, Resources, Assignments).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    TypicalDay,
    Preparation,
    Rewards,
    TheirPath,
    Trends,
    Insights,
    Advice,
    Resources,
    Assignments,
    Other,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::TypicalDay,
        Category::Preparation,
        Category::Rewards,
        Category::TheirPath,
        Category::Trends,
        Category::Insights,
        Category::Advice,
        Category::Resources,
        Category::Assignments,
        Category::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::TypicalDay => "A working day",
            Category::Preparation => "Education, skills and experience",
            Category::Rewards => "Best and hardest parts",
            Category::TheirPath => "Their path",
            Category::Trends => "Trends (TIARA)",
            Category::Insights => "Insights (TIARA)",
            Category::Advice => "Advice (TIARA)",
            Category::Resources => "Resources (TIARA)",
            Category::Assignments => "Assignments (TIARA)",
            Category::Other => "Other",
        }
    }

    /// The value used in forms and URLs; the same as the serialised name.
    pub fn key(self) -> &'static str {
        match self {
            Category::TypicalDay => "typical_day",
            Category::Preparation => "preparation",
            Category::Rewards => "rewards",
            Category::TheirPath => "their_path",
            Category::Trends => "trends",
            Category::Insights => "insights",
            Category::Advice => "advice",
            Category::Resources => "resources",
            Category::Assignments => "assignments",
            Category::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Question {
    pub id: Id,
    pub text: String,
    pub category: Category,
    /// Position in the bank; the bank is shown sorted by it.
    #[serde(default)]
    pub order: u32,
    #[serde(default)]
    pub favourite: bool,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}
