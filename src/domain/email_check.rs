//! Checks a message against the habits that get replies: no gap left to fill, short, connection
//! first, asks for advice rather than a job, ends with a question. Which rules apply depends on
//! what the message is for: a thank-you need not ask anything.

use super::TemplateKind;
use super::templates::Values;
use super::text::{fold_case, is_word_char};

/// The 2-Hour Job Search method keeps a first email under about 75 words.
pub const MAX_WORDS: usize = 75;
/// Notes after a talk may say more, but still fit on a phone screen.
pub const MAX_WORDS_AFTER: usize = 150;
/// LinkedIn's limit for the note sent with a connection request.
pub const LINKEDIN_NOTE_CHARS: usize = 300;
/// How early the connection should appear: within the opening words of the message.
pub const CONNECTION_WITHIN_WORDS: usize = 30;

/// The rules a kind of message is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    pub max_words: Option<usize>,
    pub max_chars: Option<usize>,
    pub question: bool,
    pub connection_first: bool,
    pub no_job: bool,
}

impl Rules {
    pub fn for_kind(kind: TemplateKind) -> Rules {
        let ask = Rules {
            max_words: Some(MAX_WORDS),
            max_chars: None,
            question: true,
            connection_first: false,
            no_job: true,
        };
        match kind {
            TemplateKind::FirstEmail | TemplateKind::PhoneScript => Rules {
                connection_first: true,
                ..ask
            },
            TemplateKind::LinkedInNote => Rules {
                max_words: None,
                max_chars: Some(LINKEDIN_NOTE_CHARS),
                connection_first: true,
                ..ask
            },
            TemplateKind::IntroRequest | TemplateKind::FollowUp | TemplateKind::Confirm => ask,
            TemplateKind::ThankYou | TemplateKind::CheckIn | TemplateKind::Advice => Rules {
                max_words: Some(MAX_WORDS_AFTER),
                max_chars: None,
                question: false,
                connection_first: false,
                no_job: false,
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// Bracketed gaps still in the subject or message, by what they ask for.
    Gaps(Vec<String>),
    TooLong {
        words: usize,
        limit: usize,
    },
    TooManyCharacters {
        chars: usize,
        limit: usize,
    },
    NoQuestion,
    ConnectionLate,
    AsksForJob,
}

impl Finding {
    pub fn message(&self) -> String {
        match self {
            Finding::Gaps(gaps) => format!("Fill in: {}.", gaps.join(", ")),
            Finding::TooLong { words, limit } => format!(
                "{words} words. Aim for {limit} or fewer: a busy person reads a short message at once."
            ),
            Finding::TooManyCharacters { chars, limit } => format!(
                "{chars} characters: LinkedIn takes at most {limit} in a connection note. Cut {}.",
                chars - limit
            ),
            Finding::NoQuestion => {
                "No question asked. End with one they can answer quickly, such as whether they have 20 minutes.".into()
            }
            Finding::ConnectionLate => {
                "The connection comes late or not at all. Say in the first line how you found them or who suggested them.".into()
            }
            Finding::AsksForJob => {
                "It mentions a job or application. Ask for advice and insight only; it is what makes people say yes.".into()
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub words: usize,
    pub chars: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    /// The gaps still to fill, if any.
    pub fn gaps(&self) -> &[String] {
        self.findings
            .iter()
            .find_map(|f| match f {
                Finding::Gaps(g) => Some(g.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// What to say when nothing was found.
    pub fn verdict(&self, kind: TemplateKind) -> Option<&'static str> {
        let rules = Rules::for_kind(kind);
        self.findings
            .is_empty()
            .then_some(if rules.connection_first {
                "Short, connected, asks for advice and ends with a question: good."
            } else if rules.question {
                "Short, complete and ends with a question: good."
            } else {
                "Short and complete: ready to send."
            })
    }
}

const SIGN_OFFS: &[&str] = &[
    "best",
    "thanks",
    "thank you",
    "with thanks",
    "thanks so much",
    "thanks again",
    "kind regards",
    "regards",
    "sincerely",
    "cheers",
    "best wishes",
    "many thanks",
    "warm regards",
    "warmly",
    "all the best",
];

const CONNECTION_WORDS: &[&str] = &[
    "suggested",
    "recommended",
    "referred",
    "introduced",
    "alum",
    "alumni",
    "alumna",
    "alumnus",
    "fellow",
    "classmate",
    "graduate",
    "we met",
    "met you",
    "network",
    "profile",
    "member",
    "mutual",
    "friend",
    "colleague",
    "professor",
    "teacher",
    "mentor",
    "same school",
    "studied",
];

const JOB_WORDS: &[&str] = &[
    "job",
    "jobs",
    "position",
    "positions",
    "opening",
    "openings",
    "vacancy",
    "vacancies",
    "hire",
    "hiring",
    "employment",
    "resume",
    "résumé",
    "cv",
    "apply",
    "applying",
    "application",
    "recruit",
    "recruiting",
];

/// The gaps in a text: what each `[bracketed gap]` asks for, in order, each once.
pub fn gaps(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['[', ']'])
            .filter(|c| after[*c..].starts_with(']'))
        else {
            rest = after;
            continue;
        };
        let gap = after[..close]
            .trim()
            .trim_end_matches(['.', '!', '?'])
            .trim();
        let gap = if gap.is_empty() { "an empty [ ]" } else { gap };
        let gap = lower_first(gap);
        if !found.contains(&gap) {
            found.push(gap);
        }
        rest = &after[close + 1..];
    }
    found
}

/// "Where you are now" reads as part of the list "Fill in: …"; an acronym keeps its capital.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_ascii_uppercase() && !second.is_ascii_uppercase() =>
        {
            format!("{}{}", first.to_ascii_lowercase(), &text[1..])
        }
        _ => text.to_owned(),
    }
}

/// The message body without its greeting line and signature, which do not count as words.
fn body_words(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut start = 0;
    while start < lines.len() && lines[start].is_empty() {
        start += 1;
    }
    if let Some(first) = lines.get(start) {
        let greeting = first.ends_with(',') && first.split_whitespace().count() <= 5;
        if greeting {
            start += 1;
        }
    }
    let end = lines
        .iter()
        .rposition(|l| {
            let l = fold_case(l.trim_end_matches([',', '!', '.']));
            SIGN_OFFS.contains(&l.as_str())
        })
        .filter(|sign_off| *sign_off >= start)
        .unwrap_or(lines.len());
    lines[start..end]
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(|w| w.to_owned())
        .collect()
}

fn clean(word: &str) -> String {
    fold_case(word.trim_matches(|c: char| !is_word_char(c)))
}

/// The gaps left in a subject and message together, each once.
pub fn gaps_in(subject: &str, body: &str) -> Vec<String> {
    let mut all = gaps(subject);
    for gap in gaps(body) {
        if !all.contains(&gap) {
            all.push(gap);
        }
    }
    all
}

/// Checks a message of a given kind; `values` say who, if anyone, suggested the person.
pub fn check(subject: &str, body: &str, kind: TemplateKind, values: &Values) -> Report {
    let rules = Rules::for_kind(kind);
    let words = body_words(body);
    let chars = body.trim().chars().count();
    let mut findings = Vec::new();
    let missing = gaps_in(subject, body);
    if !missing.is_empty() {
        findings.push(Finding::Gaps(missing));
    }
    if let Some(limit) = rules.max_words.filter(|l| words.len() > *l) {
        findings.push(Finding::TooLong {
            words: words.len(),
            limit,
        });
    }
    if let Some(limit) = rules.max_chars.filter(|l| chars > *l) {
        findings.push(Finding::TooManyCharacters { chars, limit });
    }
    if rules.question && !words.iter().any(|w| w.contains('?')) {
        findings.push(Finding::NoQuestion);
    }
    if rules.connection_first && !connected_early(&words, values) {
        findings.push(Finding::ConnectionLate);
    }
    if rules.no_job && asks_for_job(&words) {
        findings.push(Finding::AsksForJob);
    }
    Report {
        words: words.len(),
        chars,
        findings,
    }
}

fn connected_early(words: &[String], values: &Values) -> bool {
    let opening = words
        .iter()
        .take(CONNECTION_WITHIN_WORDS)
        .map(|w| clean(w))
        .collect::<Vec<_>>()
        .join(" ");
    if values.referrer.trim().is_empty() {
        CONNECTION_WORDS.iter().any(|c| {
            opening
                .split(' ')
                .collect::<Vec<_>>()
                .windows(c.split(' ').count())
                .any(|w| w.join(" ") == *c)
        })
    } else {
        let first = values
            .referrer
            .split_whitespace()
            .next()
            .map(clean)
            .unwrap_or_default();
        opening.split(' ').any(|w| w == first)
    }
}

/// "Not asking about jobs" is the right thing to say; only job words not negated count.
fn asks_for_job(words: &[String]) -> bool {
    let cleaned: Vec<String> = words.iter().map(|w| clean(w)).collect();
    cleaned.iter().enumerate().any(|(i, w)| {
        JOB_WORDS.contains(&w.as_str()) && {
            let before = &cleaned[i.saturating_sub(4)..i];
            !before
                .iter()
                .any(|b| ["not", "no", "isn't", "won't", "without", "never"].contains(&b.as_str()))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST: TemplateKind = TemplateKind::FirstEmail;

    fn with_referrer(name: &str) -> Values {
        Values {
            referrer: name.into(),
            ..Values::default()
        }
    }

    fn first(body: &str, values: &Values) -> Vec<Finding> {
        check("", body, FIRST, values).findings
    }

    #[test]
    fn a_good_email_passes() {
        let email = "Dear Ana,\n\nBen Hall suggested I contact you. I am exploring user research and would value your advice.\n\nCould you spare 20 minutes next week?\n\nBest,\nSam";
        let report = check("Hello", email, FIRST, &with_referrer("Ben Hall"));
        assert_eq!(report.findings, []);
        assert_eq!(report.words, 23);
        assert_eq!(
            report.verdict(FIRST),
            Some("Short, connected, asks for advice and ends with a question: good.")
        );
    }

    #[test]
    fn counts_words_without_greeting_and_signature() {
        let long = format!(
            "Hi Ana,\n\nAs a fellow alum, {} ok?\n\nThanks so much,\nSam",
            "word ".repeat(80)
        );
        let report = check("", &long, FIRST, &Values::default());
        assert_eq!(report.words, 85);
        assert_eq!(
            report.findings,
            [Finding::TooLong {
                words: 85,
                limit: MAX_WORDS
            }]
        );
    }

    #[test]
    fn flags_a_missing_question() {
        let report = first("As a fellow alum I would like to talk.", &Values::default());
        assert_eq!(report, [Finding::NoQuestion]);
    }

    #[test]
    fn connection_must_come_early() {
        let late = format!(
            "I am Sam. {} I found your profile. Could we talk?",
            "filler ".repeat(40)
        );
        assert_eq!(first(&late, &Values::default()), [Finding::ConnectionLate]);
        let early = "I found your profile on the alumni network. Could we talk?";
        assert_eq!(first(early, &Values::default()), []);
        // With a referrer, their name is what counts.
        assert_eq!(
            first(early, &with_referrer("Ben Hall")),
            [Finding::ConnectionLate]
        );
    }

    #[test]
    fn flags_job_requests_but_not_disclaimers() {
        let asks = "As a fellow alum, are there any openings on your team? Could I send my CV?";
        assert_eq!(first(asks, &Values::default()), [Finding::AsksForJob]);
        let fine = "As a fellow alum: I am not asking about jobs. Could we talk?";
        assert_eq!(first(fine, &Values::default()), []);
    }

    #[test]
    fn gaps_in_subject_and_message_are_named_once_each() {
        let report = check(
            "From [my school]",
            "Dear Ana,\n\nI am [my name] of [their organization], a fellow alum of [my school]. Could we talk?\n\n[My name]",
            FIRST,
            &Values::default(),
        );
        assert_eq!(
            report.findings,
            [Finding::Gaps(vec![
                "my school".into(),
                "my name".into(),
                "their organization".into()
            ])]
        );
        assert_eq!(
            report.findings[0].message(),
            "Fill in: my school, my name, their organization."
        );
        assert_eq!(report.gaps().len(), 3);
        assert_eq!(report.verdict(FIRST), None);
    }

    #[test]
    fn gap_edge_cases() {
        assert_eq!(gaps("no gaps at all"), Vec::<String>::new());
        assert_eq!(gaps("unclosed [gap and ] later"), ["gap and"]);
        assert_eq!(gaps("[outer [inner] x]"), ["inner"]);
        assert_eq!(gaps("[ ]"), ["an empty [ ]"]);
        assert_eq!(
            gaps("[Where you are now.] [UX team]"),
            ["where you are now", "UX team"]
        );
    }

    #[test]
    fn a_linkedin_note_counts_characters_not_words() {
        let note = format!("As a fellow alum, {}could we talk?", "x".repeat(290));
        let report = check("", &note, TemplateKind::LinkedInNote, &Values::default());
        assert_eq!(
            report.findings,
            [Finding::TooManyCharacters {
                chars: 322,
                limit: 300
            }]
        );
        assert_eq!(
            report.findings[0].message(),
            "322 characters: LinkedIn takes at most 300 in a connection note. Cut 22."
        );
    }

    #[test]
    fn a_thank_you_need_not_ask_anything_nor_say_how_you_met() {
        let thanks =
            "Dear Ana,\n\nThank you for your time. I have applied what you said.\n\nBest,\nSam";
        let report = check(
            "Thank you",
            thanks,
            TemplateKind::ThankYou,
            &Values::default(),
        );
        assert_eq!(report.findings, []);
        assert_eq!(
            report.verdict(TemplateKind::ThankYou),
            Some("Short and complete: ready to send.")
        );
        let follow_up = "Dear Ana,\n\nJust following up on my note.\n\nBest,\nSam";
        assert_eq!(
            check("", follow_up, TemplateKind::FollowUp, &Values::default()).findings,
            [Finding::NoQuestion]
        );
    }
}
