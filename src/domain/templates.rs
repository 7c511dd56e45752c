//! Message templates with placeholders filled from the planner's data.
//!
//! A placeholder with no value becomes a visible gap, "[my name]", never an empty space: the
//! email check names every gap left (`email_check`), and nothing goes out with one unnoticed.

use super::dates::DateWords;
use super::text::fold_case;
use super::{Document, Id, Interview, OutreachKind, Person};

/// A placeholder a template can use.
pub struct Placeholder {
    pub key: &'static str,
    /// What it stands for, in the list of placeholders shown to the user.
    pub meaning: &'static str,
    /// The words shown in brackets when the planner does not know it yet.
    pub gap: &'static str,
}

/// Every placeholder, in the order they are explained to the user.
pub const PLACEHOLDERS: &[Placeholder] = &[
    Placeholder {
        key: "first_name",
        meaning: "their first name",
        gap: "their first name",
    },
    Placeholder {
        key: "name",
        meaning: "their full name",
        gap: "their name",
    },
    Placeholder {
        key: "role",
        meaning: "their role",
        gap: "their role",
    },
    Placeholder {
        key: "organization",
        meaning: "their organization",
        gap: "their organization",
    },
    Placeholder {
        key: "career",
        meaning: "the career you are exploring",
        gap: "the career",
    },
    Placeholder {
        key: "referrer",
        meaning: "who suggested them (when you may say so)",
        gap: "who suggested them",
    },
    Placeholder {
        key: "introducer",
        meaning: "who can introduce you",
        gap: "who can introduce you",
    },
    Placeholder {
        key: "introducer_first_name",
        meaning: "their first name",
        gap: "who can introduce you",
    },
    Placeholder {
        key: "my_name",
        meaning: "your name",
        gap: "my name",
    },
    Placeholder {
        key: "my_field",
        meaning: "your program or field",
        gap: "my field",
    },
    Placeholder {
        key: "my_school",
        meaning: "your school",
        gap: "my school",
    },
    Placeholder {
        key: "asked_on",
        meaning: "the day you asked",
        gap: "the day you wrote",
    },
    Placeholder {
        key: "talk_time",
        meaning: "the day and time of the talk",
        gap: "the day and time",
    },
    Placeholder {
        key: "place",
        meaning: "where the talk is",
        gap: "the place",
    },
    Placeholder {
        key: "highlight",
        meaning: "a sentence about a highlight of the talk, for you to finish",
        gap: "one thing from the talk",
    },
    Placeholder {
        key: "advice",
        meaning: "what you did on their advice",
        gap: "what you did on their advice",
    },
];

/// Older names still read in the user's own templates.
const ALIASES: &[(&str, &str)] = &[("organisation", "organization")];

/// A placeholder of older templates that pasted a note; the student now writes it.
const WRITE_IT_YOURSELF: (&str, &str) = ("detail", "something they said");

fn placeholder(key: &str) -> Option<&'static Placeholder> {
    let key = ALIASES
        .iter()
        .find(|(old, _)| *old == key)
        .map_or(key, |(_, new)| new);
    PLACEHOLDERS.iter().find(|p| p.key == key)
}

/// The values placeholders are filled with; empty strings are "unknown".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    pub name: String,
    pub role: String,
    pub organization: String,
    pub career: String,
    /// Who suggested the person, only when they allowed their name to be mentioned.
    pub referrer: String,
    /// Who suggested the person, to write to them for an introduction.
    pub introducer: String,
    pub my_name: String,
    pub my_field: String,
    pub my_school: String,
    pub asked_on: String,
    pub talk_time: String,
    pub place: String,
    pub highlight: String,
    pub advice: String,
}

/// The name of whoever suggested or introduced a person, in the planner or not. `None` when
/// the referrer was forgotten.
pub fn referrer_name(doc: &Document, person: &Person) -> Option<String> {
    person
        .referred_by
        .as_ref()?
        .referrer
        .name(doc)
        .map(str::to_owned)
}

impl Values {
    /// Everything the planner knows for a talk, dates written with `words`; `highlight` is the
    /// key of the talk highlight a thank-you is built around.
    pub fn for_interview(
        doc: &Document,
        interview: &Id,
        words: &dyn DateWords,
        highlight: Option<&str>,
    ) -> Values {
        let talk = doc.interview(interview);
        let person = talk.and_then(|t| doc.person(&t.person));
        let career = talk
            .and_then(|t| t.career.as_ref())
            .or_else(|| person.and_then(|p| p.careers.first()))
            .and_then(|c| doc.career(c));
        let introducer = person.and_then(|p| referrer_name(doc, p));
        let may_mention = person
            .and_then(|p| p.referred_by.as_ref())
            .is_some_and(|r| r.may_use_name);
        let field = |f: fn(&Person) -> &String| person.map(|p| f(p).clone()).unwrap_or_default();
        Values {
            name: field(|p| &p.name),
            role: field(|p| &p.role),
            organization: field(|p| &p.organisation),
            career: career.map(|c| c.name.clone()).unwrap_or_default(),
            referrer: introducer
                .clone()
                .filter(|_| may_mention)
                .unwrap_or_default(),
            introducer: introducer.unwrap_or_default(),
            my_name: doc.profile.name.clone(),
            my_field: doc.profile.field.clone(),
            my_school: doc.profile.school.clone(),
            asked_on: talk
                .and_then(|t| {
                    t.outreach
                        .iter()
                        .rev()
                        .find(|e| matches!(e.kind, OutreachKind::Sent | OutreachKind::Called))
                })
                .map(|e| words.date(e.date))
                .unwrap_or_default(),
            talk_time: talk
                .and_then(|t| t.scheduled_at)
                .map(|at| format!("{} at {}", words.day(at.date()), words.time(at)))
                .unwrap_or_default(),
            place: talk.map(|t| t.place.clone()).unwrap_or_default(),
            highlight: talk
                .zip(highlight)
                .and_then(|(t, key)| highlight_sentence(t, key))
                .unwrap_or_default(),
            advice: talk.map(advice_done).unwrap_or_default(),
        }
    }

    fn get(&self, key: &str) -> Option<&str> {
        let key = ALIASES
            .iter()
            .find(|(old, _)| *old == key)
            .map_or(key, |(_, new)| new);
        Some(match key {
            "name" => &self.name,
            "first_name" => first_name(&self.name),
            "role" => &self.role,
            "organization" => &self.organization,
            "career" => &self.career,
            "referrer" => &self.referrer,
            "introducer" => &self.introducer,
            "introducer_first_name" => first_name(&self.introducer),
            "my_name" => &self.my_name,
            "my_field" => &self.my_field,
            "my_school" => &self.my_school,
            "asked_on" => &self.asked_on,
            "talk_time" => &self.talk_time,
            "place" => &self.place,
            "highlight" => &self.highlight,
            "advice" => &self.advice,
            _ if key == WRITE_IT_YOURSELF.0 => "",
            _ => return None,
        })
    }
}

/// The name to greet someone by: the first word of their name, after a title such as "Dr.".
pub fn first_name(name: &str) -> &str {
    const TITLES: &[&str] = &["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss"];
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let title = TITLES.contains(&fold_case(first.trim_end_matches('.')).as_str());
    match words.next() {
        Some(next) if title => next,
        _ => first,
    }
}

/// What the user did on this person's advice, to tell them: the latest thing not told yet,
/// or else the latest thing done, as a clause ("signed up for…" without its full stop).
fn advice_done(talk: &Interview) -> String {
    let latest = talk
        .actions
        .iter()
        .rev()
        .find(|a| a.told_on.is_none())
        .or(talk.actions.last());
    latest
        .map(|a| a.what.trim().trim_end_matches('.').to_owned())
        .unwrap_or_default()
}

/// Something from the talk a thank-you can build on: a question's notes or a debrief answer.
/// The note is shown to the student as a prompt; the message gets a sentence they finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// "q:<asked question id>", "learned", "fit" or "notes".
    pub key: String,
    /// What it is about: the question asked, or the debrief's heading.
    pub about: String,
    /// What the student noted.
    pub note: String,
}

/// The talk's highlights, in the order they came up: answers noted per question, then other
/// notes, then the debrief.
pub fn highlights(talk: &Interview) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = talk
        .questions
        .iter()
        .filter(|q| !q.notes.trim().is_empty())
        .map(|q| Highlight {
            key: format!("q:{}", q.id),
            about: q.text.trim().to_owned(),
            note: q.notes.trim().to_owned(),
        })
        .collect();
    for (key, about, note) in [
        ("notes", "Other notes", &talk.notes),
        ("learned", "What I learned", &talk.debrief.learned),
        ("fit", "How it fits me", &talk.debrief.fit),
    ] {
        if !note.trim().is_empty() {
            out.push(Highlight {
                key: key.to_owned(),
                about: about.to_owned(),
                note: note.trim().to_owned(),
            });
        }
    }
    out
}

/// The sentence a highlight becomes in a thank-you: the student's own words go in the gap.
/// None for a key the talk does not have (a question removed since).
pub fn highlight_sentence(talk: &Interview, key: &str) -> Option<String> {
    Some(match key {
        "learned" => {
            "The biggest thing I took away was [what you learned, in your own words].".into()
        }
        "fit" => "It also helped me see [how the work fits your strengths and interests].".into(),
        "notes" => "I especially valued what you said about [one thing they said].".into(),
        _ => {
            let id = key.strip_prefix("q:")?;
            let question = talk.questions.iter().find(|q| q.id.as_str() == id)?;
            format!(
                "I keep coming back to your answer to “{}”: [what it made clear to you].",
                question.text.trim()
            )
        }
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    /// Placeholders with no value; they stay in the text as gaps ("[my name]").
    pub missing: Vec<String>,
    /// Words in braces that are not placeholders; left as written.
    pub unknown: Vec<String>,
}

/// Replaces `{placeholder}`s with values. Missing values become a gap in brackets, so it is
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
                let gap = placeholder(key).map_or(WRITE_IT_YOURSELF.1, |p| p.gap);
                text.push('[');
                text.push_str(gap);
                text.push(']');
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
/// name, their organization, your name…), its placeholder is put back, so a message written
/// for one person can be reused for the next.
pub fn generalise(text: &str, values: &Values) -> String {
    let mut pairs: Vec<(&str, &str)> = [
        ("{name}", values.name.as_str()),
        ("{role}", values.role.as_str()),
        ("{organization}", values.organization.as_str()),
        ("{career}", values.career.as_str()),
        ("{referrer}", values.referrer.as_str()),
        ("{introducer}", values.introducer.as_str()),
        ("{my_name}", values.my_name.as_str()),
        ("{my_field}", values.my_field.as_str()),
        ("{my_school}", values.my_school.as_str()),
        ("{asked_on}", values.asked_on.as_str()),
        ("{talk_time}", values.talk_time.as_str()),
        ("{highlight}", values.highlight.as_str()),
        ("{advice}", values.advice.as_str()),
    ]
    .into_iter()
    .map(|(p, v)| (p, v.trim()))
    .filter(|(_, v)| v.chars().count() >= 2)
    .collect();
    // Longer values first, so "Ana Costa" wins over a first name or a shorter value inside it.
    super::order::sort_by_rank(&mut pairs, |(_, v)| u64::MAX - v.len() as u64);
    // The referrer and the introducer are the same person; keep the one a template can use.
    pairs.dedup_by(|b, a| a.1 == b.1);
    let mut out = text.to_owned();
    for (placeholder, value) in pairs {
        // Whole words only: a career called "UX" leaves "UXR" alone.
        out = replace_word(&out, value, placeholder);
    }
    let first = first_name(&values.name);
    if first.chars().count() >= 2 {
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
    use crate::domain::{AskedQuestion, Interview};
    use chrono::DateTime;

    fn values() -> Values {
        Values {
            name: "Ana Costa".into(),
            role: "UX researcher".into(),
            organization: "Helix Labs".into(),
            career: "User research".into(),
            my_name: "Sam".into(),
            my_field: "psychology student".into(),
            my_school: "Ohio State".into(),
            ..Values::default()
        }
    }

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
    fn fills_known_values() {
        let f = fill(
            "Dear {name} ({first_name}), {role} at {organization}, {my_school}.",
            &values(),
        );
        assert_eq!(
            f.text,
            "Dear Ana Costa (Ana), UX researcher at Helix Labs, Ohio State."
        );
        assert!(f.missing.is_empty() && f.unknown.is_empty());
    }

    #[test]
    fn missing_values_become_named_gaps() {
        let f = fill(
            "{referrer} suggested I write. {referrer}! I am {my_name} of {organisation}.",
            &Values::default(),
        );
        assert_eq!(
            f.text,
            "[who suggested them] suggested I write. [who suggested them]! I am [my name] of [their organization]."
        );
        assert_eq!(f.missing, ["referrer", "my_name", "organisation"]);
    }

    #[test]
    fn the_old_organisation_placeholder_still_fills() {
        assert_eq!(fill("at {organisation}", &values()).text, "at Helix Labs");
    }

    #[test]
    fn a_pasted_detail_is_now_written_by_the_student() {
        let f = fill("what you said about {detail}", &values());
        assert_eq!(f.text, "what you said about [something they said]");
    }

    #[test]
    fn greets_by_first_name_after_a_title() {
        assert_eq!(first_name("Maya Chen"), "Maya");
        assert_eq!(first_name("Dr. Maya Chen"), "Maya");
        assert_eq!(first_name("prof Ng"), "Ng");
        assert_eq!(first_name("Dr."), "Dr.");
        assert_eq!(first_name("  "), "");
        assert_eq!(first_name("José Núñez"), "José");
    }

    #[test]
    fn generalising_puts_placeholders_back() {
        let v = values();
        let text = "Hi Ana, as Ana Costa at Helix Labs you know User research. Anatomy aside. Samples. Sam";
        assert_eq!(
            generalise(text, &v),
            "Hi {first_name}, as {name} at {organization} you know {career}. Anatomy aside. Samples. {my_name}"
        );
        let round = fill(&generalise(text, &v), &v);
        assert_eq!(round.text, text);
    }

    #[test]
    fn generalising_a_thank_you_keeps_the_unfinished_highlight_a_placeholder() {
        let v = Values {
            highlight: "It helped me see [how the work fits your strengths].".into(),
            ..values()
        };
        let body = format!("Dear Ana,\n\nThank you. {}\n\nSam", v.highlight);
        assert_eq!(
            generalise(&body, &v),
            "Dear {first_name},\n\nThank you. {highlight}\n\n{my_name}"
        );
    }

    #[test]
    fn unknown_and_broken_braces_are_left_alone() {
        let f = fill("Hi {nme}, {name} {unclosed and {{name}}", &values());
        assert_eq!(f.text, "Hi {nme}, Ana Costa {unclosed and {Ana Costa}");
        assert_eq!(f.unknown, ["nme"]);
    }

    #[test]
    fn every_placeholder_has_a_value_and_a_gap() {
        for p in PLACEHOLDERS {
            assert!(Values::default().get(p.key).is_some(), "{}", p.key);
            assert!(!p.gap.contains(['[', ']', '{', '}']), "{}", p.key);
        }
    }

    #[test]
    fn highlights_are_prompts_and_sentences_leave_the_words_to_the_student() {
        let mut t = talk();
        assert!(highlights(&t).is_empty());
        t.questions.push(AskedQuestion {
            id: Id::parse("aq-1").unwrap(),
            question: None,
            text: "What does a typical day look like?".into(),
            notes: "standups, 2 user interviews, synthesis in Dovetail".into(),
            must_ask: false,
        });
        t.questions.push(AskedQuestion {
            id: Id::parse("aq-2").unwrap(),
            question: None,
            text: "Unanswered".into(),
            notes: "  ".into(),
            must_ask: false,
        });
        t.debrief.learned = "Research drives decisions.".into();
        let found = highlights(&t);
        let keys: Vec<_> = found.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(keys, ["q:aq-1", "learned"]);
        assert_eq!(found[0].about, "What does a typical day look like?");
        for h in &found {
            let sentence = highlight_sentence(&t, &h.key).unwrap();
            assert!(!sentence.contains(&h.note), "{sentence}");
            assert!(
                sentence.contains('[') && sentence.contains(']'),
                "{sentence}"
            );
        }
        assert_eq!(
            highlight_sentence(&t, "q:aq-1").unwrap(),
            "I keep coming back to your answer to “What does a typical day look like?”: [what it made clear to you]."
        );
        assert_eq!(highlight_sentence(&t, "q:gone"), None);
    }
}
