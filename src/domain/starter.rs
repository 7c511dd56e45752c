//! The question bank a new user starts with. Users edit, reorder or delete any of it.
//!
//! Every install starts with the very same records: the same ids and the same time stamps. Two
//! tabs opened on a first visit, or a planner merged with its own export in another browser,
//! then hold one copy of each starter question, not two.

use super::{Category, Id, Question, Timestamp};
use chrono::DateTime;

/// When the starter bank was written. A user's edit is always later, so it wins any merge.
const WRITTEN: &str = "2026-01-01T00:00:00Z";

/// The moment every starter record carries: anything stamped later is the user's own doing.
pub fn written() -> Timestamp {
    DateTime::parse_from_rfc3339(WRITTEN).expect("the starter stamp is a valid moment")
}

/// The starter favorites: five questions, because about five fit a 20-minute talk (the usual
/// length), one from each of five topics, so that a talk built from them alone covers the
/// work, what it takes, its hard side, the person's path and a next step. Asking for more
/// names is left out on purpose: "Before you leave" on the talk page and the sheet asks it.
/// The guide lists them and says why.
pub const FAVORITES: [&str; 5] = [
    "day-yesterday",
    "prep-skills",
    "rewards-hardest",
    "path-how",
    "advice-next",
];

/// Starter questions, grouped by topic, each with a key that names it for good (its id is
/// "q-start-" and the key).
const BANK: &[(&str, Category, &str)] = &[
    (
        "day-yesterday",
        Category::TypicalDay,
        "Walk me through what you did yesterday, from the first task to the last.",
    ),
    (
        "day-week",
        Category::TypicalDay,
        "How much of your week goes to meetings, to focused work and to people outside your team?",
    ),
    (
        "day-misread",
        Category::TypicalDay,
        "What do people outside your field usually get wrong about your job?",
    ),
    (
        "prep-studies",
        Category::Preparation,
        "Which studies, courses or certificates actually helped you in this work?",
    ),
    (
        "prep-skills",
        Category::Preparation,
        "Which skills do you use every week that nobody taught you at school?",
    ),
    (
        "prep-stand-out",
        Category::Preparation,
        "What experience would make an application for an entry-level role stand out?",
    ),
    (
        "rewards-best",
        Category::Rewards,
        "What part of the work gives you the most satisfaction?",
    ),
    (
        "rewards-hardest",
        Category::Rewards,
        "What is the hardest or most frustrating part, and how do you deal with it?",
    ),
    (
        "path-how",
        Category::TheirPath,
        "How did you get into this field, and what did you do before?",
    ),
    (
        "path-differently",
        Category::TheirPath,
        "Looking back, what would you do differently on your way here?",
    ),
    (
        "trends-change",
        Category::Trends,
        "How has your field changed over the last five years, and where is it heading?",
    ),
    (
        "trends-tools",
        Category::Trends,
        "Which new tools, rules or markets will matter most to newcomers?",
    ),
    (
        "insights-surprise",
        Category::Insights,
        "What surprised you most when you started?",
    ),
    (
        "insights-thrive",
        Category::Insights,
        "What separates people who thrive here from those who leave?",
    ),
    (
        "advice-next",
        Category::Advice,
        "If you were in my position today, what would your next step be?",
    ),
    (
        "advice-wish",
        Category::Advice,
        "What would you tell someone starting out that you wish you had heard?",
    ),
    (
        "resources-follow",
        Category::Resources,
        "Which newsletters, associations, events or books should I follow?",
    ),
    (
        "assign-try",
        Category::Assignments,
        "Is there a small project or task I could try to test whether I like this work?",
    ),
    (
        "assign-who",
        Category::Assignments,
        "Who else would you suggest I talk to, and may I mention that you sent me?",
    ),
];

/// The starter question of this key, as the bank holds it.
pub fn starter_text(key: &str) -> Option<&'static str> {
    BANK.iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, _, text)| *text)
}

pub fn question_bank() -> Vec<Question> {
    let written = written();
    BANK.iter()
        .enumerate()
        .map(|(i, &(key, category, text))| Question {
            id: Id::parse(&format!("q-start-{key}")).expect("starter keys make valid ids"),
            text: text.to_owned(),
            category,
            order: i as u32,
            favourite: FAVORITES.contains(&key),
            created_at: written,
            updated_at: written,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_install_gets_the_same_bank() {
        assert_eq!(question_bank(), question_bank());
        let mut ids: Vec<&Id> = Vec::new();
        let bank = question_bank();
        for q in &bank {
            assert!(!ids.contains(&&q.id), "{} twice", q.id);
            ids.push(&q.id);
        }
    }

    #[test]
    fn covers_the_six_topics_and_every_tiara_group() {
        let bank = question_bank();
        for category in &Category::ALL[..9] {
            assert!(
                bank.iter().any(|q| q.category == *category),
                "{category:?} missing"
            );
        }
        let orders: Vec<u32> = bank.iter().map(|q| q.order).collect();
        assert_eq!(orders, (0..bank.len() as u32).collect::<Vec<_>>());
        assert!(
            bank.iter()
                .all(|q| q.text.ends_with('?') || q.text.ends_with('.'))
        );
    }

    #[test]
    fn the_favorites_are_the_chosen_five_from_five_topics() {
        let bank = question_bank();
        let favorites: Vec<&Question> = bank.iter().filter(|q| q.favourite).collect();
        assert_eq!(favorites.len(), FAVORITES.len());
        for key in FAVORITES {
            let id = format!("q-start-{key}");
            assert!(favorites.iter().any(|q| q.id.as_str() == id), "{key}");
            assert!(starter_text(key).is_some(), "{key}");
        }
        let mut topics: Vec<Category> = favorites.iter().map(|q| q.category).collect();
        topics.dedup();
        assert_eq!(topics.len(), FAVORITES.len(), "one favorite per topic");
        // As many as a talk of the usual length has time for.
        assert_eq!(
            favorites.len(),
            crate::domain::talk::questions_that_fit(crate::domain::DEFAULT_DURATION_MINUTES)
        );
        assert!(
            bank.iter()
                .all(|q| q.text.ends_with('?') || q.text.ends_with('.'))
        );
    }
}
