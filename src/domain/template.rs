//! Message templates the user keeps beside the built-in ones.

use super::{Id, Timestamp};

/// What a template is for; decides where it is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub id: Id,
    pub kind: TemplateKind,
    pub name: String,
    pub subject: String,
    pub body: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}
