//! The question bank a new user starts with. Users edit, reorder or delete any of it.

use super::{Category, IdSource, Question, Timestamp};

/// Starter questions, grouped by topic. The first ones of each group are the most useful, so
/// they are the ones marked as favourites.
const BANK: &[(Category, &str)] = &[
    (
        Category::TypicalDay,
        "Walk me through what you did yesterday, from the first task to the last.",
    ),
    (
        Category::TypicalDay,
        "How much of your week goes to meetings, to focused work and to people outside your team?",
    ),
    (
        Category::TypicalDay,
        "What do people outside your field usually get wrong about your job?",
    ),
    (
        Category::Preparation,
        "Which studies, courses or certificates actually helped you in this work?",
    ),
    (
        Category::Preparation,
        "Which skills do you use every week that nobody taught you at school?",
    ),
    (
        Category::Preparation,
        "What experience would make an application for an entry-level role stand out?",
    ),
    (
        Category::Rewards,
        "What part of the work gives you the most satisfaction?",
    ),
    (
        Category::Rewards,
        "What is the hardest or most frustrating part, and how do you deal with it?",
    ),
    (
        Category::TheirPath,
        "How did you get into this field, and what did you do before?",
    ),
    (
        Category::TheirPath,
        "Looking back, what would you do differently on your way here?",
    ),
    (
        Category::Trends,
        "How has your field changed over the last five years, and where is it heading?",
    ),
    (
        Category::Trends,
        "Which new tools, rules or markets will matter most to newcomers?",
    ),
    (
        Category::Insights,
        "What surprised you most when you started?",
    ),
    (
        Category::Insights,
        "What separates people who thrive here from those who leave?",
    ),
    (
        Category::Advice,
        "If you were in my position today, what would your next step be?",
    ),
    (
        Category::Advice,
        "What would you tell someone starting out that you wish you had heard?",
    ),
    (
        Category::Resources,
        "Which newsletters, associations, events or books should I follow?",
    ),
    (
        Category::Assignments,
        "Is there a small project or task I could try to test whether I like this work?",
    ),
    (
        Category::Assignments,
        "Who else would you suggest I talk to, and may I mention that you sent me?",
    ),
];

pub fn question_bank(ids: &mut impl IdSource, now: Timestamp) -> Vec<Question> {
    let mut seen_categories = Vec::new();
    BANK.iter()
        .enumerate()
        .map(|(i, &(category, text))| {
            let first_of_group = !seen_categories.contains(&category);
            seen_categories.push(category);
            Question {
                id: ids.new_id("q"),
                text: text.to_owned(),
                category,
                order: i as u32,
                favourite: first_of_group && category != Category::Assignments,
                created_at: now,
                updated_at: now,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SeqIds;
    use chrono::DateTime;

    #[test]
    fn covers_the_six_topics_and_every_tiara_group() {
        let now = DateTime::parse_from_rfc3339("2026-01-05T09:00:00+01:00").unwrap();
        let bank = question_bank(&mut SeqIds(0), now);
        for category in &Category::ALL[..9] {
            assert!(
                bank.iter().any(|q| q.category == *category),
                "{category:?} missing"
            );
        }
        let orders: Vec<u32> = bank.iter().map(|q| q.order).collect();
        assert_eq!(orders, (0..bank.len() as u32).collect::<Vec<_>>());
        assert!(bank.iter().any(|q| q.favourite));
        assert!(
            bank.iter()
                .all(|q| q.text.ends_with('?') || q.text.ends_with('.'))
        );
    }
}
