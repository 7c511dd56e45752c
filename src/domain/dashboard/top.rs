//! The one thing the overview puts first: what is most worth doing now.

use super::export::ExportNeed;
use super::{FirstStep, first_step, people_without_talk};
use crate::domain::Document;
use crate::domain::rules::{Action, ActionKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// Work is at risk (changes a week old not exported, or storage nearly full).
    Export(ExportNeed),
    /// The most pressing action on a talk.
    Act(Action),
    /// A planner still being set up: careers, people, a first talk.
    Start(FirstStep),
    /// Nothing is due; `leads` people are waiting to be asked.
    AllClear { leads: usize },
}

/// Waiting is not something to do: it never takes the top.
fn is_a_wait(action: &Action) -> bool {
    matches!(
        action.kind,
        ActionKind::AwaitReply { .. } | ActionKind::AwaitFollowUpReply { .. }
    )
}

/// What comes first, from the planner's `actions` (most pressing first) and the export need:
/// work at risk, then anything overdue or due, then setting up, then what is coming.
pub fn next_step(doc: &Document, actions: &[Action], export: ExportNeed) -> NextStep {
    if export.is_urgent() {
        return NextStep::Export(export);
    }
    if let Some(a) = actions.iter().find(|a| a.urgency.needs_attention()) {
        return NextStep::Act(a.clone());
    }
    if let Some(step) = first_step(doc) {
        return NextStep::Start(step);
    }
    match actions.iter().find(|a| !is_a_wait(a)) {
        Some(a) => NextStep::Act(a.clone()),
        None => NextStep::AllClear {
            leads: people_without_talk(doc),
        },
    }
}

impl NextStep {
    /// The action it puts first, so the lists below can leave it out.
    pub fn action(&self) -> Option<&Action> {
        match self {
            NextStep::Act(a) => Some(a),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::actions;
    use crate::domain::{Career, Connection, Id, Interview, OutreachKind, Person, Timestamp};
    use chrono::{DateTime, NaiveDate};

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-20T10:00:00+00:00").unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn planner() -> Document {
        let mut doc = Document::fresh();
        doc.careers
            .push(Career::new(Id::parse("c-1").unwrap(), "UX", now()));
        for (key, name) in [("p-1", "Ana Costa"), ("p-2", "Ben Berg")] {
            doc.people.push(Person::new(
                Id::parse(key).unwrap(),
                name,
                Connection::Alumni,
                now(),
            ));
        }
        doc
    }

    fn talk(doc: &mut Document) -> &mut Interview {
        doc.interviews.push(Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now(),
        ));
        doc.interviews.last_mut().unwrap()
    }

    const QUIET: ExportNeed = ExportNeed::Quiet {
        since: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        last_export: None,
    };

    #[test]
    fn a_due_action_comes_before_a_quiet_export_reminder() {
        let mut doc = planner();
        talk(&mut doc).mark_held(d("2026-11-24"));
        let today = d("2026-11-26");
        let list = actions(&doc, today);
        let step = next_step(&doc, &list, QUIET);
        assert!(matches!(step, NextStep::Act(ref a) if a.kind == ActionKind::SendThankYou));
        assert_eq!(step.action(), Some(&list[0]));
    }

    #[test]
    fn work_at_risk_comes_first() {
        let mut doc = planner();
        talk(&mut doc).mark_held(d("2026-11-24"));
        let list = actions(&doc, d("2026-11-30"));
        let risk = ExportNeed::NearlyFull { percent: 91 };
        assert_eq!(next_step(&doc, &list, risk), NextStep::Export(risk));
    }

    #[test]
    fn setting_up_comes_before_what_is_merely_coming() {
        let doc = Document::fresh();
        assert_eq!(
            next_step(&doc, &[], ExportNeed::Nothing),
            NextStep::Start(FirstStep::ChooseCareers)
        );
        let mut doc = planner();
        assert_eq!(
            next_step(&doc, &[], ExportNeed::Nothing),
            NextStep::Start(FirstStep::PlanTalk)
        );
        talk(&mut doc);
        let list = actions(&doc, d("2026-11-26"));
        assert!(matches!(
            next_step(&doc, &list, QUIET),
            NextStep::Act(ref a) if a.kind == ActionKind::Ask
        ));
    }

    #[test]
    fn waiting_for_a_reply_is_not_a_next_step() {
        let mut doc = planner();
        talk(&mut doc).log_outreach(d("2026-11-26"), OutreachKind::Sent, "");
        let list = actions(&doc, d("2026-11-27"));
        assert!(matches!(list[0].kind, ActionKind::AwaitReply { .. }));
        assert_eq!(
            next_step(&doc, &list, ExportNeed::Nothing),
            NextStep::AllClear { leads: 1 }
        );
    }
}
