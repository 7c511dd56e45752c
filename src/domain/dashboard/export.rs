//! How much an export is needed: the reminder ranks by what could be lost, not by the calendar.
//!
//! A browser may clear a site's storage (Safari after seven days without a visit), and storage
//! that is full refuses every save. What is at stake is what changed since the last export: the
//! reminder takes the top of the overview only when those changes are a week old or storage is
//! nearly full; otherwise it is a quiet line further down, and with nothing unexported, nothing.

use crate::domain::{Document, Timestamp, starter};
use chrono::NaiveDate;

/// Changes this many days old and not exported put the reminder first.
pub const OLD_CHANGES_DAYS: i64 = 7;
/// From this share of the browser's storage on, the reminder goes first.
pub const NEAR_FULL_PERCENT: u64 = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportNeed {
    /// Nothing of the user's own has changed since the last export.
    Nothing,
    /// Recent changes are not exported yet: worth a line, not the top of the page.
    Quiet {
        /// The day of the oldest change not exported.
        since: NaiveDate,
        /// When the last export was made, if ever.
        last_export: Option<NaiveDate>,
    },
    /// Changes a week old or more are in this browser only.
    OldChanges {
        since: NaiveDate,
        last_export: Option<NaiveDate>,
    },
    /// The browser's storage is nearly full: saving may soon fail.
    NearlyFull { percent: u64 },
}

impl ExportNeed {
    /// Whether the reminder belongs at the top of the overview.
    pub fn is_urgent(self) -> bool {
        matches!(
            self,
            ExportNeed::OldChanges { .. } | ExportNeed::NearlyFull { .. }
        )
    }
}

/// The day of the oldest change made since the last export (or ever, with none), leaving out
/// the starter bank as it came.
fn oldest_unexported(doc: &Document) -> Option<Timestamp> {
    let after = doc.last_export_at.unwrap_or_else(starter::written);
    let stamps = doc
        .careers
        .iter()
        .map(|r| r.updated_at)
        .chain(doc.questions.iter().map(|r| r.updated_at))
        .chain(doc.people.iter().map(|r| r.updated_at))
        .chain(doc.interviews.iter().map(|r| r.updated_at))
        .chain(doc.templates.iter().map(|r| r.updated_at))
        .chain(doc.comments.iter().map(|r| r.updated_at));
    stamps.filter(|at| *at > after).min()
}

/// How much an export is needed on `today`, with `storage_percent` of the browser's storage
/// in use.
pub fn export_need(doc: &Document, today: NaiveDate, storage_percent: u64) -> ExportNeed {
    let Some(oldest) = oldest_unexported(doc) else {
        return ExportNeed::Nothing;
    };
    if storage_percent >= NEAR_FULL_PERCENT {
        return ExportNeed::NearlyFull {
            percent: storage_percent,
        };
    }
    let since = oldest.date_naive();
    let last_export = doc.last_export_at.map(|at| at.date_naive());
    if (today - since).num_days() >= OLD_CHANGES_DAYS {
        ExportNeed::OldChanges { since, last_export }
    } else {
        ExportNeed::Quiet { since, last_export }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Career, Id};
    use chrono::DateTime;

    fn at(s: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(s).unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn with_career_changed_on(stamp: &str) -> Document {
        let mut doc = Document::fresh();
        doc.careers
            .push(Career::new(Id::parse("c-1").unwrap(), "Nursing", at(stamp)));
        doc
    }

    #[test]
    fn the_starter_bank_alone_needs_no_export() {
        assert_eq!(
            export_need(&Document::fresh(), d("2026-12-01"), 10),
            ExportNeed::Nothing
        );
    }

    #[test]
    fn recent_changes_are_a_quiet_line_and_week_old_ones_go_first() {
        let doc = with_career_changed_on("2026-11-25T10:00:00+01:00");
        let quiet = export_need(&doc, d("2026-12-01"), 10);
        assert_eq!(
            quiet,
            ExportNeed::Quiet {
                since: d("2026-11-25"),
                last_export: None
            }
        );
        assert!(!quiet.is_urgent());
        let old = export_need(&doc, d("2026-12-02"), 10);
        assert!(old.is_urgent());
        assert!(matches!(old, ExportNeed::OldChanges { .. }));
    }

    #[test]
    fn an_export_after_the_changes_clears_the_reminder() {
        let mut doc = with_career_changed_on("2026-11-01T10:00:00+01:00");
        doc.last_export_at = Some(at("2026-11-02T10:00:00+01:00"));
        assert_eq!(export_need(&doc, d("2026-12-01"), 10), ExportNeed::Nothing);
        // A change after the export counts from its own day, however old the export.
        doc.careers[0].updated_at = at("2026-11-30T10:00:00+01:00");
        assert_eq!(
            export_need(&doc, d("2026-12-01"), 10),
            ExportNeed::Quiet {
                since: d("2026-11-30"),
                last_export: Some(d("2026-11-02"))
            }
        );
    }

    #[test]
    fn nearly_full_storage_goes_first_whatever_the_age() {
        let doc = with_career_changed_on("2026-11-30T10:00:00+01:00");
        let need = export_need(&doc, d("2026-12-01"), NEAR_FULL_PERCENT);
        assert_eq!(need, ExportNeed::NearlyFull { percent: 80 });
        assert!(need.is_urgent());
        assert!(!export_need(&doc, d("2026-12-01"), NEAR_FULL_PERCENT - 1).is_urgent());
    }
}
