//! Checks a first email against the habits that get replies: short, connection first, asks for
//! advice rather than a job, ends with a question.

use super::templates::Values;
use super::text::{fold_case, is_word_char};

/// The 2-Hour Job Search method keeps a first email under about 75 words.
pub const MAX_WORDS: usize = 75;
/// How early the connection should appear: within the opening words of the message.
pub const CONNECTION_WITHIN_WORDS: usize = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    TooLong { words: usize },
    NoQuestion,
    ConnectionLate,
    AsksForJob,
}

impl Finding {
    pub fn message(&self) -> String {
        match self {
            Finding::TooLong { words } => format!(
                "{words} words. Aim for {MAX_WORDS} or fewer: a busy person reads a short email at once."
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
    pub findings: Vec<Finding>,
}

const SIGN_OFFS: &[&str] = &[
    "best",
    "thanks",
    "thank you",
    "with thanks",
    "kind regards",
    "regards",
    "sincerely",
    "cheers",
    "best wishes",
    "many thanks",
    "warm regards",
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

pub fn check(text: &str, values: &Values) -> Report {
    let words = body_words(text);
    let mut findings = Vec::new();
    if words.len() > MAX_WORDS {
        findings.push(Finding::TooLong { words: words.len() });
    }
    if !words.iter().any(|w| w.contains('?')) {
        findings.push(Finding::NoQuestion);
    }
    let opening = words
        .iter()
        .take(CONNECTION_WITHIN_WORDS)
        .map(|w| clean(w))
        .collect::<Vec<_>>()
        .join(" ");
    let connected = if values.referrer.trim().is_empty() {
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
    };
    if !connected {
        findings.push(Finding::ConnectionLate);
    }
    // "Not asking about jobs" is the right thing to say; only count job words not negated.
    let cleaned: Vec<String> = words.iter().map(|w| clean(w)).collect();
    let asks_for_job = cleaned.iter().enumerate().any(|(i, w)| {
        JOB_WORDS.contains(&w.as_str()) && {
            let before = &cleaned[i.saturating_sub(4)..i];
            !before
                .iter()
                .any(|b| ["not", "no", "isn't", "won't", "without", "never"].contains(&b.as_str()))
        }
    });
    if asks_for_job {
        findings.push(Finding::AsksForJob);
    }
    Report {
        words: words.len(),
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_referrer(name: &str) -> Values {
        Values {
            referrer: name.into(),
            ..Values::default()
        }
    }

    #[test]
    fn a_good_email_passes() {
        let email = "Dear Ana,\n\nBen Hall suggested I contact you. I am exploring user research and would value your advice.\n\nCould you spare 20 minutes next week?\n\nBest,\nSam";
        let report = check(email, &with_referrer("Ben Hall"));
        assert_eq!(report.findings, []);
        assert_eq!(report.words, 23);
    }

    #[test]
    fn counts_words_without_greeting_and_signature() {
        let long = format!(
            "Hi Ana,\n\nAs a fellow alum, {} ok?\n\nThanks,\nSam",
            "word ".repeat(80)
        );
        let report = check(&long, &Values::default());
        assert_eq!(report.words, 85);
        assert_eq!(report.findings, [Finding::TooLong { words: 85 }]);
    }

    #[test]
    fn flags_a_missing_question() {
        let report = check("As a fellow alum I would like to talk.", &Values::default());
        assert_eq!(report.findings, [Finding::NoQuestion]);
    }

    #[test]
    fn connection_must_come_early() {
        let late = format!(
            "I am Sam. {} I found your profile. Could we talk?",
            "filler ".repeat(40)
        );
        assert_eq!(
            check(&late, &Values::default()).findings,
            [Finding::ConnectionLate]
        );
        let early = "I found your profile on the alumni network. Could we talk?";
        assert_eq!(check(early, &Values::default()).findings, []);
        // With a referrer, their name is what counts.
        let no_name = "I found your profile on the alumni network. Could we talk?";
        assert_eq!(
            check(no_name, &with_referrer("Ben Hall")).findings,
            [Finding::ConnectionLate]
        );
    }

    #[test]
    fn flags_job_requests_but_not_disclaimers() {
        let asks = "As a fellow alum, are there any openings on your team? Could I send my CV?";
        assert_eq!(
            check(asks, &Values::default()).findings,
            [Finding::AsksForJob]
        );
        let fine = "As a fellow alum: I am not asking about jobs. Could we talk?";
        assert_eq!(check(fine, &Values::default()).findings, []);
    }
}
