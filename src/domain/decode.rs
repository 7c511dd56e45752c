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
pub struct Obj<'a> {
    members: &'a [(Cow<'a, str>, Value<'a>)],
    at: At<'a>,
}

impl<'a> Obj<'a> {
    /// The whole file's object.
    pub fn root(value: &'a Value<'a>) -> Result<Self, ImportError> {
        Obj::new(value, At::Root)
    }

    fn new(value: &'a Value<'a>, at: At<'a>) -> Result<Self, ImportError> {
        match value {
            Value::Object(members) => Ok(Obj { members, at }),
            other => Err(ImportError::at(
                at.path(),
                format!("expected an object, found {}", found(other)),
            )),
        }
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
    fn fail(&self, key: &str, message: impl Into<String>) -> ImportError {
        ImportError::at(self.at(key), message)
    }

    /// The value under `key`; a JSON null counts as absent.
    #[inline(never)]
    fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.members
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    #[inline(never)]
    fn required(&self, key: &str) -> Result<&'a Value<'a>, ImportError> {
        self.get(key)
            .ok_or_else(|| self.fail(key, "missing, but required"))
    }

    #[inline(never)]
    fn str_of(&self, key: &str, value: &'a Value<'a>) -> Result<&'a str, ImportError> {
        value
            .as_str()
            .ok_or_else(|| self.fail(key, format!("expected text, found {}", found(value))))
    }

    #[inline(never)]
    pub fn string(&self, key: &str) -> Result<String, ImportError> {
        Ok(self.str_of(key, self.required(key)?)?.to_owned())
    }

    /// Optional text, empty when absent.
    #[inline(never)]
    pub fn text(&self, key: &str) -> Result<String, ImportError> {
        match self.get(key) {
            Some(v) => Ok(self.str_of(key, v)?.to_owned()),
            None => Ok(String::new()),
        }
    }

    #[inline(never)]
    pub fn flag(&self, key: &str) -> Result<bool, ImportError> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(self.fail(
                key,
                format!("expected true or false, found {}", found(other)),
            )),
        }
    }

    #[inline(never)]
    pub fn number(&self, key: &str, max: u64) -> Result<Option<u64>, ImportError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.as_u64() {
                Some(n) if n <= max => Ok(Some(n)),
                _ => Err(self.fail(
                    key,
                    format!(
                        "expected a whole number from 0 to {max}, found {}",
                        found(v)
                    ),
                )),
            },
        }
    }

    #[inline(never)]
    fn id_of(&self, key: &str, value: &'a Value<'a>) -> Result<Id, ImportError> {
        Id::parse(self.str_of(key, value)?).map_err(|why| self.fail(key, why))
    }

    #[inline(never)]
    pub fn id(&self, key: &str) -> Result<Id, ImportError> {
        self.id_of(key, self.required(key)?)
    }

    #[inline(never)]
    pub fn opt_id(&self, key: &str) -> Result<Option<Id>, ImportError> {
        self.get(key).map(|v| self.id_of(key, v)).transpose()
    }

    #[inline(never)]
    pub fn ids(&self, key: &str) -> Result<Vec<Id>, ImportError> {
        self.items(key, |item, i| {
            let text = item.as_str().ok_or_else(|| {
                ImportError::at(
                    self.item_path(key, i),
                    format!("expected an id, found {}", found(item)),
                )
            })?;
            Id::parse(text).map_err(|why| ImportError::at(self.item_path(key, i), why))
        })
    }

    /// The common case without allocating: this runs for every enum field of every record.
    fn known<E: Keyed>(value: &Value) -> Option<E> {
        let text = value.as_str()?;
        E::ALL_KEYS.iter().find(|e| e.key() == text).copied()
    }

    fn keyed_of<E: Keyed>(&self, key: &str, value: &'a Value<'a>) -> Result<E, ImportError> {
        if let Some(e) = Self::known(value) {
            return Ok(e);
        }
        let keys: Vec<&'static str> = E::ALL_KEYS.iter().map(|e| e.key()).collect();
        self.key_index(key, value, &keys).map(|i| E::ALL_KEYS[i])
    }

    /// The position of the value among the allowed words; the one place the error is made.
    #[inline(never)]
    fn key_index(
        &self,
        key: &str,
        value: &'a Value<'a>,
        keys: &[&str],
    ) -> Result<usize, ImportError> {
        let text = self.str_of(key, value)?;
        keys.iter().position(|k| *k == text).ok_or_else(|| {
            self.fail(
                key,
                format!(
                    "\"{text}\" is not a known value; expected one of: {}",
                    keys.join(", ")
                ),
            )
        })
    }

    pub fn keyed<E: Keyed>(&self, key: &str) -> Result<E, ImportError> {
        self.keyed_of(key, self.required(key)?)
    }

    pub fn opt_keyed<E: Keyed>(&self, key: &str) -> Result<Option<E>, ImportError> {
        self.get(key).map(|v| self.keyed_of(key, v)).transpose()
    }

    pub fn keyed_list<E: Keyed>(&self, key: &str) -> Result<Vec<E>, ImportError> {
        let mut out = Vec::new();
        if let Some(list) = self.list_value(key)? {
            for (i, item) in list.iter().enumerate() {
                out.push(match Self::known(item) {
                    Some(e) => e,
                    None => self.keyed_of(&format!("{key}[{i}]"), item)?,
                });
            }
        }
        Ok(out)
    }

    fn parsed<T>(
        &self,
        key: &str,
        expected: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>, ImportError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => {
                v.as_str().and_then(parse).map(Some).ok_or_else(|| {
                    self.fail(key, format!("expected {expected}, found {}", found(v)))
                })
            }
        }
    }

    #[inline(never)]
    pub fn opt_date(&self, key: &str) -> Result<Option<NaiveDate>, ImportError> {
        self.parsed(
            key,
            "a date like 2026-03-14",
            super::dates::parse_input_date,
        )
    }

    #[inline(never)]
    pub fn date(&self, key: &str) -> Result<NaiveDate, ImportError> {
        self.required(key)?;
        Ok(self.opt_date(key)?.expect("checked present"))
    }

    #[inline(never)]
    pub fn opt_datetime(&self, key: &str) -> Result<Option<NaiveDateTime>, ImportError> {
        self.parsed(
            key,
            "a date and time like 2026-03-14T15:30:00",
            super::dates::parse_iso_datetime,
        )
    }

    #[inline(never)]
    pub fn opt_timestamp(&self, key: &str) -> Result<Option<Timestamp>, ImportError> {
        self.parsed(
            key,
            "a date and time with its offset, like 2026-03-14T15:30:00+01:00",
            super::dates::parse_iso_timestamp,
        )
    }

    #[inline(never)]
    pub fn timestamp(&self, key: &str) -> Result<Timestamp, ImportError> {
        self.required(key)?;
        Ok(self.opt_timestamp(key)?.expect("checked present"))
    }

    #[inline(never)]
    fn list_value(&self, key: &str) -> Result<Option<&'a [Value<'a>]>, ImportError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(list)) => Ok(Some(list)),
            Some(other) => Err(self.fail(key, format!("expected a list, found {}", found(other)))),
        }
    }

    fn items<T>(
        &self,
        key: &str,
        read: impl Fn(&'a Value<'a>, usize) -> Result<T, ImportError>,
    ) -> Result<Vec<T>, ImportError> {
        let mut out = Vec::new();
        if let Some(list) = self.list_value(key)? {
            out.reserve(list.len());
            for (i, item) in list.iter().enumerate() {
                out.push(read(item, i)?);
            }
        }
        Ok(out)
    }

    /// A list of objects, each read by `read`; absent means empty.
    pub fn list<T>(
        &self,
        key: &str,
        read: fn(&Obj) -> Result<T, ImportError>,
    ) -> Result<Vec<T>, ImportError> {
        self.items(key, |item, i| {
            read(&Obj::new(item, At::Item(self, key, i))?)
        })
    }

    #[inline(never)]
    pub fn object<'s>(&'s self, key: &'s str) -> Result<Option<Obj<'s>>, ImportError> {
        self.get(key)
            .map(|v| Obj::new(v, At::Field(self, key)))
            .transpose()
    }
}

pub fn document(value: &Value) -> Result<Document, ImportError> {
    let o = Obj::root(value)?;
    Ok(Document {
        format: o.string("format")?,
        schema_version: o.number("schema_version", u32::MAX as u64)?.unwrap_or(0) as u32,
        exported_at: o.opt_timestamp("exported_at")?,
        profile: match o.object("profile")? {
            Some(p) => Profile {
                name: p.text("name")?,
                field: p.text("field")?,
            },
            None => Profile::default(),
        },
        careers: o.list("careers", career)?,
        questions: o.list("questions", question)?,
        people: o.list("people", person)?,
        interviews: o.list("interviews", interview)?,
        templates: o.list("templates", template)?,
        comments: o.list("comments", comment)?,
        last_export_at: o.opt_timestamp("last_export_at")?,
        revision: o.number("revision", u64::MAX)?.unwrap_or(0),
    })
}

fn career(o: &Obj) -> Result<Career, ImportError> {
    Ok(Career {
        id: o.id("id")?,
        name: o.string("name")?,
        reasons: o.keyed_list("reasons")?,
        notes: o.text("notes")?,
        archived: o.flag("archived")?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}

fn question(o: &Obj) -> Result<Question, ImportError> {
    Ok(Question {
        id: o.id("id")?,
        text: o.string("text")?,
        category: o.keyed("category")?,
        order: o.number("order", u32::MAX as u64)?.unwrap_or(0) as u32,
        favourite: o.flag("favourite")?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}

fn person(o: &Obj) -> Result<Person, ImportError> {
    Ok(Person {
        id: o.id("id")?,
        name: o.string("name")?,
        role: o.text("role")?,
        organisation: o.text("organisation")?,
        careers: o.ids("careers")?,
        connection: o.keyed("connection")?,
        email: o.text("email")?,
        phone: o.text("phone")?,
        profile_url: o.text("profile_url")?,
        referred_by: o
            .object("referred_by")?
            .map(|r| referred_by(&r))
            .transpose()?,
        notes: o.text("notes")?,
        notes_private: o.flag("notes_private")?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}

fn referred_by(o: &Obj) -> Result<ReferredBy, ImportError> {
    let r = o
        .object("referrer")?
        .ok_or_else(|| o.fail("referrer", "missing, but required"))?;
    let referrer = match r.string("kind")?.as_str() {
        "person" => Referrer::Person { id: r.id("id")? },
        "no_longer_tracked" => Referrer::NoLongerTracked,
        other => {
            return Err(r.fail(
                "kind",
                format!(
                    "\"{other}\" is not a known value; expected one of: person, no_longer_tracked"
                ),
            ));
        }
    };
    Ok(ReferredBy {
        referrer,
        may_use_name: o.flag("may_use_name")?,
        interview: o.opt_id("interview")?,
    })
}

fn interview(o: &Obj) -> Result<Interview, ImportError> {
    let debrief = match o.object("debrief")? {
        Some(d) => Debrief {
            learned: d.text("learned")?,
            fit: d.text("fit")?,
            still_to_learn: d.text("still_to_learn")?,
            talk_to_next: d.text("talk_to_next")?,
        },
        None => Debrief::default(),
    };
    let mut check_ins = Vec::new();
    for (i, v) in o
        .items("check_ins_done", |v, _| Ok(v))?
        .into_iter()
        .enumerate()
    {
        let days = v
            .as_u64()
            .filter(|d| *d <= u16::MAX as u64)
            .ok_or_else(|| {
                o.fail(
                    &format!("check_ins_done[{i}]"),
                    format!("expected 30, 60 or 90, found {}", found(v)),
                )
            })?;
        check_ins.push(days as u16);
    }
    Ok(Interview {
        id: o.id("id")?,
        person: o.id("person")?,
        career: o.opt_id("career")?,
        status: o.keyed("status")?,
        channel: o.opt_keyed("channel")?,
        outreach: o.list("outreach", |e| {
            Ok(OutreachEvent {
                id: e.id("id")?,
                date: e.date("date")?,
                kind: e.keyed("kind")?,
                note: e.text("note")?,
            })
        })?,
        scheduled_at: o.opt_datetime("scheduled_at")?,
        place: o.text("place")?,
        duration_minutes: o
            .number("duration_minutes", u16::MAX as u64)?
            .map_or(DEFAULT_DURATION_MINUTES, |n| n as u16),
        goal: o.text("goal")?,
        prep_done: o.keyed_list("prep_done")?,
        questions: o.list("questions", |q| {
            Ok(AskedQuestion {
                id: q.id("id")?,
                question: q.opt_id("question")?,
                text: q.string("text")?,
                notes: q.text("notes")?,
            })
        })?,
        notes: o.text("notes")?,
        debrief,
        held_on: o.opt_date("held_on")?,
        thank_you_sent: o.opt_date("thank_you_sent")?,
        check_ins_done: check_ins,
        actions: o.list("actions", |a| {
            Ok(AdviceAction {
                id: a.id("id")?,
                date: a.date("date")?,
                what: a.string("what")?,
                told_on: a.opt_date("told_on")?,
            })
        })?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}

fn template(o: &Obj) -> Result<Template, ImportError> {
    Ok(Template {
        id: o.id("id")?,
        kind: o.keyed("kind")?,
        name: o.string("name")?,
        subject: o.text("subject")?,
        body: o.text("body")?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}

pub(crate) fn comment(o: &Obj) -> Result<Comment, ImportError> {
    let t = o
        .object("target")?
        .ok_or_else(|| o.fail("target", "missing, but required"))?;
    let target = match t.string("kind")?.as_str() {
        "career" => CommentTarget::Career(t.id("id")?),
        "interview" => CommentTarget::Interview(t.id("id")?),
        other => {
            return Err(t.fail(
                "kind",
                format!("\"{other}\" is not a known value; expected one of: career, interview"),
            ));
        }
    };
    Ok(Comment {
        id: o.id("id")?,
        target,
        author: o.text("author")?,
        text: o.string("text")?,
        created_at: o.timestamp("created_at")?,
        updated_at: o.timestamp("updated_at")?,
    })
}
