//! Whether a date typed in a form makes sense for what it records: a request cannot have been
//! sent, nor a talk held or thanked for, on a day still to come, and a talk is arranged for a
//! time still ahead. The forms warn and let the user keep the date anyway: recording a talk
//! after the fact is normal, and a clock can be wrong.

use super::dates::DateWords;
use chrono::{NaiveDate, NaiveDateTime};

/// What a typed date records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// A step of asking: a request sent, a call, a follow-up, a reply.
    Outreach,
    /// The day the talk took place.
    Held,
    /// The day the thank-you went out.
    ThankYou,
    /// The day a check-in or a note about advice acted on went out.
    Told,
}

/// The warning for a day that has already happened being entered as one still to come.
pub fn past_day_warning(
    what: Recorded,
    day: NaiveDate,
    today: NaiveDate,
    words: &dyn DateWords,
) -> Option<String> {
    if day <= today {
        return None;
    }
    let thing = match what {
        Recorded::Outreach => "This step of asking is dated",
        Recorded::Held => "The talk is recorded as held on",
        Recorded::ThankYou => "The thank-you is dated",
        Recorded::Told => "This is dated",
    };
    Some(format!(
        "{thing} {}, which is still to come. Check the date, or keep it if it is right.",
        words.date(day)
    ))
}

/// The warning for a talk arranged for a time that has already gone by.
pub fn talk_time_warning(
    at: NaiveDateTime,
    now: NaiveDateTime,
    words: &dyn DateWords,
) -> Option<String> {
    (at < now).then(|| {
        format!(
            "{} has already gone by. If the talk took place, record it as held; to plan it, \
             choose a time still to come. Keep this time only if it is right.",
            words.day_time(at)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::Plain;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn days_still_to_come_are_questioned_for_what_already_happened() {
        let today = d("2026-12-02");
        assert_eq!(
            past_day_warning(Recorded::Outreach, today, today, &Plain),
            None
        );
        assert_eq!(
            past_day_warning(Recorded::Held, d("2026-11-30"), today, &Plain),
            None
        );
        let future = past_day_warning(Recorded::Outreach, d("2026-12-20"), today, &Plain).unwrap();
        assert!(future.contains("Dec 20, 2026"), "{future}");
        assert!(past_day_warning(Recorded::ThankYou, d("2026-12-03"), today, &Plain).is_some());
    }

    #[test]
    fn a_talk_arranged_for_a_time_gone_by_is_questioned() {
        let now = d("2026-12-02").and_hms_opt(12, 0, 0).unwrap();
        assert!(
            talk_time_warning(d("2026-11-28").and_hms_opt(10, 0, 0).unwrap(), now, &Plain)
                .is_some()
        );
        assert!(
            talk_time_warning(d("2026-12-02").and_hms_opt(11, 59, 0).unwrap(), now, &Plain)
                .is_some()
        );
        assert_eq!(
            talk_time_warning(d("2026-12-02").and_hms_opt(12, 30, 0).unwrap(), now, &Plain),
            None
        );
    }
}
