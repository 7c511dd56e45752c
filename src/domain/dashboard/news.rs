//! What is new or near for the overview: this week's talks, people suggested lately who have
//! not been asked yet, and a mentor's comments not seen yet.

use crate::domain::links::is_web_url;
use crate::domain::{CommentTarget, Document, Id, Status, Timestamp};
use chrono::{Days, NaiveDate, NaiveDateTime};
use std::collections::BTreeSet;

/// A talk set for the coming seven days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekTalk {
    pub interview: Id,
    pub person: String,
    pub at: NaiveDateTime,
    pub minutes: u16,
    /// Where it is: an address, "phone", or a call link.
    pub place: String,
    /// The place again, when it is a web address that can be a link.
    pub link: Option<String>,
    pub questions: usize,
}

/// Scheduled talks from `today` to six days on, soonest first. A talk earlier today stays
/// until it is recorded as held: it is still the day's business.
pub fn this_week(doc: &Document, today: NaiveDate) -> Vec<WeekTalk> {
    let last = today + Days::new(6);
    let mut talks: Vec<WeekTalk> = doc
        .interviews
        .iter()
        .filter(|i| i.status == Status::Scheduled)
        .filter_map(|i| {
            let at = i.scheduled_at?;
            if at.date() < today || at.date() > last {
                return None;
            }
            let place = i.place.trim().to_owned();
            Some(WeekTalk {
                interview: i.id.clone(),
                person: doc
                    .person(&i.person)
                    .map_or_else(|| "someone".to_owned(), |p| p.name.clone()),
                at,
                minutes: i.duration_minutes,
                link: is_web_url(&place).then(|| place.clone()),
                place,
                questions: i.questions.len(),
            })
        })
        .collect();
    talks.sort_by_key(|t| t.at);
    talks
}

/// Days during which someone suggested in a talk counts as new.
pub const NEW_REFERRAL_DAYS: u64 = 30;

/// Someone a contact suggested lately, not asked for a talk yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferral {
    pub person: Id,
    pub name: String,
    /// Who suggested them, while that person is in the planner.
    pub by: Option<String>,
    pub may_mention: bool,
}

/// People suggested in the last thirty days who have no talk yet, newest first.
pub fn new_referrals(doc: &Document, today: NaiveDate) -> Vec<NewReferral> {
    let since = today - Days::new(NEW_REFERRAL_DAYS);
    // Thousands of people may come in from LinkedIn at once: look up talks in a set, and only
    // for people someone suggested.
    let with_talk: BTreeSet<&Id> = doc.interviews.iter().map(|i| &i.person).collect();
    let mut found: Vec<(Timestamp, NewReferral)> = doc
        .people
        .iter()
        .filter(|p| p.referred_by.is_some() && p.created_at.date_naive() >= since)
        .filter(|p| !with_talk.contains(&p.id))
        .filter_map(|p| {
            let r = p.referred_by.as_ref()?;
            let by = r.referrer.name(doc).map(str::to_owned);
            Some((
                p.created_at,
                NewReferral {
                    person: p.id.clone(),
                    name: p.name.clone(),
                    by,
                    may_mention: r.may_use_name,
                },
            ))
        })
        .collect();
    found.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    found.into_iter().map(|(_, r)| r).collect()
}

/// A mentor's comment the user has not seen yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnseenComment {
    pub id: Id,
    pub author: String,
    pub text: String,
    /// What it is about: "your talk with Ana Costa", "Nursing".
    pub about: String,
    /// The page where it is shown beside what it is about.
    pub route: String,
}

/// Comments written or changed after `seen` (all of them when nothing was seen yet), newest
/// first; comments on something no longer in the planner are left out.
pub fn unseen_comments(doc: &Document, seen: Option<Timestamp>) -> Vec<UnseenComment> {
    let mut found: Vec<(Timestamp, UnseenComment)> = doc
        .comments
        .iter()
        .filter(|c| seen.is_none_or(|seen| c.updated_at > seen))
        .filter_map(|c| {
            let (about, route) = match &c.target {
                CommentTarget::Career { id } => {
                    let career = doc.career(id)?;
                    (career.name.clone(), format!("/learned?career={id}"))
                }
                CommentTarget::Interview { id } => {
                    let talk = doc.interview(id)?;
                    let name = doc
                        .person(&talk.person)
                        .map_or_else(|| "someone".to_owned(), |p| p.name.clone());
                    (format!("your talk with {name}"), format!("/talk?talk={id}"))
                }
            };
            let author = match c.author.trim() {
                "" => "Your mentor".to_owned(),
                name => name.to_owned(),
            };
            Some((
                c.updated_at,
                UnseenComment {
                    id: c.id.clone(),
                    author,
                    text: c.text.clone(),
                    about,
                    route,
                },
            ))
        })
        .collect();
    found.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    found.into_iter().map(|(_, c)| c).collect()
}

/// The newest comment's time: what "seen up to" becomes when the user has read them all. Taken
/// from the comments, not the clock, so a mentor's clock that runs ahead cannot hide a comment.
pub fn latest_comment(doc: &Document) -> Option<Timestamp> {
    doc.comments.iter().map(|c| c.updated_at).max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Career, Comment, Connection, Interview, Person, ReferredBy, Referrer};
    use chrono::DateTime;

    fn at(s: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(s).unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }
    fn person(key: &str, name: &str, made: &str) -> Person {
        Person::new(id(key), name, Connection::Alumni, at(made))
    }
    fn scheduled(key: &str, person: &str, when: &str, place: &str) -> Interview {
        let mut i = Interview::new(id(key), id(person), None, at("2026-11-01T09:00:00+00:00"));
        let when: NaiveDateTime = when.parse().unwrap();
        i.schedule(when, place.into(), 30, d("2026-11-20"));
        i
    }

    #[test]
    fn this_week_lists_the_coming_seven_days_soonest_first_with_place_or_link() {
        let mut doc = Document::empty();
        doc.people
            .push(person("p-1", "Ana Costa", "2026-11-01T09:00:00+00:00"));
        doc.interviews.extend([
            scheduled("i-far", "p-1", "2026-12-10T10:00:00", "Office"),
            scheduled(
                "i-link",
                "p-1",
                "2026-12-04T16:00:00",
                "https://meet.example.org/abc",
            ),
            scheduled(
                "i-today",
                "p-1",
                "2026-12-01T08:00:00",
                "Helix Labs, 2nd floor",
            ),
            scheduled("i-past", "p-1", "2026-11-30T10:00:00", "Cafe"),
            scheduled("i-last", "p-1", "2026-12-07T23:00:00", "phone"),
        ]);
        let week = this_week(&doc, d("2026-12-01"));
        let ids: Vec<&str> = week.iter().map(|t| t.interview.as_str()).collect();
        assert_eq!(ids, ["i-today", "i-link", "i-last"]);
        assert_eq!(week[0].place, "Helix Labs, 2nd floor");
        assert_eq!(week[0].link, None);
        assert_eq!(week[0].person, "Ana Costa");
        assert_eq!(
            week[1].link.as_deref(),
            Some("https://meet.example.org/abc")
        );
        // Once held, it is no longer coming up.
        doc.interviews[2].mark_held(d("2026-12-01"));
        assert_eq!(this_week(&doc, d("2026-12-01")).len(), 2);
    }

    #[test]
    fn new_referrals_are_recent_suggestions_not_asked_yet() {
        let mut doc = Document::empty();
        doc.people
            .push(person("p-ana", "Ana Costa", "2026-10-01T09:00:00+00:00"));
        for (key, name, made) in [
            ("p-old", "Old Lead", "2026-10-01T09:00:00+00:00"),
            ("p-dee", "Dee Park", "2026-11-20T09:00:00+00:00"),
            ("p-eli", "Eli Moss", "2026-11-25T09:00:00+00:00"),
            ("p-asked", "Asked Already", "2026-11-26T09:00:00+00:00"),
        ] {
            let mut p = person(key, name, made);
            p.referred_by = Some(ReferredBy {
                referrer: Referrer::Person { id: id("p-ana") },
                may_use_name: key == "p-dee",
                interview: None,
            });
            doc.people.push(p);
        }
        doc.interviews.push(Interview::new(
            id("i-1"),
            id("p-asked"),
            None,
            at("2026-11-27T09:00:00+00:00"),
        ));
        let found = new_referrals(&doc, d("2026-12-01"));
        let names: Vec<&str> = found.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Eli Moss", "Dee Park"]);
        assert_eq!(found[1].by.as_deref(), Some("Ana Costa"));
        assert!(found[1].may_mention && !found[0].may_mention);
    }

    #[test]
    fn comments_since_last_seen_newest_first() {
        let mut doc = Document::empty();
        doc.careers.push(Career::new(
            id("c-1"),
            "Nursing",
            at("2026-11-01T09:00:00+00:00"),
        ));
        doc.people
            .push(person("p-1", "Ana Costa", "2026-11-01T09:00:00+00:00"));
        doc.interviews.push(Interview::new(
            id("i-1"),
            id("p-1"),
            None,
            at("2026-11-01T09:00:00+00:00"),
        ));
        let comment = |key: &str, target: CommentTarget, when: &str| Comment {
            id: id(key),
            target,
            author: String::new(),
            text: format!("Comment {key}"),
            created_at: at(when),
            updated_at: at(when),
        };
        doc.comments = vec![
            comment(
                "m-1",
                CommentTarget::Career { id: id("c-1") },
                "2026-11-10T09:00:00+00:00",
            ),
            comment(
                "m-2",
                CommentTarget::Interview { id: id("i-1") },
                "2026-11-12T09:00:00+00:00",
            ),
            comment(
                "m-gone",
                CommentTarget::Interview { id: id("i-9") },
                "2026-11-13T09:00:00+00:00",
            ),
        ];
        let all = unseen_comments(&doc, None);
        let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["m-2", "m-1"]);
        assert_eq!(all[0].about, "your talk with Ana Costa");
        assert_eq!(all[0].route, "/talk?talk=i-1");
        assert_eq!(all[0].author, "Your mentor");
        assert_eq!(all[1].route, "/learned?career=c-1");
        let seen = latest_comment(&doc);
        assert_eq!(seen, Some(at("2026-11-13T09:00:00+00:00")));
        assert!(unseen_comments(&doc, seen).is_empty());
        let newer = unseen_comments(&doc, Some(at("2026-11-11T00:00:00+00:00")));
        assert_eq!(newer.len(), 1);
    }
}
