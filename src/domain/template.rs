//! Message templates the user keeps beside the built-in ones.

use super::formats::text;
use super::{Id, Timestamp};
use serde::{Deserialize, Serialize};

/// What a template is for; decides where it is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TemplateKind {
    FirstEmail,
    PhoneScript,
    IntroRequest,
    ThankYou,
    CheckIn,
}

impl TemplateKind {
    pub const ALL: [TemplateKind; 5] = [
        TemplateKind::FirstEmail,
        TemplateKind::PhoneScript,
        TemplateKind::IntroRequest,
        TemplateKind::ThankYou,
        TemplateKind::CheckIn,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TemplateKind::FirstEmail => "First email",
            TemplateKind::PhoneScript => "Phone script",
            TemplateKind::IntroRequest => "Asking for an introduction",
            TemplateKind::ThankYou => "Thank-you note",
            TemplateKind::CheckIn => "Keeping in touch",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TemplateKind::FirstEmail => "first_email",
            TemplateKind::PhoneScript => "phone_script",
            TemplateKind::IntroRequest => "intro_request",
            TemplateKind::ThankYou => "thank_you",
            TemplateKind::CheckIn => "check_in",
        }
    }

    pub fn from_key(key: &str) -> Option<TemplateKind> {
        TemplateKind::ALL.into_iter().find(|k| k.key() == key)
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
