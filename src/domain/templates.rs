//! Message templates with placeholders filled from the planner's data.

use super::{Document, Id, Referrer, TemplateKind};

/// A placeholder, its meaning for the user, and how it is written in a template.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("{name}", "the person's full name"),
    ("{first_name}", "the person's first name"),
    ("{role}", "their role"),
    ("{organisation}", "their organisation"),
    ("{career}", "the career you are exploring"),
    ("{referrer}", "who suggested them"),
    ("{my_name}", "your name"),
    ("{my_field}", "your school, programme or field"),
    ("{detail}", "something you noted in the talk"),
];

/// A template that ships with the app.
pub struct BuiltIn {
    pub key: &'static str,
    pub kind: TemplateKind,
    pub name: &'static str,
    pub subject: &'static str,
    pub body: &'static str,
}

pub const BUILT_IN: &[BuiltIn] = &[
    BuiltIn {
        key: "email-alumni",
        kind: TemplateKind::FirstEmail,
        name: "First email: shared school or group",
        subject: "A fellow {my_field} looking for advice on {career}",
        body: "Dear {name},\n\nI am {my_name}, a {my_field}, and I found you through our shared network. I am exploring {career} and your path at {organisation} stood out to me. I am not asking about jobs; I would value your advice.\n\nCould you spare 20 minutes for a call or coffee in the next few weeks?\n\nThank you,\n{my_name}",
    },
    BuiltIn {
        key: "email-referral",
        kind: TemplateKind::FirstEmail,
        name: "First email: someone suggested them",
        subject: "{referrer} suggested I get in touch",
        body: "Dear {name},\n\n{referrer} suggested I contact you. I am {my_name}, a {my_field}, and I am learning about {career}. Your work as {role} at {organisation} is exactly what I hope to understand better.\n\nWould you have 20 minutes in the coming weeks to share some advice?\n\nWith thanks,\n{my_name}",
    },
    BuiltIn {
        key: "phone",
        kind: TemplateKind::PhoneScript,
        name: "Phone call",
        subject: "",
        body: "Hello {first_name}, this is {my_name}. {referrer} gave me your number. I am a {my_field} exploring {career}, and I am calling to ask whether you would have 15 to 20 minutes, now or another day, to tell me about your work at {organisation}. I am looking for advice, not a job. When would suit you?",
    },
    BuiltIn {
        key: "intro",
        kind: TemplateKind::IntroRequest,
        name: "Asking for an introduction",
        subject: "Could you introduce me to {name}?",
        body: "Hi {referrer},\n\nI am exploring {career} and would love to hear from {name} at {organisation} about their work. Would you be comfortable introducing us by email? A line or two is plenty, and I am happy to send you a short note about me to forward.\n\nThank you,\n{my_name}",
    },
    BuiltIn {
        key: "thanks",
        kind: TemplateKind::ThankYou,
        name: "Thank-you note",
        subject: "Thank you for your time",
        body: "Dear {name},\n\nThank you for talking with me about {career}. I especially appreciated what you said about {detail}. It gave me a much clearer picture, and I will follow up on your suggestions.\n\nI will let you know how things go.\n\nBest wishes,\n{my_name}",
    },
    BuiltIn {
        key: "check-in",
        kind: TemplateKind::CheckIn,
        name: "Keeping in touch",
        subject: "An update since we spoke",
        body: "Dear {name},\n\nA short update since our talk about {career}: I acted on your advice and wanted you to know how it went. [Say what you did and what came of it.]\n\nThank you again for your help.\n\nBest,\n{my_name}",
    },
];

/// The values placeholders are filled with; empty strings are "unknown".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub career: String,
    pub referrer: String,
    pub my_name: String,
    pub my_field: String,
    pub detail: String,
}

impl Values {
    /// Everything the planner knows for a talk. The referrer is used only when they allowed it.
    pub fn for_interview(doc: &Document, interview: &Id) -> Values {
        let talk = doc.interview(interview);
        let person = talk.and_then(|t| doc.person(&t.person));
        let career = talk
            .and_then(|t| t.career.as_ref())
            .or_else(|| person.and_then(|p| p.careers.first()))
            .and_then(|c| doc.career(c));
        let referrer = person
            .and_then(|p| p.referred_by.as_ref())
            .filter(|r| r.may_use_name)
            .and_then(|r| match &r.referrer {
                Referrer::Person { id } => doc.person(id).map(|p| p.name.clone()),
                Referrer::Named { name } => Some(name.clone()),
                Referrer::NoLongerTracked => None,
            });
        Values {
            name: person.map(|p| p.name.clone()).unwrap_or_default(),
            role: person.map(|p| p.role.clone()).unwrap_or_default(),
            organisation: person.map(|p| p.organisation.clone()).unwrap_or_default(),
            career: career.map(|c| c.name.clone()).unwrap_or_default(),
            referrer: referrer.unwrap_or_default(),
            my_name: doc.profile.name.clone(),
            my_field: doc.profile.field.clone(),
            detail: talk.map(noted_detail).unwrap_or_default(),
        }
    }

    fn get(&self, placeholder: &str) -> Option<&str> {
        Some(match placeholder {
            "name" => &self.name,
            "first_name" => self.name.split_whitespace().next().unwrap_or(""),
            "role" => &self.role,
            "organisation" => &self.organisation,
            "career" => &self.career,
            "referrer" => &self.referrer,
            "my_name" => &self.my_name,
            "my_field" => &self.my_field,
            "detail" => &self.detail,
            _ => return None,
        })
    }
}

/// Something specific from the talk to quote in a thank-you: the first sentence of the first
/// note taken, kept short.
pub fn noted_detail(talk: &super::Interview) -> String {
    let note = talk
        .questions
        .iter()
        .map(|q| q.notes.trim())
        .chain([talk.notes.trim(), talk.debrief.learned.trim()])
        .find(|n| !n.is_empty())
        .unwrap_or("");
    let first = note
        .split(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("")
        .trim();
    let mut words: Vec<&str> = first.split_whitespace().collect();
    if words.len() > 18 {
        words.truncate(18);
        return format!("{}…", words.join(" "));
    }
    let mut detail = words.join(" ");
    // "It is…" reads oddly after "what you said about"; lowercase a leading capital.
    let first_word = detail.split_whitespace().next().unwrap_or("");
    let acronym = first_word.chars().skip(1).any(|c| c.is_ascii_uppercase());
    if !acronym && first_word != "I" {
        detail = super::text::fold_case(&detail[..first_word.len()]) + &detail[first_word.len()..];
    }
    detail
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    /// Placeholders with no value; they stay in the text as "[role]" for the user to fill.
    pub missing: Vec<String>,
    /// Words in braces that are not placeholders; left as written.
    pub unknown: Vec<String>,
}

/// Replaces `{placeholder}`s with values. Missing values become "[placeholder]" so the gap is
/// visible in the message rather than silently dropped.
pub fn fill(template: &str, values: &Values) -> Filled {
    let mut text = String::with_capacity(template.len() + 64);
    let mut missing: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}').filter(|c| !after[..*c].contains('{')) else {
            text.push('{');
            rest = after;
            continue;
        };
        let key = &after[..close];
        match values.get(key) {
            Some(value) if !value.trim().is_empty() => text.push_str(value.trim()),
            Some(_) => {
                text.push_str(&format!("[{}]", key.replace('_', " ")));
                if !missing.iter().any(|m| m == key) {
                    missing.push(key.to_owned());
                }
            }
            None => {
                text.push('{');
                text.push_str(key);
                text.push('}');
                if !unknown.iter().any(|u| u == key) {
                    unknown.push(key.to_owned());
                }
            }
        }
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    Filled {
        text,
        missing,
        unknown,
    }
}

/// Turns a filled message back into a template: wherever a known value appears (the person's
/// name, their organisation, your name…), its placeholder is put back, so a message written for
/// one person can be reused for the next.
pub fn generalise(text: &str, values: &Values) -> String {
    let mut pairs: Vec<(&str, &str)> = [
        ("{name}", values.name.as_str()),
        ("{role}", values.role.as_str()),
        ("{organisation}", values.organisation.as_str()),
        ("{career}", values.career.as_str()),
        ("{referrer}", values.referrer.as_str()),
        ("{my_name}", values.my_name.as_str()),
        ("{my_field}", values.my_field.as_str()),
        ("{detail}", values.detail.as_str()),
    ]
    .into_iter()
    .map(|(p, v)| (p, v.trim()))
    .filter(|(_, v)| v.chars().count() >= 2)
    .collect();
    // Longer values first, so "Ana Costa" wins over a first name or a shorter value inside it.
    super::order::sort_by_rank(&mut pairs, |(_, v)| u64::MAX - v.len() as u64);
    let mut out = text.to_owned();
    for (placeholder, value) in pairs {
        out = out.replace(value, placeholder);
    }
    if let Some(first) = values
        .name
        .split_whitespace()
        .next()
        .filter(|f| f.chars().count() >= 2)
    {
        out = replace_word(&out, first, "{first_name}");
    }
    out
}

/// Replaces whole-word occurrences only (so "Ana" does not touch "Anatomy").
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !super::text::is_word_char(c));
        let after = &rest[at + word.len()..];
        let after_ok = after
            .chars()
            .next()
            .is_none_or(|c| !super::text::is_word_char(c));
        out.push_str(&rest[..at]);
        out.push_str(if before_ok && after_ok { with } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values {
            name: "Ana Costa".into(),
            role: "UX researcher".into(),
            organisation: "Helix Labs".into(),
            career: "User research".into(),
            referrer: String::new(),
            my_name: "Sam".into(),
            my_field: "psychology student".into(),
            detail: "diary studies".into(),
        }
    }

    #[test]
    fn fills_known_values() {
        let f = fill(
            "Dear {name} ({first_name}), {role} at {organisation}.",
            &values(),
        );
        assert_eq!(f.text, "Dear Ana Costa (Ana), UX researcher at Helix Labs.");
        assert!(f.missing.is_empty() && f.unknown.is_empty());
    }

    #[test]
    fn missing_values_stay_visible() {
        let f = fill("{referrer} suggested I write. {referrer}!", &values());
        assert_eq!(f.text, "[referrer] suggested I write. [referrer]!");
        assert_eq!(f.missing, ["referrer"]);
    }

    #[test]
    fn generalising_puts_placeholders_back() {
        let v = values();
        let text = "Hi Ana, as Ana Costa at Helix Labs you know User research. Anatomy aside. Sam";
        assert_eq!(
            generalise(text, &v),
            "Hi {first_name}, as {name} at {organisation} you know {career}. Anatomy aside. {my_name}"
        );
        let round = fill(&generalise(text, &v), &v);
        assert_eq!(round.text, text);
    }

    #[test]
    fn unknown_and_broken_braces_are_left_alone() {
        let f = fill("Hi {nme}, {name} {unclosed and {{name}}", &values());
        assert_eq!(f.text, "Hi {nme}, Ana Costa {unclosed and {Ana Costa}");
        assert_eq!(f.unknown, ["nme"]);
    }

    #[test]
    fn every_built_in_uses_only_known_placeholders() {
        for t in BUILT_IN {
            for part in [t.subject, t.body] {
                let f = fill(part, &values());
                assert!(f.unknown.is_empty(), "{}: {:?}", t.key, f.unknown);
            }
        }
    }

    #[test]
    fn first_emails_stay_short_when_filled() {
        for t in BUILT_IN
            .iter()
            .filter(|t| t.kind == TemplateKind::FirstEmail)
        {
            let mut v = values();
            if t.body.contains("{referrer}") {
                v.referrer = "Ben Hall".into();
            }
            let report = crate::domain::email_check::check(&fill(t.body, &v).text, &v);
            assert!(
                report.findings.is_empty(),
                "{}: {:?}",
                t.key,
                report.findings
            );
        }
    }

    #[test]
    fn detail_quotes_the_first_note_briefly() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap();
        let mut talk = super::super::Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        assert_eq!(noted_detail(&talk), "");
        talk.notes = "Networking matters more than grades. Also: read the trade press.".into();
        assert_eq!(noted_detail(&talk), "networking matters more than grades");
        talk.questions.push(super::super::AskedQuestion {
            id: Id::parse("aq-1").unwrap(),
            question: None,
            text: "Q".into(),
            notes: "UX at Helix means running diary studies with patients every single week for months at a time, then writing it all up".into(),
        });
        assert_eq!(
            noted_detail(&talk),
            "UX at Helix means running diary studies with patients every single week for months at a time, then writing it all up"
                .split_whitespace()
                .take(18)
                .collect::<Vec<_>>()
                .join(" ")
                + "…"
        );
    }
}
