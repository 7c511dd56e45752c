//! Comments a mentor writes on a shared file and sends back.

use super::formats::text;
use super::{Id, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CommentTarget {
    Career { id: Id },
    Interview { id: Id },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Comment {
    pub id: Id,
    pub target: CommentTarget,
    /// The mentor's name as they gave it.
    #[serde(default)]
    pub author: String,
    pub text: String,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}
