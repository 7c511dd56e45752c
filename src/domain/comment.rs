//! Comments a mentor writes on a shared file and sends back.

use super::{Id, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CommentTarget {
    Career(Id),
    Interview(Id),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: Id,
    pub target: CommentTarget,
    /// The mentor's name as they gave it.
    pub author: String,
    pub text: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}
