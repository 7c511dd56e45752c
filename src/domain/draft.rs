//! The messages a user is writing for one talk, kept with the talk so they survive leaving the
//! page, a reload and moving to another device.
//!
//! A draft follows its template until the user changes the text: until then only the choices
//! are stored (template, tone, highlight), and the text is the template filled from what the
//! planner knows now, so typing "About you" later fills the gaps. Once changed, the text is the
//! user's and is stored as written.

use super::built_in::{BUILT_IN, BuiltIn, built_in, suggested_template};
use super::dates::DateWords;
use super::templates::{Values, fill};
use super::{Document, Id, Interview, Template, TemplateKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a message sounds: to a stranger or a senior person, or to someone you know a little.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    #[default]
    Formal,
    Friendly,
}

impl Tone {
    pub const ALL: [Tone; 2] = [Tone::Formal, Tone::Friendly];

    pub fn label(self) -> &'static str {
        match self {
            Tone::Formal => "Formal",
            Tone::Friendly => "Friendly",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Tone::Formal => "formal",
            Tone::Friendly => "friendly",
        }
    }

    pub fn from_key(key: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// Text the user wrote or changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Written {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Draft {
    /// What the message is for; a talk keeps one draft of each kind.
    pub kind: TemplateKind,
    /// The template chosen: "b:<key>" for one that ships with the app, "u:<id>" for one of
    /// the user's own. Empty: the one the planner suggests for the talk.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub template: String,
    #[serde(default)]
    pub tone: Tone,
    /// The highlight of the talk a thank-you turns into a sentence (a key from
    /// `templates::highlights`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlight: Option<String>,
    /// The text as the user changed it; `None` while the draft follows its template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
}

impl Draft {
    pub fn new(kind: TemplateKind) -> Self {
        Draft {
            kind,
            template: String::new(),
            tone: Tone::default(),
            highlight: None,
            written: None,
        }
    }

    /// Whether the user changed the text, so it no longer follows the template.
    pub fn is_edited(&self) -> bool {
        self.written.is_some()
    }
}

impl Interview {
    /// The draft of a message of this kind, if the user has started one.
    pub fn draft(&self, kind: TemplateKind) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.kind == kind)
    }

    /// The draft of this kind, started if there is none yet.
    pub fn draft_mut(&mut self, kind: TemplateKind) -> &mut Draft {
        let at = match self.drafts.iter().position(|d| d.kind == kind) {
            Some(at) => at,
            None => {
                self.drafts.push(Draft::new(kind));
                self.drafts.len() - 1
            }
        };
        &mut self.drafts[at]
    }

    /// Keeps the user's own text for this kind of message.
    pub fn write_draft(&mut self, kind: TemplateKind, subject: String, body: String) {
        self.draft_mut(kind).written = Some(Written { subject, body });
    }

    /// Chooses a template (and tone) for this kind of message. Refused (false) while the user's
    /// own text stands: choosing must never replace what they wrote.
    pub fn choose_template(&mut self, kind: TemplateKind, template: &str, tone: Tone) -> bool {
        let draft = self.draft_mut(kind);
        if draft.is_edited() {
            return false;
        }
        draft.template = template.to_owned();
        draft.tone = tone;
        true
    }

    /// Chooses the highlight a thank-you is built around; refused like `choose_template`.
    pub fn choose_highlight(&mut self, kind: TemplateKind, highlight: Option<String>) -> bool {
        let draft = self.draft_mut(kind);
        if draft.is_edited() {
            return false;
        }
        draft.highlight = highlight;
        true
    }

    /// Forgets the user's text, so the draft follows its template again.
    pub fn restart_draft(&mut self, kind: TemplateKind) {
        if let Some(draft) = self.drafts.iter_mut().find(|d| d.kind == kind) {
            draft.written = None;
        }
    }
}

/// Where a draft's text comes from.
#[derive(Clone, Copy)]
pub enum Source<'a> {
    BuiltIn(&'static BuiltIn),
    Own(&'a Template),
}

impl Source<'_> {
    /// How a draft names it: "b:<key>" or "u:<id>".
    pub fn key(&self) -> String {
        match self {
            Source::BuiltIn(t) => format!("b:{}", t.key),
            Source::Own(t) => format!("u:{}", t.id),
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::BuiltIn(t) => t.name.to_owned(),
            Source::Own(t) => format!("{} (mine)", t.name),
        }
    }

    /// The subject and body in a tone; the user's own templates have one tone, their own.
    pub fn text(&self, tone: Tone) -> (&str, &str) {
        match self {
            Source::BuiltIn(t) => (t.text(tone).subject, t.text(tone).body),
            Source::Own(t) => (&t.subject, &t.body),
        }
    }
}

/// The templates offered for a kind of message: the app's, then the user's own.
pub fn sources(doc: &Document, kind: TemplateKind) -> Vec<Source<'_>> {
    BUILT_IN
        .iter()
        .filter(|t| t.kind == kind)
        .map(Source::BuiltIn)
        .chain(
            doc.templates
                .iter()
                .filter(|t| t.kind == kind)
                .map(Source::Own),
        )
        .collect()
}

/// The template a key names, if it still exists and is of this kind.
fn source<'a>(doc: &'a Document, kind: TemplateKind, key: &str) -> Option<Source<'a>> {
    if let Some(key) = key.strip_prefix("b:") {
        return built_in(key)
            .filter(|t| t.kind == kind)
            .map(Source::BuiltIn);
    }
    let id = key.strip_prefix("u:")?;
    doc.templates
        .iter()
        .find(|t| t.id.as_str() == id && t.kind == kind)
        .map(Source::Own)
}

/// What a talk's message of one kind says now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: TemplateKind,
    /// The template it follows or started from ("b:<key>" or "u:<id>").
    pub template: String,
    pub tone: Tone,
    pub highlight: Option<String>,
    pub subject: String,
    pub body: String,
    /// Whether the text is the user's own, no longer following the template.
    pub edited: bool,
}

/// The message of this kind for a talk: the user's text once they changed it, otherwise the
/// chosen template (or the one that suits the talk) filled from what the planner knows now.
pub fn message(
    doc: &Document,
    talk: &Id,
    kind: TemplateKind,
    today: NaiveDate,
    words: &dyn DateWords,
) -> Option<Message> {
    let t = doc.interview(talk)?;
    let draft = t.draft(kind).cloned().unwrap_or_else(|| Draft::new(kind));
    let from = source(doc, kind, &draft.template)
        .unwrap_or_else(|| Source::BuiltIn(suggested_template(doc, t, kind, today)));
    let (subject, body) = match &draft.written {
        Some(w) => (w.subject.clone(), w.body.clone()),
        None => {
            let values = Values::for_interview(doc, talk, words, draft.highlight.as_deref());
            let (subject, body) = from.text(draft.tone);
            (fill(subject, &values).text, fill(body, &values).text)
        }
    };
    Some(Message {
        kind,
        template: from.key(),
        tone: draft.tone,
        highlight: draft.highlight,
        subject,
        body,
        edited: draft.written.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;
    use chrono::DateTime;

    fn talk() -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap();
        Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        )
    }

    #[test]
    fn one_draft_per_kind() {
        let mut t = talk();
        assert!(t.draft(TemplateKind::FirstEmail).is_none());
        t.write_draft(TemplateKind::FirstEmail, "S".into(), "B".into());
        t.write_draft(TemplateKind::FirstEmail, "S2".into(), "B2".into());
        t.choose_template(TemplateKind::FollowUp, "b:follow-up", Tone::Friendly);
        assert_eq!(t.drafts.len(), 2);
        let first = t.draft(TemplateKind::FirstEmail).unwrap();
        assert_eq!(first.written.as_ref().unwrap().body, "B2");
        assert_eq!(
            t.draft(TemplateKind::FollowUp).unwrap().tone,
            Tone::Friendly
        );
    }

    #[test]
    fn choosing_never_replaces_written_text() {
        let mut t = talk();
        t.choose_template(TemplateKind::FirstEmail, "b:email-cold", Tone::Formal);
        t.write_draft(TemplateKind::FirstEmail, "Mine".into(), "My words".into());
        assert!(!t.choose_template(TemplateKind::FirstEmail, "b:email-shared", Tone::Friendly));
        assert!(!t.choose_highlight(TemplateKind::FirstEmail, Some("learned".into())));
        let d = t.draft(TemplateKind::FirstEmail).unwrap();
        assert_eq!(
            (d.template.as_str(), d.tone),
            ("b:email-cold", Tone::Formal)
        );
        assert!(d.is_edited());
        t.restart_draft(TemplateKind::FirstEmail);
        let d = t.draft(TemplateKind::FirstEmail).unwrap();
        assert!(!d.is_edited());
        assert_eq!(d.template, "b:email-cold");
    }

    #[test]
    fn a_talk_without_drafts_is_written_as_before() {
        let t = talk();
        let json = serde_json::to_string(&t).unwrap();
        assert!(!json.contains("drafts"), "{json}");
        let back: Interview = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn drafts_round_trip() {
        let mut t = talk();
        t.choose_template(TemplateKind::ThankYou, "b:thanks", Tone::Friendly);
        t.choose_highlight(TemplateKind::ThankYou, Some("learned".into()));
        t.write_draft(
            TemplateKind::FirstEmail,
            "Hello".into(),
            "Line\nline".into(),
        );
        let json = serde_json::to_string(&t).unwrap();
        let back: Interview = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
        // Only what is set is written.
        let one: Draft = serde_json::from_str(r#"{"kind":"check_in"}"#).unwrap();
        assert_eq!(one, Draft::new(TemplateKind::CheckIn));
    }
}
