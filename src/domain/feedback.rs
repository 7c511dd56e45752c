//! The small file a mentor sends back: comments on careers and talks of a shared planner.

use super::decode::Obj;
use super::import::{ImportError, parse_json};
use super::{Comment, CommentTarget, Document, Timestamp};

pub const FEEDBACK_FORMAT: &str = "informational-interview-planner-feedback";
pub const FEEDBACK_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub format: String,
    pub schema_version: u32,
    pub exported_at: Timestamp,
    /// Whose planner the comments are about, to help the owner recognise the file.
    pub planner_of: String,
    pub comments: Vec<Comment>,
}

pub fn feedback_text(reviewed: &Document, now: Timestamp) -> String {
    let feedback = Feedback {
        format: FEEDBACK_FORMAT.to_owned(),
        schema_version: FEEDBACK_VERSION,
        exported_at: now,
        planner_of: reviewed.profile.name.clone(),
        comments: reviewed.comments.clone(),
    };
    super::encode::feedback(&feedback)
}

/// Whether parsed JSON is a feedback file (rather than a planner).
pub fn is_feedback(text: &str) -> bool {
    // Cheap look before a full parse: the format name is near the top of the file.
    text.get(..300.min(text.len()))
        .is_some_and(|head| head.contains(FEEDBACK_FORMAT))
}

pub fn parse_feedback(text: &str) -> Result<Feedback, ImportError> {
    let value = parse_json(text)?;
    let problem = std::cell::Cell::new(None);
    let o = Obj::root(&value, &problem)?;
    let format = o.string("format");
    o.finish()?;
    if format != FEEDBACK_FORMAT {
        return Err(ImportError::at(
            "format",
            format!("expected \"{FEEDBACK_FORMAT}\""),
        ));
    }
    let version = o.number("schema_version", u32::MAX as u64).unwrap_or(0);
    o.finish()?;
    if version == 0 || version > FEEDBACK_VERSION as u64 {
        return Err(ImportError::at(
            "schema_version",
            format!("this build reads feedback version {FEEDBACK_VERSION}, not {version}"),
        ));
    }
    let comments = o.list("comments", super::decode::comment);
    o.finish()?;
    let mut seen = std::collections::BTreeSet::new();
    for (i, c) in comments.iter().enumerate() {
        if !seen.insert(&c.id) {
            return Err(ImportError::at(
                format!("comments[{i}].id"),
                format!("\"{}\" is used twice", c.id),
            ));
        }
    }
    let exported_at = o.timestamp("exported_at");
    let planner_of = o.text("planner_of");
    o.finish()?;
    Ok(Feedback {
        format,
        schema_version: version as u32,
        exported_at,
        planner_of,
        comments,
    })
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub added: usize,
    pub updated: usize,
    /// Comments on careers or talks that are no longer in the planner; left out.
    pub orphaned: usize,
}

/// Adds the mentor's comments: by id, the newer version wins; comments whose career or talk is
/// gone are left out (and counted) so the planner stays consistent.
pub fn apply(doc: &mut Document, feedback: &Feedback) -> Applied {
    let mut applied = Applied::default();
    for c in &feedback.comments {
        let target_exists = match &c.target {
            CommentTarget::Career(id) => doc.career(id).is_some(),
            CommentTarget::Interview(id) => doc.interview(id).is_some(),
        };
        if !target_exists {
            applied.orphaned += 1;
            continue;
        }
        match doc.comments.iter_mut().find(|x| x.id == c.id) {
            Some(existing) if c.updated_at > existing.updated_at => {
                *existing = c.clone();
                applied.updated += 1;
            }
            Some(_) => {}
            None => {
                doc.comments.push(c.clone());
                applied.added += 1;
            }
        }
    }
    applied
}
