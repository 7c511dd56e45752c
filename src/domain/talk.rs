//! Editing one talk's chosen questions: from the bank or written for the occasion, in order,
//! the must-ask ones first.

use super::interview::next_local_id;
use super::{AskedQuestion, Direction, Id, Interview, Status};
use chrono::NaiveDate;

/// Minutes an answer takes, with the follow-up question it usually draws.
pub const MINUTES_PER_QUESTION: u16 = 3;
/// Minutes for saying hello and for the questions before leaving (more names, thanks).
pub const MINUTES_TO_OPEN_AND_CLOSE: u16 = 5;

/// About how many questions a talk of this length has time for: three minutes an answer,
/// after five minutes to open and close. Never fewer than three.
pub fn questions_that_fit(duration_minutes: u16) -> usize {
    usize::from(
        (duration_minutes.saturating_sub(MINUTES_TO_OPEN_AND_CLOSE) / MINUTES_PER_QUESTION).max(3),
    )
}

/// Where a talk stands, as its page needs it: getting ready, the day itself, or after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TalkStage {
    /// Still being asked for or prepared.
    Before,
    /// Its day has come (or gone) and it is not yet recorded as held: notes and the questions
    /// before leaving matter most.
    OnTheDay,
    /// Held: the debrief and the names it gave come first.
    After,
}

impl Interview {
    pub fn stage(&self, today: NaiveDate) -> TalkStage {
        if self.status.was_held() {
            TalkStage::After
        } else if self.status == Status::Scheduled
            && self.scheduled_at.is_some_and(|at| at.date() <= today)
        {
            TalkStage::OnTheDay
        } else {
            TalkStage::Before
        }
    }

    /// Adds a bank question (with its own copy of the text) unless it is already chosen.
    pub fn choose_question(&mut self, bank_id: &Id, text: &str) -> bool {
        if self
            .questions
            .iter()
            .any(|q| q.question.as_ref() == Some(bank_id))
        {
            return false;
        }
        self.questions.push(AskedQuestion {
            id: self.new_question_id(),
            question: Some(bank_id.clone()),
            text: text.to_owned(),
            notes: String::new(),
            must_ask: false,
        });
        true
    }

    /// Adds a question written just for this talk.
    pub fn add_own_question(&mut self, text: &str) {
        self.questions.push(AskedQuestion {
            id: self.new_question_id(),
            question: None,
            text: text.trim().to_owned(),
            notes: String::new(),
            must_ask: false,
        });
    }

    fn new_question_id(&self) -> Id {
        next_local_id("aq", self.questions.iter().map(|q| &q.id))
    }

    /// The position of a chosen question, by its id.
    pub fn question_index(&self, id: &Id) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    /// Removes a chosen question, unless notes were taken against it (those are never dropped
    /// silently; the caller asks first and passes `force`).
    pub fn remove_question(&mut self, index: usize, force: bool) -> bool {
        match self.questions.get(index) {
            Some(q) if force || q.notes.trim().is_empty() => {
                self.questions.remove(index);
                true
            }
            _ => false,
        }
    }

    /// Moves a question one place up or down among the questions of its kind: the must-ask
    /// ones stay ahead of the others.
    pub fn move_question(&mut self, index: usize, direction: Direction) -> bool {
        // `index` counts in the asking order; a file may store must-ask questions elsewhere.
        self.put_must_ask_first();
        let target = match direction {
            Direction::Up if index > 0 => index - 1,
            Direction::Down if index + 1 < self.questions.len() => index + 1,
            _ => return false,
        };
        if self.questions[index].must_ask != self.questions[target].must_ask {
            return false;
        }
        self.questions.swap(index, target);
        true
    }

    /// Marks a question as one to ask whatever happens, or no longer. The must-ask questions
    /// come first, in the order they had among themselves; the rest follow in theirs.
    pub fn set_must_ask(&mut self, id: &Id, on: bool) -> bool {
        let Some(q) = self.questions.iter_mut().find(|q| &q.id == id) else {
            return false;
        };
        q.must_ask = on;
        self.put_must_ask_first();
        true
    }

    /// Keeps the must-ask questions ahead of the others (a file edited by hand may mix them).
    pub fn put_must_ask_first(&mut self) {
        // A stable sort: each group keeps its own order.
        self.questions.sort_by_key(|q| !q.must_ask);
    }

    /// The questions in the order they are asked and printed: must-ask first.
    pub fn asking_order(&self) -> Vec<&AskedQuestion> {
        let mut order: Vec<&AskedQuestion> = self.questions.iter().collect();
        order.sort_by_key(|q| !q.must_ask);
        order
    }

    /// Whether more questions are chosen than the talk has time for, and how many fit.
    pub fn too_many_questions(&self) -> Option<usize> {
        let fit = questions_that_fit(self.duration_minutes);
        (self.questions.len() > fit).then_some(fit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

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
    fn choosing_twice_keeps_one_copy() {
        let mut t = talk();
        let q = Id::parse("q-1").unwrap();
        assert!(t.choose_question(&q, "A?"));
        assert!(!t.choose_question(&q, "A?"));
        t.add_own_question("  B?  ");
        assert_eq!(t.questions.len(), 2);
        assert_eq!(t.questions[1].text, "B?");
    }

    #[test]
    fn notes_protect_a_question_from_removal() {
        let mut t = talk();
        t.add_own_question("A?");
        t.questions[0].notes = "said something".into();
        assert!(!t.remove_question(0, false));
        assert!(t.remove_question(0, true));
        assert!(t.questions.is_empty());
        assert!(!t.remove_question(3, true));
    }

    #[test]
    fn moving_within_bounds() {
        let mut t = talk();
        for q in ["A", "B", "C"] {
            t.add_own_question(q);
        }
        assert!(t.move_question(2, Direction::Up));
        assert!(!t.move_question(0, Direction::Up));
        assert!(!t.move_question(2, Direction::Down));
        let order: Vec<&str> = t.questions.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(order, ["A", "C", "B"]);
    }

    fn texts(t: &Interview) -> Vec<&str> {
        t.questions.iter().map(|q| q.text.as_str()).collect()
    }

    #[test]
    fn must_ask_questions_come_first_and_keep_their_order() {
        let mut t = talk();
        for q in ["A", "B", "C", "D"] {
            t.add_own_question(q);
        }
        let id = |t: &Interview, text: &str| {
            t.questions
                .iter()
                .find(|q| q.text == text)
                .unwrap()
                .id
                .clone()
        };
        let c = id(&t, "C");
        assert!(t.set_must_ask(&c, true));
        assert_eq!(texts(&t), ["C", "A", "B", "D"]);
        let d = id(&t, "D");
        t.set_must_ask(&d, true);
        assert_eq!(texts(&t), ["C", "D", "A", "B"]);
        // A question cannot move across the line between the must-ask ones and the rest.
        assert!(!t.move_question(1, Direction::Down));
        assert!(!t.move_question(2, Direction::Up));
        assert!(t.move_question(1, Direction::Up));
        assert_eq!(texts(&t), ["D", "C", "A", "B"]);
        // No longer a must: it leads the others.
        t.set_must_ask(&c, false);
        assert_eq!(texts(&t), ["D", "C", "A", "B"]);
        t.set_must_ask(&d, false);
        assert_eq!(texts(&t), ["D", "C", "A", "B"]);
        assert!(!t.set_must_ask(&Id::parse("aq-99").unwrap(), true));
    }

    #[test]
    fn asking_order_puts_must_ask_first_even_in_a_mixed_file() {
        let mut t = talk();
        for q in ["A", "B", "C"] {
            t.add_own_question(q);
        }
        t.questions[2].must_ask = true;
        let order: Vec<&str> = t.asking_order().iter().map(|q| q.text.as_str()).collect();
        assert_eq!(order, ["C", "A", "B"]);
        t.put_must_ask_first();
        assert_eq!(texts(&t), ["C", "A", "B"]);
    }

    #[test]
    fn moving_counts_in_the_asking_order_whatever_the_file_stored() {
        let mut t = talk();
        for q in ["A", "B", "C"] {
            t.add_own_question(q);
        }
        // Stored A, B*, C: shown B*, A, C. Moving C up puts it above A.
        t.questions[1].must_ask = true;
        assert!(t.move_question(2, Direction::Up));
        assert_eq!(texts(&t), ["B", "C", "A"]);
    }

    #[test]
    fn the_stage_follows_the_talk_and_the_day() {
        let mut t = talk();
        let today: NaiveDate = "2026-12-03".parse().unwrap();
        assert_eq!(t.stage(today), TalkStage::Before);
        t.schedule(
            "2026-12-04T10:00:00".parse().unwrap(),
            String::new(),
            30,
            today,
        );
        assert_eq!(t.stage(today), TalkStage::Before);
        assert_eq!(t.stage(today.succ_opt().unwrap()), TalkStage::OnTheDay);
        assert_eq!(t.stage("2026-12-08".parse().unwrap()), TalkStage::OnTheDay);
        t.mark_held("2026-12-04".parse().unwrap());
        assert_eq!(t.stage(today), TalkStage::After);
    }

    #[test]
    fn how_many_questions_a_talk_has_time_for() {
        assert_eq!(questions_that_fit(15), 3);
        assert_eq!(questions_that_fit(20), 5);
        assert_eq!(questions_that_fit(30), 8);
        assert_eq!(questions_that_fit(60), 18);
        assert_eq!(questions_that_fit(0), 3);
        let mut t = talk();
        t.duration_minutes = 20;
        for n in 0..5 {
            t.add_own_question(&format!("Q{n}"));
        }
        assert_eq!(t.too_many_questions(), None);
        t.add_own_question("One more");
        assert_eq!(t.too_many_questions(), Some(5));
    }
}
