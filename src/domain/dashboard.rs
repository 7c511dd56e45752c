//! What the overview shows: the one thing to do next, this week's talks and news, and the
//! figures of how the asking is going.

mod export;
mod news;
mod top;

pub use export::{ExportNeed, NEAR_FULL_PERCENT, OLD_CHANGES_DAYS, export_need};
pub use news::{
    NEW_REFERRAL_DAYS, NewReferral, UnseenComment, WeekTalk, latest_comment, new_referrals,
    this_week, unseen_comments,
};
pub use top::{NextStep, next_step};

use super::rules::{FOLLOW_UP_AFTER, ThankYou, add_business_days, thank_you_state};
use super::{Document, Interview, OutreachKind, Status};
use chrono::NaiveDate;

/// A reply rate in this range is normal for informational-interview requests.
pub const NORMAL_REPLY_RATE: (u32, u32) = (20, 40);
/// Referrals to ask for in every talk.
pub const REFERRAL_GOAL: usize = 2;
/// Requests that must have had their full wait (seven working days) before the reply rate is
/// judged: with fewer, one answer more or less swings it from "low" to "high".
pub const REPLY_RATE_MIN_REQUESTS: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funnel {
    /// Talks for which a request went out.
    pub asked: usize,
    /// Of those, the ones where the person said yes or replied to talk (a decline is not one).
    pub replied: usize,
    /// Of those, the ones the person turned down: an answer, but counted apart from replies.
    pub declined: usize,
    pub held: usize,
    /// Held talks whose thank-you went out within the week.
    pub thanked_on_time: usize,
    /// Requests that have had their full wait (sent seven working days ago or more, or
    /// already answered one way or the other): the ones the reply rate is measured on.
    pub settled: usize,
    /// Of the settled requests, the ones that got a reply.
    pub settled_replied: usize,
}

/// What the reply rate says, once there is enough to say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyRate {
    /// No request went out yet.
    NoRequests,
    /// Too few requests have had their full wait: `settled` of the five needed.
    TooEarly { settled: usize },
    /// Replies as a whole percentage of the settled requests.
    Known(u32),
}

impl Funnel {
    /// Replies as a share of the requests that have had their full wait, once at least five
    /// have: a request sent today has had no chance to be answered and does not count.
    pub fn reply_rate(&self) -> ReplyRate {
        if self.asked == 0 {
            ReplyRate::NoRequests
        } else if self.settled < REPLY_RATE_MIN_REQUESTS {
            ReplyRate::TooEarly {
                settled: self.settled,
            }
        } else {
            ReplyRate::Known(
                ((self.settled_replied * 100 + self.settled / 2) / self.settled) as u32,
            )
        }
    }
}

/// What came of a request: a reply (a yes, or a time agreed), a decline, or nothing yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    Replied,
    Declined,
    None,
}

fn answer(i: &Interview) -> Answer {
    let replied = matches!(i.status, Status::Scheduled | Status::Held | Status::Thanked)
        || i.outreach.iter().any(|e| e.kind == OutreachKind::Replied);
    if replied {
        Answer::Replied
    } else if i.status == Status::Declined
        || i.outreach.iter().any(|e| e.kind == OutreachKind::Declined)
    {
        Answer::Declined
    } else {
        Answer::None
    }
}

/// Whether a request has had the whole wait the method gives it: answered, given up on, or
/// first sent at least seven working days before `today`. A talk arranged without a dated
/// request counts once it has an answer.
fn settled(i: &Interview, answer: Answer, today: NaiveDate) -> bool {
    let first_sent = i
        .outreach
        .iter()
        .find(|e| e.kind.is_attempt())
        .map(|e| e.date);
    match first_sent {
        Some(day) => {
            answer != Answer::None
                || i.status == Status::NoReply
                || add_business_days(day, FOLLOW_UP_AFTER) <= today
        }
        None => answer != Answer::None || i.status == Status::NoReply,
    }
}

pub fn funnel(doc: &Document, today: NaiveDate) -> Funnel {
    let mut f = Funnel::default();
    for i in &doc.interviews {
        let asked = i.status != Status::Planned || i.outreach.iter().any(|e| e.kind.is_attempt());
        if !asked {
            continue;
        }
        f.asked += 1;
        let answer = answer(i);
        match answer {
            Answer::Replied => f.replied += 1,
            Answer::Declined => f.declined += 1,
            Answer::None => {}
        }
        if settled(i, answer, today) {
            f.settled += 1;
            if answer == Answer::Replied {
                f.settled_replied += 1;
            }
        }
        if i.status.was_held() {
            f.held += 1;
            if matches!(
                thank_you_state(i, today),
                ThankYou::Sent { on_time: true, .. }
            ) {
                f.thanked_on_time += 1;
            }
        }
    }
    f
}

/// The reply rate and what to make of it, in a sentence.
pub fn reply_rate_words(rate: ReplyRate) -> String {
    let (lo, hi) = NORMAL_REPLY_RATE;
    match rate {
        ReplyRate::NoRequests => "No requests sent yet, so no reply rate.".to_owned(),
        ReplyRate::TooEarly { settled } => format!(
            "Reply rate: too early to tell. People get seven working days to answer, and the rate \
             is judged once {REPLY_RATE_MIN_REQUESTS} requests have had them ({settled} so far)."
        ),
        ReplyRate::Known(r) => {
            let judgment = if r < lo {
                "below the usual range: keep asking, and ask through people who know you"
            } else if r > hi {
                "above the usual range: well done"
            } else {
                "within the usual range"
            };
            format!("Reply rate {r}% ({lo}–{hi}% is normal; yours is {judgment}).")
        }
    }
}

/// Talks per status, in the order of the steps.
pub fn status_counts(doc: &Document) -> Vec<(Status, usize)> {
    Status::ALL
        .iter()
        .map(|s| (*s, doc.interviews.iter().filter(|i| i.status == *s).count()))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Referrals {
    pub held: usize,
    pub gathered: usize,
    /// Held talks that brought fewer than the goal.
    pub short_of_goal: usize,
}

impl Referrals {
    /// Referrals per held talk, in tenths (so 1.5 is 15), when any talk was held.
    pub fn per_talk_tenths(&self) -> Option<usize> {
        (self.held > 0).then(|| (self.gathered * 10 + self.held / 2) / self.held)
    }
}

pub fn referrals(doc: &Document) -> Referrals {
    // Counted in one pass over people: looking them up per talk grows with talks × people.
    let mut per_talk = std::collections::BTreeMap::<&super::Id, usize>::new();
    for talk in doc
        .people
        .iter()
        .filter_map(|p| p.referred_by.as_ref()?.interview.as_ref())
    {
        *per_talk.entry(talk).or_default() += 1;
    }
    let mut r = Referrals {
        held: 0,
        gathered: 0,
        short_of_goal: 0,
    };
    for i in doc.interviews.iter().filter(|i| i.status.was_held()) {
        let n = per_talk.get(&i.id).copied().unwrap_or(0);
        r.held += 1;
        r.gathered += n;
        if n < REFERRAL_GOAL {
            r.short_of_goal += 1;
        }
    }
    r
}

/// People on the list with no talk planned yet: the leads still to ask.
pub fn people_without_talk(doc: &Document) -> usize {
    let with_talk: std::collections::BTreeSet<&super::Id> =
        doc.interviews.iter().map(|i| &i.person).collect();
    doc.people
        .iter()
        .filter(|p| !with_talk.contains(&p.id))
        .count()
}

/// The first thing a new user should do, until the planner has careers, people and talks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstStep {
    ChooseCareers,
    AddPeople,
    PlanTalk,
}

pub fn first_step(doc: &Document) -> Option<FirstStep> {
    if doc.careers.iter().all(|c| c.archived) {
        Some(FirstStep::ChooseCareers)
    } else if doc.people.is_empty() {
        Some(FirstStep::AddPeople)
    } else if doc.interviews.is_empty() {
        Some(FirstStep::PlanTalk)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Career, Connection, Id, Interview, Person, ReferredBy, Referrer, Timestamp,
    };
    use chrono::DateTime;

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn talk(id: &str) -> Interview {
        Interview::new(
            Id::parse(id).unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now(),
        )
    }
    fn log(i: &mut Interview, date: &str, kind: OutreachKind) {
        i.log_outreach(d(date), kind, String::new());
    }

    #[test]
    fn funnel_counts_each_stage_once_and_declines_apart() {
        let mut doc = Document::empty();
        doc.interviews.push(talk("i-planned"));
        let mut silent = talk("i-silent");
        log(&mut silent, "2026-11-02", OutreachKind::Sent);
        let mut declined = talk("i-declined");
        log(&mut declined, "2026-11-02", OutreachKind::Sent);
        log(&mut declined, "2026-11-03", OutreachKind::Declined);
        let mut thanked = talk("i-thanked");
        log(&mut thanked, "2026-11-02", OutreachKind::Sent);
        log(&mut thanked, "2026-11-03", OutreachKind::Replied);
        thanked.mark_held(d("2026-11-10"));
        thanked.mark_thanked(d("2026-11-11"));
        let mut late = talk("i-late");
        log(&mut late, "2026-11-02", OutreachKind::Sent);
        late.mark_held(d("2026-11-10"));
        late.mark_thanked(d("2026-11-20"));
        doc.interviews.extend([silent, declined, thanked, late]);
        let f = funnel(&doc, d("2026-11-27"));
        assert_eq!(
            f,
            Funnel {
                asked: 4,
                replied: 2,
                declined: 1,
                held: 2,
                thanked_on_time: 1,
                settled: 4,
                settled_replied: 2,
            }
        );
        // Four requests have had their wait: one short of a verdict.
        assert_eq!(f.reply_rate(), ReplyRate::TooEarly { settled: 4 });
        assert_eq!(Funnel::default().reply_rate(), ReplyRate::NoRequests);
        let counts = status_counts(&doc);
        assert_eq!(counts[0], (Status::Planned, 1));
        assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 5);
    }

    #[test]
    fn a_request_sent_today_is_too_early_to_judge() {
        let mut doc = Document::empty();
        let mut fresh = talk("i-fresh");
        log(&mut fresh, "2026-11-27", OutreachKind::Sent);
        doc.interviews.push(fresh);
        let f = funnel(&doc, d("2026-11-27"));
        assert_eq!((f.asked, f.settled), (1, 0));
        assert_eq!(f.reply_rate(), ReplyRate::TooEarly { settled: 0 });
    }

    #[test]
    fn the_verdict_waits_for_five_requests_older_than_seven_working_days() {
        let mut doc = Document::empty();
        // Sent on Monday 2 November; the seventh working day after is Wednesday 11 November.
        for n in 0..5 {
            let mut t = talk(&format!("i-{n}"));
            log(&mut t, "2026-11-02", OutreachKind::Sent);
            if n == 0 {
                log(&mut t, "2026-11-04", OutreachKind::Replied);
            }
            doc.interviews.push(t);
        }
        let before = funnel(&doc, d("2026-11-10"));
        // Only the answered one has had its wait.
        assert_eq!(before.reply_rate(), ReplyRate::TooEarly { settled: 1 });
        let after = funnel(&doc, d("2026-11-11"));
        assert_eq!(after.reply_rate(), ReplyRate::Known(20));
        // A decline is an answer, but not a reply: the rate stays, and it is counted apart.
        log(&mut doc.interviews[1], "2026-11-12", OutreachKind::Declined);
        let f = funnel(&doc, d("2026-11-13"));
        assert_eq!((f.replied, f.declined), (1, 1));
        assert_eq!(f.reply_rate(), ReplyRate::Known(20));
    }

    #[test]
    fn referrals_per_held_talk_against_the_goal() {
        let mut doc = Document::empty();
        let mut a = talk("i-a");
        a.mark_held(d("2026-11-10"));
        let mut b = talk("i-b");
        b.mark_held(d("2026-11-11"));
        doc.interviews.extend([a, b]);
        for (n, from) in [(1, "i-a"), (2, "i-a"), (3, "i-b")] {
            let mut p = Person::new(
                Id::parse(&format!("p-r{n}")).unwrap(),
                "R",
                Connection::Referral,
                now(),
            );
            p.referred_by = Some(ReferredBy {
                referrer: Referrer::Person {
                    id: Id::parse("p-1").unwrap(),
                },
                may_use_name: true,
                interview: Some(Id::parse(from).unwrap()),
            });
            doc.people.push(p);
        }
        let r = referrals(&doc);
        assert_eq!((r.held, r.gathered, r.short_of_goal), (2, 3, 1));
        assert_eq!(r.per_talk_tenths(), Some(15));
    }

    #[test]
    fn leads_are_people_without_a_talk() {
        let mut doc = Document::empty();
        for (n, name) in ["p-1", "p-2", "p-3"].into_iter().enumerate() {
            doc.people.push(Person::new(
                Id::parse(name).unwrap(),
                format!("P{n}"),
                Connection::Alumni,
                now(),
            ));
        }
        assert_eq!(people_without_talk(&doc), 3);
        let mut t = talk("i-1");
        t.person = Id::parse("p-2").unwrap();
        doc.interviews.push(t);
        assert_eq!(people_without_talk(&doc), 2);
    }

    #[test]
    fn first_steps_for_a_new_user() {
        let mut doc = Document::empty();
        assert_eq!(first_step(&doc), Some(FirstStep::ChooseCareers));
        doc.careers
            .push(Career::new(Id::parse("c-1").unwrap(), "X", now()));
        assert_eq!(first_step(&doc), Some(FirstStep::AddPeople));
        doc.people.push(Person::new(
            Id::parse("p-1").unwrap(),
            "Ana",
            Connection::Alumni,
            now(),
        ));
        assert_eq!(first_step(&doc), Some(FirstStep::PlanTalk));
        doc.interviews.push(talk("i-1"));
        assert_eq!(first_step(&doc), None);
    }
}
