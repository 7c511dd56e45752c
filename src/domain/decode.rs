//! Reads the typed document out of parsed JSON, field by field, so every problem is reported
//! with the path of the value at fault ("interviews[3].scheduled_at: expected a date and time").
//!
//! Why by hand rather than with serde's derive: the derived visitors, wrapped to track paths,
//! were the largest single item in the WebAssembly download (over 100 KB before compression).
//! These few helpers do the same job in a fraction of it. Writing is done by hand too
//! (`encode`); the round-trip tests keep the two in step.

use super::import::ImportError;
use super::json::Value;
use super::{
    AdviceAction, AskedQuestion, Career, Category, Channel, Comment, CommentTarget, Connection,
    DEFAULT_DURATION_MINUTES, Debrief, Document, Id, Interview, OutreachEvent, OutreachKind,
    Person, PrepItem, Profile, Question, Reason, ReferredBy, Referrer, Status, Template,
    TemplateKind, Timestamp,
};
use chrono::{NaiveDate, NaiveDateTime};
use std::borrow::Cow;
use std::cell::Cell;

/// An enum stored as one of a fixed set of words.
pub trait Keyed: Copy + 'static {
    const ALL_KEYS: &'static [Self];
    fn key(self) -> &'static str;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            const ALL_KEYS: &'static [Self] = &<$t>::ALL;
            fn key(self) -> &'static str {
                <$t>::key(self)
            }
        }
    )*};
}
keyed!(
    Reason,
    Category,
    Connection,
    Status,
    Channel,
    OutreachKind,
    PrepItem,
    TemplateKind
);

/// A bad value as a message shows it.
pub(crate) fn found(value: &Value) -> String {
    match value {
        Value::Null => "nothing (null)".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 30 => {
            format!("\"{}…\"", s.chars().take(30).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Where an object sits in the file. Paths are only spelled out for a message: building one for
/// every record read would cost more than reading it.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Field(&'a Obj<'a>, &'a str),
    Item(&'a Obj<'a>, &'a str, usize),
}

impl At<'_> {
    #[inline(never)]
    fn path(self) -> String {
        match self {
            At::Root => String::new(),
            At::Field(parent, key) => parent.at(key),
            At::Item(parent, key, i) => parent.item_path(key, i),
        }
    }
}

/// A JSON object being read, with where it is for messages.
///
/// Readers return a value even when the file's is wrong (an empty or first one) and keep the
/// first problem aside for `finish`. Records are then built in one straight line; with an early
/// return at every field, the code to drop what was built so far was repeated for each field and
/// made this module one of the largest in the download.
pub struct Obj<'a> {
    members: &'a [(Cow<'a, str>, Value<'a>)],
    at: At<'a>,
    problem: &'a Cell<Option<ImportError>>,
}

impl<'a> Obj<'a> {
    /// The whole file's object. Its problems are kept in `problem` until `finish`.
    pub fn root(
        value: &'a Value<'a>,
        problem: &'a Cell<Option<ImportError>>,
    ) -> Result<Self, ImportError> {
        match value {
            Value::Object(members) => Ok(Obj {
                members,
                at: At::Root,
                problem,
            }),
            other => Err(ImportError::whole(format!(
                "expected an object, found {}",
                found(other)
            ))),
        }
    }

    fn child(&self, value: &'a Value<'a>, at: At<'a>) -> Option<Self> {
        match value {
            Value::Object(members) => Some(Obj {
                members,
                at,
                problem: self.problem,
            }),
            other => {
                self.note(ImportError::at(
                    at.path(),
                    format!("expected an object, found {}", found(other)),
                ));
                None
            }
        }
    }

    /// The first problem found so far, if any; reading may go on, the first one is what counts.
    pub fn finish(&self) -> Result<(), ImportError> {
        match self.problem.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn failed(&self) -> bool {
        let problem = self.problem.take();
        let failed = problem.is_some();
        self.problem.set(problem);
        failed
    }

    #[inline(never)]
    fn note(&self, e: ImportError) {
        let first = self.problem.take();
        self.problem.set(first.or(Some(e)));
    }

    #[inline(never)]
    fn at(&self, key: &str) -> String {
        let path = self.at.path();
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    }

    #[inline(never)]
    fn item_path(&self, key: &str, i: usize) -> String {
        format!("{}[{i}]", self.at(key))
    }

    #[inline(never)]
    pub fn fail(&self, key: &str, message: impl Into<String>) {
        self.note(ImportError::at(self.at(key), message.into()));
    }

    /// The value under `key`; a JSON null counts as absent.
    #[inline(never)]
    fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        super::json::position(self.members, key)
            .and_then(|i| self.members.get(i))
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    #[inline(never)]
    fn required(&self, key: &str) -> Option<&'a Value<'a>> {
        let value = self.get(key);
        if value.is_none() {
            self.fail(key, "missing, but required");
        }
        value
    }

    #[inline(never)]
    fn str_of(&self, key: &str, value: &'a Value<'a>) -> Option<&'a str> {
        let text = value.as_str();
        if text.is_none() {
            self.fail(key, format!("expected text, found {}", found(value)));
        }
        text
    }

    #[inline(never)]
    pub fn string(&self, key: &str) -> String {
        self.required(key)
            .and_then(|v| self.str_of(key, v))
            .unwrap_or_default()
            .to_owned()
    }

    /// Optional text, empty when absent.
    #[inline(never)]
    pub fn text(&self, key: &str) -> String {
        self.get(key)
            .and_then(|v| self.str_of(key, v))
            .unwrap_or_default()
            .to_owned()
    }

    #[inline(never)]
    pub fn flag(&self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.fail(
                    key,
                    format!("expected true or false, found {}", found(other)),
                );
                false
            }
        }
    }

    #[inline(never)]
    pub fn number(&self, key: &str, max: u64) -> Option<u64> {
        let v = self.get(key)?;
        let n = v.as_u64().filter(|n| *n <= max);
        if n.is_none() {
            self.fail(
                key,
                format!(
                    "expected a whole number from 0 to {max}, found {}",
                    found(v)
                ),
            );
        }
        n
    }

    #[inline(never)]
    fn id_of(&self, key: &str, value: &'a Value<'a>) -> Id {
        let text = self.str_of(key, value).unwrap_or("-");
        Id::parse(text).unwrap_or_else(|why| {
            self.fail(key, why);
            Id::default()
        })
    }

    #[inline(never)]
    pub fn id(&self, key: &str) -> Id {
        self.required(key)
            .map(|v| self.id_of(key, v))
            .unwrap_or_default()
    }

    #[inline(never)]
    pub fn opt_id(&self, key: &str) -> Option<Id> {
        self.get(key).map(|v| self.id_of(key, v))
    }

    #[inline(never)]
    pub fn ids(&self, key: &str) -> Vec<Id> {
        self.items(key, |item, i| {
            let parsed = match item.as_str() {
                Some(text) => Id::parse(text).map_err(str::to_owned),
                None => Err(format!("expected an id, found {}", found(item))),
            };
            parsed.unwrap_or_else(|why| {
                self.note(ImportError::at(self.item_path(key, i), why));
                Id::default()
            })
        })
    }

    /// The common case without allocating: this runs for every enum field of every record.
    fn known<E: Keyed>(value: &Value) -> Option<E> {
        let text = value.as_str()?;
        E::ALL_KEYS.iter().find(|e| e.key() == text).copied()
    }

    fn keyed_of<E: Keyed>(&self, key: &str, value: &'a Value<'a>) -> E {
        Self::known(value).unwrap_or_else(|| {
            let keys: Vec<&'static str> = E::ALL_KEYS.iter().map(|e| e.key()).collect();
            self.unknown_key(key, value, &keys);
            E::ALL_KEYS[0]
        })
    }

    /// The one place the error for a word outside the allowed set is made.
    #[inline(never)]
    fn unknown_key(&self, key: &str, value: &'a Value<'a>, keys: &[&str]) {
        if let Some(text) = self.str_of(key, value) {
            self.fail(
                key,
                format!(
                    "\"{text}\" is not a known value; expected one of: {}",
                    keys.join(", ")
                ),
            );
        }
    }

    pub fn keyed<E: Keyed>(&self, key: &str) -> E {
        match self.required(key) {
            Some(v) => self.keyed_of(key, v),
            None => E::ALL_KEYS[0],
        }
    }

    pub fn opt_keyed<E: Keyed>(&self, key: &str) -> Option<E> {
        self.get(key).map(|v| self.keyed_of(key, v))
    }

    pub fn keyed_list<E: Keyed>(&self, key: &str) -> Vec<E> {
        self.items(key, |item, i| match Self::known(item) {
            Some(e) => e,
            None => self.keyed_of(&format!("{key}[{i}]"), item),
        })
    }

    fn parsed<T>(&self, key: &str, expected: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        let v = self.get(key)?;
        let parsed = v.as_str().and_then(parse);
        if parsed.is_none() {
            self.fail(key, format!("expected {expected}, found {}", found(v)));
        }
        parsed
    }

    #[inline(never)]
    pub fn opt_date(&self, key: &str) -> Option<NaiveDate> {
        self.parsed(
            key,
            "a date like 2026-03-14",
            super::dates::parse_input_date,
        )
    }

    #[inline(never)]
    pub fn date(&self, key: &str) -> NaiveDate {
        self.required(key);
        self.opt_date(key).unwrap_or_default()
    }

    #[inline(never)]
    pub fn opt_datetime(&self, key: &str) -> Option<NaiveDateTime> {
        self.parsed(
            key,
            "a date and time like 2026-03-14T15:30:00",
            super::dates::parse_iso_datetime,
        )
    }

    #[inline(never)]
    pub fn opt_timestamp(&self, key: &str) -> Option<Timestamp> {
        self.parsed(
            key,
            "a date and time with its offset, like 2026-03-14T15:30:00+01:00",
            super::dates::parse_iso_timestamp,
        )
    }

    #[inline(never)]
    pub fn timestamp(&self, key: &str) -> Timestamp {
        self.required(key);
        self.opt_timestamp(key).unwrap_or_default()
    }

    #[inline(never)]
    fn list_value(&self, key: &str) -> &'a [Value<'a>] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(list)) => list,
            Some(other) => {
                self.fail(key, format!("expected a list, found {}", found(other)));
                &[]
            }
        }
    }

    /// Each item of a list read by `read`; absent means empty. Stops at the first problem.
    fn items<T>(&self, key: &str, read: impl Fn(&'a Value<'a>, usize) -> T) -> Vec<T> {
        let list = self.list_value(key);
        let mut out = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            if self.failed() {
                break;
            }
            out.push(read(item, i));
        }
        out
    }

    /// A list of objects, each read by `read`; absent means empty.
    pub fn list<T>(&self, key: &str, read: fn(&Obj) -> T) -> Vec<T> {
        let list = self.list_value(key);
        let mut out = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            match self.child(item, At::Item(self, key, i)) {
                Some(o) if !self.failed() => out.push(read(&o)),
                _ => break,
            }
        }
        out
    }

    #[inline(never)]
    pub fn object<'s>(&'s self, key: &'s str) -> Option<Obj<'s>> {
        self.get(key)
            .and_then(|v| self.child(v, At::Field(self, key)))
    }
}

pub fn document(value: &Value) -> Result<Document, ImportError> {
    let problem = Cell::new(None);
    let o = Obj::root(value, &problem)?;
    let doc = Document {
        format: o.string("format"),
        schema_version: o.number("schema_version", u32::MAX as u64).unwrap_or(0) as u32,
        exported_at: o.opt_timestamp("exported_at"),
        profile: match o.object("profile") {
            Some(p) => Profile {
                name: p.text("name"),
                field: p.text("field"),
            },
            None => Profile::default(),
        },
        careers: o.list("careers", career),
        questions: o.list("questions", question),
        people: o.list("people", person),
        interviews: o.list("interviews", interview),
        templates: o.list("templates", template),
        comments: o.list("comments", comment),
        last_export_at: o.opt_timestamp("last_export_at"),
        revision: o.number("revision", u64::MAX).unwrap_or(0),
    };
    o.finish().map(|()| doc)
}

fn career(o: &Obj) -> Career {
    Career {
        id: o.id("id"),
        name: o.string("name"),
        reasons: o.keyed_list("reasons"),
        notes: o.text("notes"),
        archived: o.flag("archived"),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}

fn question(o: &Obj) -> Question {
    Question {
        id: o.id("id"),
        text: o.string("text"),
        category: o.keyed("category"),
        order: o.number("order", u32::MAX as u64).unwrap_or(0) as u32,
        favourite: o.flag("favourite"),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}

fn person(o: &Obj) -> Person {
    Person {
        id: o.id("id"),
        name: o.string("name"),
        role: o.text("role"),
        organisation: o.text("organisation"),
        careers: o.ids("careers"),
        connection: o.keyed("connection"),
        email: o.text("email"),
        phone: o.text("phone"),
        profile_url: o.text("profile_url"),
        referred_by: o.object("referred_by").map(|r| referred_by(&r)),
        notes: o.text("notes"),
        notes_private: o.flag("notes_private"),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}

/// The `kind` of a tagged object, as the position among `kinds`.
fn kind(o: &Obj, kinds: &[&str]) -> Option<usize> {
    let value = o.required("kind")?;
    let found = value
        .as_str()
        .and_then(|text| kinds.iter().position(|k| *k == text));
    if found.is_none() {
        o.unknown_key("kind", value, kinds);
    }
    found
}

fn referred_by(o: &Obj) -> ReferredBy {
    let referrer = match o.object("referrer") {
        None => {
            o.fail("referrer", "missing, but required");
            Referrer::NoLongerTracked
        }
        Some(r) => match kind(&r, &["person", "no_longer_tracked"]) {
            Some(0) => Referrer::Person { id: r.id("id") },
            _ => Referrer::NoLongerTracked,
        },
    };
    ReferredBy {
        referrer,
        may_use_name: o.flag("may_use_name"),
        interview: o.opt_id("interview"),
    }
}

fn interview(o: &Obj) -> Interview {
    let debrief = match o.object("debrief") {
        Some(d) => Debrief {
            learned: d.text("learned"),
            fit: d.text("fit"),
            still_to_learn: d.text("still_to_learn"),
            talk_to_next: d.text("talk_to_next"),
        },
        None => Debrief::default(),
    };
    let check_ins_done = o.items("check_ins_done", |v, i| {
        let days = v.as_u64().filter(|d| *d <= u16::MAX as u64);
        if days.is_none() {
            o.fail(
                &format!("check_ins_done[{i}]"),
                format!("expected 30, 60 or 90, found {}", found(v)),
            );
        }
        days.unwrap_or(0) as u16
    });
    Interview {
        id: o.id("id"),
        person: o.id("person"),
        career: o.opt_id("career"),
        status: o.keyed("status"),
        channel: o.opt_keyed("channel"),
        outreach: o.list("outreach", |e| OutreachEvent {
            id: e.id("id"),
            date: e.date("date"),
            kind: e.keyed("kind"),
            note: e.text("note"),
        }),
        scheduled_at: o.opt_datetime("scheduled_at"),
        place: o.text("place"),
        duration_minutes: o
            .number("duration_minutes", u16::MAX as u64)
            .map_or(DEFAULT_DURATION_MINUTES, |n| n as u16),
        goal: o.text("goal"),
        prep_done: o.keyed_list("prep_done"),
        questions: o.list("questions", |q| AskedQuestion {
            id: q.id("id"),
            question: q.opt_id("question"),
            text: q.string("text"),
            notes: q.text("notes"),
        }),
        notes: o.text("notes"),
        debrief,
        held_on: o.opt_date("held_on"),
        thank_you_sent: o.opt_date("thank_you_sent"),
        check_ins_done,
        actions: o.list("actions", |a| AdviceAction {
            id: a.id("id"),
            date: a.date("date"),
            what: a.string("what"),
            told_on: a.opt_date("told_on"),
        }),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}

fn template(o: &Obj) -> Template {
    Template {
        id: o.id("id"),
        kind: o.keyed("kind"),
        name: o.string("name"),
        subject: o.text("subject"),
        body: o.text("body"),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}

pub(crate) fn comment(o: &Obj) -> Comment {
    let target = match o.object("target") {
        None => {
            o.fail("target", "missing, but required");
            CommentTarget::Career(Id::default())
        }
        Some(t) => match kind(&t, &["career", "interview"]) {
            Some(1) => CommentTarget::Interview(t.id("id")),
            _ => CommentTarget::Career(t.id("id")),
        },
    };
    Comment {
        id: o.id("id"),
        target,
        author: o.text("author"),
        text: o.string("text"),
        created_at: o.timestamp("created_at"),
        updated_at: o.timestamp("updated_at"),
    }
}
