//! The small file a mentor sends back: comments on careers and talks of a shared planner.

use super::formats::text;
use super::import::{ImportError, check_format, read_header, read_typed};
use super::{Comment, CommentTarget, Document, Timestamp};
use serde::{Deserialize, Serialize};

pub const FEEDBACK_FORMAT: &str = "informational-interview-planner-feedback";
pub const FEEDBACK_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub format: String,
    pub schema_version: u32,
    #[serde(with = "text")]
    pub exported_at: Timestamp,
    /// Whose planner the comments are about, to help the owner recognise the file.
    #[serde(default)]
    pub planner_of: String,
    #[serde(default)]
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
    super::stored::json_text(&feedback, true)
}

/// Whether a file is a feedback file (rather than a planner).
pub fn is_feedback(text: &str) -> bool {
    // Cheap look before a full parse: the format name is near the top of the file.
    // Cut on a character boundary: byte 300 may fall inside an accented letter.
    let end = (0..=300.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    text[..end].contains(FEEDBACK_FORMAT)
}

pub fn parse_feedback(text: &str) -> Result<Feedback, ImportError> {
    let header = read_header(text)?;
    check_format(
        &header,
        FEEDBACK_FORMAT,
        "missing: this is not a feedback file",
    )?;
    let version = header.schema_version.as_ref().and_then(|v| v.as_u64());
    if !version.is_some_and(|v| (1..=FEEDBACK_VERSION as u64).contains(&v)) {
        let found = header
            .schema_version
            .as_ref()
            .map_or("none".into(), super::import::found);
        return Err(ImportError::at(
            "schema_version",
            format!("this build reads feedback version {FEEDBACK_VERSION}, not {found}"),
        ));
    }
    let feedback: Feedback = read_typed(text)?;
    let mut seen = std::collections::BTreeSet::new();
    for (i, c) in feedback.comments.iter().enumerate() {
        if !seen.insert(&c.id) {
            return Err(ImportError::at(
                format!("comments[{i}].id"),
                format!("\"{}\" is used twice", c.id),
            ));
        }
    }
    Ok(feedback)
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
            CommentTarget::Career { id } => doc.career(id).is_some(),
            CommentTarget::Interview { id } => doc.interview(id).is_some(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feedback_file_is_known_whatever_letter_falls_at_the_cut() {
        for pad in 0..4 {
            // The format first, then accented letters running past byte 300.
            let text = format!(
                "{{\n  \"format\": \"{FEEDBACK_FORMAT}\",\n  \"about\": \"{}{}\"\n}}",
                "x".repeat(pad),
                "é".repeat(200)
            );
            assert!(is_feedback(&text), "pad {pad}");
        }
        assert!(!is_feedback(
            "{\"format\": \"informational-interview-planner\"}"
        ));
    }
}
