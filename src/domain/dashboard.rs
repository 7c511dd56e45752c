//! Figures for the overview: where the talks stand and how the asking is going.

use super::rules::{ThankYou, thank_you_state};
use super::{Document, OutreachKind, Status};
use chrono::NaiveDate;

/// A reply rate in this range is normal for informational-interview requests.
pub const NORMAL_REPLY_RATE: (u32, u32) = (20, 40);
/// Referrals to ask for in every talk.
pub const REFERRAL_GOAL: usize = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funnel {
    /// Talks for which a request went out.
    pub asked: usize,
    /// Of those, the ones that got an answer (a reply, a yes, or a no).
    pub replied: usize,
    pub held: usize,
    /// Held talks whose thank-you went out within the week.
    pub thanked_on_time: usize,
}

impl Funnel {
    /// Replies as a whole percentage of requests, when any request went out.
    pub fn reply_rate(&self) -> Option<u32> {
        (self.asked > 0).then(|| ((self.replied * 100 + self.asked / 2) / self.asked) as u32)
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
        let answered = matches!(
            i.status,
            Status::Scheduled | Status::Held | Status::Thanked | Status::Declined
        ) || i
            .outreach
            .iter()
            .any(|e| matches!(e.kind, OutreachKind::Replied | OutreachKind::Declined));
        if answered {
            f.replied += 1;
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
    fn funnel_counts_each_stage_once() {
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
                replied: 3,
                held: 2,
                thanked_on_time: 1
            }
        );
        assert_eq!(f.reply_rate(), Some(75));
        assert_eq!(Funnel::default().reply_rate(), None);
        let counts = status_counts(&doc);
        assert_eq!(counts[0], (Status::Planned, 1));
        assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 5);
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
