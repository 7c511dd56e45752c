//! "What I have learned" about a career: the answers to the same question, side by side across
//! every talk held in that career, then the debriefs.

use super::{Debrief, Document, Id};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub interview: Id,
    pub person_name: String,
    pub date: Option<NaiveDate>,
    pub notes: String,
}

/// One question and what each talk noted for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The bank question, when the talk's question came from the bank.
    pub question: Option<Id>,
    pub text: String,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkDebrief {
    pub interview: Id,
    pub person_name: String,
    pub date: Option<NaiveDate>,
    pub debrief: Debrief,
    pub notes: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Learned {
    pub talks: usize,
    pub rows: Vec<Row>,
    pub debriefs: Vec<TalkDebrief>,
}

/// Lines up what was noted in the held talks of one career.
///
/// Questions from the bank group by their id, so a reworded or deleted bank question still keeps
/// its row; questions written for one talk group by their text. Rows follow the bank's order,
/// then questions outside the bank in the order they were first asked. Talks run oldest first.
pub fn learned(doc: &Document, career: &Id) -> Learned {
    let mut talks: Vec<_> = doc
        .interviews
        .iter()
        .filter(|i| i.career.as_ref() == Some(career) && i.status.was_held())
        .collect();
    super::order::sort_by_rank(&mut talks, |i| {
        use chrono::Datelike;
        let day = i
            .talk_date()
            .map_or(0, |d| d.num_days_from_ce().max(0) as u64);
        let made = i.created_at.timestamp().clamp(0, u32::MAX as i64) as u64;
        (day << 32) | made
    });

    let name_of = |id: &Id| {
        doc.person(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| "Someone you no longer track".to_owned())
    };
    let mut rows: Vec<Row> = Vec::new();
    for talk in &talks {
        for asked in &talk.questions {
            let answer = Answer {
                interview: talk.id.clone(),
                person_name: name_of(&talk.person),
                date: talk.talk_date(),
                notes: asked.notes.clone(),
            };
            let key = normalise(&asked.text);
            let row = rows
                .iter_mut()
                .find(|r| match (&asked.question, &r.question) {
                    (Some(a), Some(b)) => a == b,
                    (None, None) => normalise(&r.text) == key,
                    _ => false,
                });
            match row {
                Some(row) => row.answers.push(answer),
                None => rows.push(Row {
                    question: asked.question.clone(),
                    text: asked
                        .question
                        .as_ref()
                        .and_then(|id| doc.question(id))
                        .map(|q| q.text.clone())
                        .unwrap_or_else(|| asked.text.clone()),
                    answers: vec![answer],
                }),
            }
        }
    }
    let bank_rank = |row: &Row| {
        row.question
            .as_ref()
            .and_then(|id| doc.question(id))
            .map(|q| q.order)
    };
    // Stable: rows outside the bank keep their first-asked order, after the bank's.
    super::order::sort_by_rank(&mut rows, |row| {
        bank_rank(row).map_or(1 << 32, |o| o as u64)
    });

    let debriefs = talks
        .iter()
        .filter(|t| !t.debrief.is_empty() || !t.notes.trim().is_empty())
        .map(|t| TalkDebrief {
            interview: t.id.clone(),
            person_name: name_of(&t.person),
            date: t.talk_date(),
            debrief: t.debrief.clone(),
            notes: t.notes.clone(),
        })
        .collect();
    Learned {
        talks: talks.len(),
        rows,
        debriefs,
    }
}

fn normalise(text: &str) -> String {
    let joined = super::text::squash_spaces(text);
    super::text::fold_case(joined.trim_end_matches(['?', '.', '!']))
}
