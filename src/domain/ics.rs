//! A calendar file (RFC 5545) with the talks and the deadlines around them, for any calendar app.
//!
//! Written by hand: the format needs only a few rules (CRLF line ends, lines folded at 75
//! octets, escaped text, UTC times), and a calendar crate would add far more to the download.

use super::rules::{
    CHECK_IN_DAYS, OutreachNudge, THANK_YOU_DEADLINE_DAYS, outreach_nudge, thank_you_due_by,
};
use super::{Document, Id, Interview, Status};
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, Timelike, Utc};

/// Which talks go in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    One(Id),
}

/// Builds the calendar. `to_utc` turns a wall-clock time on the user's device into UTC (the
/// browser knows the time zone rules; the domain does not). `now` stamps the events.
pub fn calendar(
    doc: &Document,
    scope: &Scope,
    today: NaiveDate,
    now: DateTime<Utc>,
    to_utc: &dyn Fn(NaiveDateTime) -> DateTime<Utc>,
) -> String {
    let mut out = Writer::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Interview planner//Informational interviews//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.property("X-WR-CALNAME", "Informational interviews");
    let stamp = utc(now);
    for talk in doc.interviews.iter().filter(|i| match scope {
        Scope::All => true,
        Scope::One(id) => &i.id == id,
    }) {
        let name = doc
            .person(&talk.person)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| "someone".into());
        for event in events(doc, talk, &name, today) {
            out.line("BEGIN:VEVENT");
            out.line(&format!("UID:{}-{}@interview-planner", event.kind, talk.id));
            out.line(&format!("DTSTAMP:{stamp}"));
            match event.when {
                When::At { start, minutes } => {
                    let start = to_utc(start);
                    let end = start + chrono::Duration::minutes(minutes.into());
                    out.line(&format!("DTSTART:{}", utc(start)));
                    out.line(&format!("DTEND:{}", utc(end)));
                }
                When::Day(day) => {
                    out.line(&format!("DTSTART;VALUE=DATE:{}", date(day)));
                    out.line(&format!("DTEND;VALUE=DATE:{}", date(day + Days::new(1))));
                    out.line("TRANSP:TRANSPARENT");
                }
            }
            out.property("SUMMARY", &event.summary);
            if !event.location.is_empty() {
                out.property("LOCATION", &event.location);
            }
            if !event.description.is_empty() {
                out.property("DESCRIPTION", &event.description);
            }
            if event.alarm {
                out.line("BEGIN:VALARM");
                out.line("ACTION:DISPLAY");
                out.property("DESCRIPTION", &event.summary);
                out.line("TRIGGER:-PT1H");
                out.line("END:VALARM");
            }
            out.line("END:VEVENT");
        }
    }
    out.line("END:VCALENDAR");
    out.text
}

enum When {
    At { start: NaiveDateTime, minutes: u16 },
    Day(NaiveDate),
}

struct Event {
    /// Part of the UID: the same event keeps the same UID in every export, so re-importing
    /// updates it instead of adding a copy.
    kind: &'static str,
    when: When,
    summary: String,
    location: String,
    description: String,
    alarm: bool,
}

fn events(doc: &Document, talk: &Interview, name: &str, today: NaiveDate) -> Vec<Event> {
    let mut out = Vec::new();
    let person = doc.person(&talk.person);
    let role = person.map(|p| p.role_line()).unwrap_or_default();
    if let Some(start) = talk.scheduled_at.filter(|_| !talk.status.is_closed()) {
        let mut description = format!("Informational interview with {name}");
        if !role.is_empty() {
            description.push_str(&format!(" ({role})"));
        }
        description.push('.');
        if !talk.goal.trim().is_empty() {
            description.push_str(&format!("\nMy goal: {}", talk.goal.trim()));
        }
        description.push_str(&format!(
            "\nArrive 10 to 15 minutes early. Before leaving, ask for two more names. Thank them within {THANK_YOU_DEADLINE_DAYS} days."
        ));
        out.push(Event {
            kind: "talk",
            when: When::At {
                start,
                minutes: talk.duration_minutes,
            },
            summary: format!("Talk with {name}"),
            location: talk.place.clone(),
            description,
            alarm: true,
        });
        let day_before = start.date().checked_sub_days(Days::new(1));
        if let (Status::Scheduled, Some(day_before)) = (talk.status, day_before) {
            out.push(Event {
                kind: "confirm",
                when: When::Day(day_before),
                summary: format!("Confirm tomorrow's talk with {name}"),
                location: String::new(),
                description: String::new(),
                alarm: false,
            });
        }
    }
    if let (Some(held), true) = (talk.held_on, talk.status.was_held()) {
        if talk.thank_you_sent.is_none() {
            out.push(Event {
                kind: "thanks",
                when: When::Day(thank_you_due_by(held)),
                summary: format!("Last day to thank {name}"),
                location: String::new(),
                description: "Best sent the day after the talk; a week is the latest.".into(),
                alarm: false,
            });
        }
        for days in CHECK_IN_DAYS {
            if talk.check_in(days).is_none() {
                out.push(Event {
                    kind: match days {
                        30 => "check-in-30",
                        60 => "check-in-60",
                        _ => "check-in-90",
                    },
                    when: When::Day(held + Days::new(days.into())),
                    summary: format!("Check in with {name} ({days} days after your talk)"),
                    location: String::new(),
                    description: String::new(),
                    alarm: false,
                });
            }
        }
    }
    match outreach_nudge(talk, today) {
        Some(OutreachNudge::Waiting { until, .. }) => out.push(Event {
            kind: "second-person",
            when: When::Day(until),
            summary: format!("No reply from {name}? Try a second person"),
            location: String::new(),
            description: String::new(),
            alarm: false,
        }),
        Some(OutreachNudge::TrySecondPerson { follow_up_on, .. }) => out.push(Event {
            kind: "follow-up",
            when: When::Day(follow_up_on),
            summary: format!("No reply from {name}? Follow up once"),
            location: String::new(),
            description: String::new(),
            alarm: false,
        }),
        _ => {}
    }
    out
}

fn utc(t: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Escapes TEXT values (RFC 5545, 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Default)]
struct Writer {
    text: String,
}

impl Writer {
    fn property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape(value)));
    }

    /// Writes a content line, folded so no line exceeds 75 octets (RFC 5545, 3.1), never
    /// splitting a UTF-8 character.
    fn line(&mut self, content: &str) {
        let mut used = 0;
        for c in content.chars() {
            let len = c.len_utf8();
            // The first line holds 75 octets; continuation lines start with a space, so 74.
            if used + len > 75 {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(c);
            used += len;
        }
        self.text.push_str("\r\n");
    }
}
