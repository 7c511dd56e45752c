//! One informational interview, from the first ask to the last check-in (steps 4 to 6).

use super::formats::{opt_text, text};
use super::{Draft, Id, Timestamp};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    Asked,
    Scheduled,
    Held,
    Thanked,
    Declined,
    NoReply,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Planned,
        Status::Asked,
        Status::Scheduled,
        Status::Held,
        Status::Thanked,
        Status::Declined,
        Status::NoReply,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "Planned",
            Status::Asked => "Asked",
            Status::Scheduled => "Scheduled",
            Status::Held => "Held",
            Status::Thanked => "Thanked",
            Status::Declined => "Declined",
            Status::NoReply => "No reply",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Asked => "asked",
            Status::Scheduled => "scheduled",
            Status::Held => "held",
            Status::Thanked => "thanked",
            Status::Declined => "declined",
            Status::NoReply => "no_reply",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the talk took place (so notes, referrals and a thank-you make sense).
    pub fn was_held(self) -> bool {
        matches!(self, Status::Held | Status::Thanked)
    }

    /// Whether nothing more is expected to happen.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Declined | Status::NoReply)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Email,
    Introduction,
    /// A note sent with a LinkedIn connection request.
    #[serde(rename = "linkedin")]
    LinkedIn,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Email,
        Channel::LinkedIn,
        Channel::Phone,
        Channel::Introduction,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Phone => "Phone call",
            Channel::Email => "Email",
            Channel::Introduction => "Introduction by someone",
            Channel::LinkedIn => "LinkedIn message",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Introduction => "introduction",
            Channel::LinkedIn => "linkedin",
        }
    }

    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// What happened on a given day while asking for the talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutreachKind {
    /// The request went out (email sent, message left, introduction requested).
    Sent,
    /// The user phoned.
    Called,
    /// The one follow-up after a silence.
    FollowedUp,
    Replied,
    Declined,
    NoReply,
}

impl OutreachKind {
    pub const ALL: [OutreachKind; 6] = [
        OutreachKind::Sent,
        OutreachKind::Called,
        OutreachKind::FollowedUp,
        OutreachKind::Replied,
        OutreachKind::Declined,
        OutreachKind::NoReply,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OutreachKind::Sent => "Request sent",
            OutreachKind::Called => "Called",
            OutreachKind::FollowedUp => "Followed up",
            OutreachKind::Replied => "They replied",
            OutreachKind::Declined => "They declined",
            OutreachKind::NoReply => "Gave up: no reply",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            OutreachKind::Sent => "sent",
            OutreachKind::Called => "called",
            OutreachKind::FollowedUp => "followed_up",
            OutreachKind::Replied => "replied",
            OutreachKind::Declined => "declined",
            OutreachKind::NoReply => "no_reply",
        }
    }

    pub fn from_key(key: &str) -> Option<OutreachKind> {
        OutreachKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether this event is the user reaching out (and so starts or restarts a wait).
    pub fn is_attempt(self) -> bool {
        matches!(
            self,
            OutreachKind::Sent | OutreachKind::Called | OutreachKind::FollowedUp
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OutreachEvent {
    /// Unique within its talk, so an entry can be removed even while another tab edits the log.
    pub id: Id,
    #[serde(with = "text")]
    pub date: NaiveDate,
    pub kind: OutreachKind,
    #[serde(default)]
    pub note: String,
}

/// A question chosen for one talk. It keeps its own copy of the text so that editing or deleting
/// the bank question never changes what was asked or loses the notes taken against it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AskedQuestion {
    /// Unique within its talk: notes are saved against it, not against a position that another
    /// tab might change.
    pub id: Id,
    /// The bank question it came from, if any; lets answers line up across talks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Id>,
    pub text: String,
    #[serde(default)]
    pub notes: String,
    /// One of the questions to ask whatever happens: when more are chosen than the time holds,
    /// these come first (and print first, in bold). Left out of the file when not set, so the
    /// schema does not change.
    #[serde(default, skip_serializing_if = "is_false")]
    pub must_ask: bool,
}

fn is_false(flag: &bool) -> bool {
    !*flag
}

/// The short reflection written after a talk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Debrief {
    pub learned: String,
    pub fit: String,
    pub still_to_learn: String,
    pub talk_to_next: String,
}

impl Debrief {
    pub fn is_empty(&self) -> bool {
        [
            &self.learned,
            &self.fit,
            &self.still_to_learn,
            &self.talk_to_next,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// Things to do before the talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrepItem {
    Research,
    Confirm,
    Outfit,
    Route,
    Sheet,
}

impl PrepItem {
    pub const ALL: [PrepItem; 5] = [
        PrepItem::Research,
        PrepItem::Confirm,
        PrepItem::Outfit,
        PrepItem::Route,
        PrepItem::Sheet,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PrepItem::Research => "research",
            PrepItem::Confirm => "confirm",
            PrepItem::Outfit => "outfit",
            PrepItem::Route => "route",
            PrepItem::Sheet => "sheet",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PrepItem::Research => "Read up on the person and their organization",
            PrepItem::Confirm => "Confirm the time the day before",
            PrepItem::Outfit => "Choose clothes a notch more formal than business casual",
            PrepItem::Route => "Plan to be there 10 to 15 minutes early (or test the video link)",
            PrepItem::Sheet => "Print or open the question sheet",
        }
    }
}

/// A keep-in-touch check-in the user made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CheckInDone {
    /// Which one it was: about 30, 60 or 90 days after the talk.
    pub after_days: u16,
    /// The day it was done; unknown for check-ins recorded before the planner kept the day.
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
}

/// Something the user did because of this person's advice; they should hear about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AdviceAction {
    pub id: Id,
    #[serde(with = "text")]
    pub date: NaiveDate,
    pub what: String,
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub told_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interview {
    pub id: Id,
    pub person: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub career: Option<Id>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub outreach: Vec<OutreachEvent>,
    /// Wall-clock time where the talk happens.
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<NaiveDateTime>,
    #[serde(default)]
    pub place: String,
    #[serde(default = "default_duration")]
    pub duration_minutes: u16,
    /// What the user most wants to get out of this talk, in one line.
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub prep_done: Vec<PrepItem>,
    #[serde(default)]
    pub questions: Vec<AskedQuestion>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub debrief: Debrief,
    /// The day the talk took place, set when it is marked held.
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub held_on: Option<NaiveDate>,
    #[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]
    pub thank_you_sent: Option<NaiveDate>,
    /// Keep-in-touch check-ins done, in the order of the day count they answer.
    #[serde(default)]
    pub check_ins_done: Vec<CheckInDone>,
    #[serde(default)]
    pub actions: Vec<AdviceAction>,
    /// Messages being written for this talk, one per kind (see `draft`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    #[serde(with = "text")]
    pub created_at: Timestamp,
    #[serde(with = "text")]
    pub updated_at: Timestamp,
}

pub const DEFAULT_DURATION_MINUTES: u16 = 20;

fn default_duration() -> u16 {
    DEFAULT_DURATION_MINUTES
}

impl Interview {
    pub fn new(id: Id, person: Id, career: Option<Id>, now: Timestamp) -> Self {
        Interview {
            id,
            person,
            career,
            status: Status::Planned,
            channel: None,
            outreach: Vec::new(),
            scheduled_at: None,
            place: String::new(),
            duration_minutes: DEFAULT_DURATION_MINUTES,
            goal: String::new(),
            prep_done: Vec::new(),
            questions: Vec::new(),
            notes: String::new(),
            debrief: Debrief::default(),
            held_on: None,
            thank_you_sent: None,
            check_ins_done: Vec::new(),
            actions: Vec::new(),
            drafts: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// The day the talk happened or is planned for.
    pub fn talk_date(&self) -> Option<NaiveDate> {
        self.held_on.or(self.scheduled_at.map(|at| at.date()))
    }

    /// The stage the talk is at, read from what is recorded about it. The one place a status
    /// comes from: every change to the log or the talk's dates sets `status` from it, so
    /// removing an entry undoes what adding it did.
    ///
    /// A thank-you means thanked and a day held means held, whatever the log says. Otherwise
    /// the latest entry settles a refusal or a silence ("They declined", "Gave up: no reply"),
    /// even of a talk already scheduled (it was called off); then a time agreed means
    /// scheduled, and any entry at all means asked.
    pub fn status_from_record(&self) -> Status {
        if self.thank_you_sent.is_some() {
            return Status::Thanked;
        }
        if self.held_on.is_some() {
            return Status::Held;
        }
        match self.outreach.last().map(|e| e.kind) {
            Some(OutreachKind::Declined) => Status::Declined,
            Some(OutreachKind::NoReply) => Status::NoReply,
            _ if self.scheduled_at.is_some() => Status::Scheduled,
            Some(_) => Status::Asked,
            None => Status::Planned,
        }
    }

    fn settle_status(&mut self) {
        self.status = self.status_from_record();
    }

    /// Logs an outreach event, kept in date order. A reply does not schedule the talk by
    /// itself: the user still picks a time.
    pub fn log_outreach(
        &mut self,
        date: NaiveDate,
        kind: OutreachKind,
        note: impl Into<String>,
    ) -> Id {
        let id = next_local_id("ev", self.outreach.iter().map(|e| &e.id));
        let at = self.outreach.partition_point(|e| e.date <= date);
        self.outreach.insert(
            at,
            OutreachEvent {
                id: id.clone(),
                date,
                kind,
                note: note.into(),
            },
        );
        self.settle_status();
        id
    }

    /// Removes a log entry; the status goes back to what the rest of the record says.
    pub fn remove_outreach(&mut self, id: &Id) {
        self.outreach.retain(|e| &e.id != id);
        self.settle_status();
    }

    /// Sets the time and place. A talk the person had turned down or not answered is being
    /// arranged after all, so the log records that they came back (on `today`).
    pub fn schedule(
        &mut self,
        at: NaiveDateTime,
        place: String,
        duration_minutes: u16,
        today: NaiveDate,
    ) {
        let closed = matches!(
            self.outreach.last().map(|e| e.kind),
            Some(OutreachKind::Declined | OutreachKind::NoReply)
        );
        if closed {
            self.log_outreach(today, OutreachKind::Replied, "");
        }
        self.scheduled_at = Some(at);
        self.place = place;
        self.duration_minutes = duration_minutes;
        self.settle_status();
    }

    pub fn mark_held(&mut self, on: NaiveDate) {
        self.held_on = Some(on);
        self.settle_status();
    }

    pub fn mark_thanked(&mut self, on: NaiveDate) {
        self.thank_you_sent = Some(on);
        if self.held_on.is_none() {
            self.held_on = self.scheduled_at.map(|at| at.date()).filter(|d| *d <= on);
        }
        self.settle_status();
    }

    /// The check-in about `after_days` after the talk, if it was done.
    pub fn check_in(&self, after_days: u16) -> Option<&CheckInDone> {
        self.check_ins_done
            .iter()
            .find(|c| c.after_days == after_days)
    }

    /// Records the check-in about `after_days` after the talk as done on `on`, or, with
    /// `None`, as not done.
    pub fn set_check_in(&mut self, after_days: u16, on: Option<NaiveDate>) {
        self.check_ins_done.retain(|c| c.after_days != after_days);
        if let Some(on) = on {
            let at = self
                .check_ins_done
                .partition_point(|c| c.after_days < after_days);
            self.check_ins_done.insert(
                at,
                CheckInDone {
                    after_days,
                    on: Some(on),
                },
            );
        }
    }

    pub fn has_prep(&self, item: PrepItem) -> bool {
        self.prep_done.contains(&item)
    }

    pub fn set_prep(&mut self, item: PrepItem, done: bool) {
        let keep = |i: PrepItem| (i == item && done) || (i != item && self.prep_done.contains(&i));
        self.prep_done = PrepItem::ALL.into_iter().filter(|i| keep(*i)).collect();
    }
}

/// An id unique within one talk: the prefix and one more than the highest number in use.
/// Numbers only grow, so an id removed in one tab is never handed to a different entry.
pub(crate) fn next_local_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a Id>) -> Id {
    let highest = taken
        .filter_map(|id| {
            id.as_str()
                .strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    Id::parse(&format!("{prefix}-{}", highest + 1)).expect("prefix and number make a valid id")
}
