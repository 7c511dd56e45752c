//! Message templates the user keeps beside the built-in ones, and what each kind is for.

use super::formats::text;
use super::{Id, Timestamp};
use serde::{Deserialize, Serialize};

/// What a message is for: one point of contact of the method. A talk keeps one draft of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TemplateKind {
    /// The first request, by email.
    FirstEmail,
    /// The first request as a LinkedIn connection note.
    #[serde(rename = "linkedin_note")]
    LinkedInNote,
    /// The first request by phone: what to say.
    PhoneScript,
    /// Asking someone who knows the person to introduce you.
    IntroRequest,
    /// The one follow-up after seven working days without an answer.
    FollowUp,
    /// Confirming the talk the day before.
    Confirm,
    ThankYou,
    /// Keeping in touch about one, two and three months after the talk.
    CheckIn,
    /// Telling the person you acted on their advice.
    Advice,
}

/// How a message reaches the person, which decides what the composer offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A subject and a body, handed to an email program.
    Email,
    /// A body only, with LinkedIn's limit on connection notes.
    LinkedInNote,
    /// Words to say on the phone: no subject line.
    Spoken,
}

impl TemplateKind {
    pub const ALL: [TemplateKind; 9] = [
        TemplateKind::FirstEmail,
        TemplateKind::LinkedInNote,
        TemplateKind::PhoneScript,
        TemplateKind::IntroRequest,
        TemplateKind::FollowUp,
        TemplateKind::Confirm,
        TemplateKind::ThankYou,
        TemplateKind::CheckIn,
        TemplateKind::Advice,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TemplateKind::FirstEmail => "First email",
            TemplateKind::LinkedInNote => "LinkedIn note",
            TemplateKind::PhoneScript => "Phone script",
            TemplateKind::IntroRequest => "Asking for an introduction",
            TemplateKind::FollowUp => "The one follow-up",
            TemplateKind::Confirm => "Confirming the day before",
            TemplateKind::ThankYou => "Thank-you note",
            TemplateKind::CheckIn => "Keeping in touch",
            TemplateKind::Advice => "I acted on your advice",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TemplateKind::FirstEmail => "first_email",
            TemplateKind::LinkedInNote => "linkedin_note",
            TemplateKind::PhoneScript => "phone_script",
            TemplateKind::IntroRequest => "intro_request",
            TemplateKind::FollowUp => "follow_up",
            TemplateKind::Confirm => "confirm",
            TemplateKind::ThankYou => "thank_you",
            TemplateKind::CheckIn => "check_in",
            TemplateKind::Advice => "advice",
        }
    }

    pub fn from_key(key: &str) -> Option<TemplateKind> {
        TemplateKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn format(self) -> Format {
        match self {
            TemplateKind::LinkedInNote => Format::LinkedInNote,
            TemplateKind::PhoneScript => Format::Spoken,
            _ => Format::Email,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Template {
    pub id: Id,
    pub kind: TemplateKind,
    pub name: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub body: String,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}
