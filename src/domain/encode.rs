//! Writes the document as JSON, compact for storage or indented for export.
//!
//! Why by hand rather than with serde's derive: like reading (see `decode`), the derived code for
//! every record kind, twice over for the two layouts, was a large share of the download. Fields
//! are written in the model's order, so files diff cleanly and the save counter sits near the
//! start of stored text. Writing and reading are checked against each other by the round-trip
//! tests.

use super::feedback::Feedback;
use super::{
    AdviceAction, AskedQuestion, Career, Comment, CommentTarget, Document, Id, Interview,
    OutreachEvent, Person, Question, ReferredBy, Referrer, Template, Timestamp, dates,
};
use chrono::{NaiveDate, NaiveDateTime};

/// A JSON writer that places commas and indentation.
pub struct Json {
    out: String,
    pretty: bool,
    /// One entry per open object or list: whether it has a member yet.
    open: Vec<bool>,
    after_key: bool,
}

impl Json {
    pub fn new(pretty: bool) -> Self {
        Json {
            out: String::with_capacity(8192),
            pretty,
            open: Vec::new(),
            after_key: false,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    #[inline(never)]
    fn begin_value(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        let depth = self.open.len();
        if let Some(has) = self.open.last_mut() {
            if *has {
                self.out.push(',');
            }
            *has = true;
            self.newline(depth);
        }
    }

    fn newline(&mut self, depth: usize) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str("  ");
            }
        }
    }

    #[inline(never)]
    pub fn begin(&mut self, bracket: char) {
        self.begin_value();
        self.out.push(bracket);
        self.open.push(false);
    }

    #[inline(never)]
    pub fn end(&mut self, bracket: char) {
        if self.open.pop() == Some(true) {
            self.newline(self.open.len());
        }
        self.out.push(bracket);
    }

    #[inline(never)]
    pub fn key(&mut self, key: &str) {
        self.begin_value();
        self.quoted(key);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
        self.after_key = true;
    }

    #[inline(never)]
    pub fn str(&mut self, s: &str) {
        self.begin_value();
        self.quoted(s);
    }

    #[inline(never)]
    pub fn num(&mut self, n: u64) {
        self.begin_value();
        self.out.push_str(&n.to_string());
    }

    pub fn bool(&mut self, b: bool) {
        self.begin_value();
        self.out.push_str(if b { "true" } else { "false" });
    }

    fn quoted(&mut self, s: &str) {
        self.out.push('"');
        // Copies runs of plain text at once: bytes below 0x80 never occur inside a multi-byte
        // character, so every escape position is a character boundary.
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..0x20 => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            start = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(b >> 4)] as char);
                self.out.push(HEX[usize::from(b & 15)] as char);
            } else {
                self.out.push_str(escape);
            }
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    // Fields: a key and its value.

    #[inline(never)]
    pub fn f_str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    pub fn f_num(&mut self, key: &str, value: u64) {
        self.key(key);
        self.num(value);
    }

    pub fn f_bool(&mut self, key: &str, value: bool) {
        self.key(key);
        self.bool(value);
    }

    pub fn f_id(&mut self, key: &str, id: &Id) {
        self.f_str(key, id.as_str());
    }

    pub fn f_opt_id(&mut self, key: &str, id: Option<&Id>) {
        if let Some(id) = id {
            self.f_id(key, id);
        }
    }

    #[inline(never)]
    pub fn f_strs<'a>(&mut self, key: &str, items: impl Iterator<Item = &'a str>) {
        self.key(key);
        self.begin('[');
        for s in items {
            self.str(s);
        }
        self.end(']');
    }

    pub fn f_date(&mut self, key: &str, d: NaiveDate) {
        self.f_str(key, &dates::input_date(d));
    }

    pub fn f_opt_date(&mut self, key: &str, d: Option<NaiveDate>) {
        if let Some(d) = d {
            self.f_date(key, d);
        }
    }

    pub fn f_opt_datetime(&mut self, key: &str, t: Option<NaiveDateTime>) {
        if let Some(t) = t {
            self.f_str(key, &dates::iso_datetime(t));
        }
    }

    pub fn f_time(&mut self, key: &str, t: Timestamp) {
        self.f_str(key, &dates::iso_timestamp(t));
    }

    pub fn f_opt_time(&mut self, key: &str, t: Option<Timestamp>) {
        if let Some(t) = t {
            self.f_time(key, t);
        }
    }

    /// A list of records, each written by `write`.
    pub fn f_list<T>(&mut self, key: &str, items: &[T], write: fn(&mut Json, &T)) {
        self.key(key);
        self.begin('[');
        for item in items {
            self.begin('{');
            write(self, item);
            self.end('}');
        }
        self.end(']');
    }

    fn stamps(&mut self, created: Timestamp, updated: Timestamp) {
        self.f_time("created_at", created);
        self.f_time("updated_at", updated);
    }
}

/// The document as JSON: compact for storage, indented for files people open.
pub fn document(doc: &Document, pretty: bool) -> String {
    let mut j = Json::new(pretty);
    write_document(&mut j, doc);
    j.finish()
}

pub fn write_document(j: &mut Json, doc: &Document) {
    j.begin('{');
    j.f_str("format", &doc.format);
    j.f_num("schema_version", doc.schema_version.into());
    if doc.revision != 0 {
        j.f_num("revision", doc.revision);
    }
    j.f_opt_time("exported_at", doc.exported_at);
    j.key("profile");
    j.begin('{');
    j.f_str("name", &doc.profile.name);
    j.f_str("field", &doc.profile.field);
    j.end('}');
    j.f_list("careers", &doc.careers, career);
    j.f_list("questions", &doc.questions, question);
    j.f_list("people", &doc.people, person);
    j.f_list("interviews", &doc.interviews, interview);
    j.f_list("templates", &doc.templates, template);
    j.f_list("comments", &doc.comments, comment);
    j.f_opt_time("last_export_at", doc.last_export_at);
    j.end('}');
}

fn career(j: &mut Json, c: &Career) {
    j.f_id("id", &c.id);
    j.f_str("name", &c.name);
    j.f_strs("reasons", c.reasons.iter().map(|r| r.key()));
    j.f_str("notes", &c.notes);
    j.f_bool("archived", c.archived);
    j.stamps(c.created_at, c.updated_at);
}

fn question(j: &mut Json, q: &Question) {
    j.f_id("id", &q.id);
    j.f_str("text", &q.text);
    j.f_str("category", q.category.key());
    j.f_num("order", q.order.into());
    j.f_bool("favourite", q.favourite);
    j.stamps(q.created_at, q.updated_at);
}

fn person(j: &mut Json, p: &Person) {
    j.f_id("id", &p.id);
    j.f_str("name", &p.name);
    j.f_str("role", &p.role);
    j.f_str("organisation", &p.organisation);
    j.f_strs("careers", p.careers.iter().map(Id::as_str));
    j.f_str("connection", p.connection.key());
    j.f_str("email", &p.email);
    j.f_str("phone", &p.phone);
    j.f_str("profile_url", &p.profile_url);
    if let Some(by) = &p.referred_by {
        j.key("referred_by");
        j.begin('{');
        referred_by(j, by);
        j.end('}');
    }
    j.f_str("notes", &p.notes);
    j.f_bool("notes_private", p.notes_private);
    j.stamps(p.created_at, p.updated_at);
}

fn referred_by(j: &mut Json, by: &ReferredBy) {
    j.key("referrer");
    j.begin('{');
    match &by.referrer {
        Referrer::Person { id } => {
            j.f_str("kind", "person");
            j.f_id("id", id);
        }
        Referrer::NoLongerTracked => j.f_str("kind", "no_longer_tracked"),
    }
    j.end('}');
    j.f_bool("may_use_name", by.may_use_name);
    j.f_opt_id("interview", by.interview.as_ref());
}

fn outreach(j: &mut Json, e: &OutreachEvent) {
    j.f_id("id", &e.id);
    j.f_date("date", e.date);
    j.f_str("kind", e.kind.key());
    j.f_str("note", &e.note);
}

fn asked(j: &mut Json, q: &AskedQuestion) {
    j.f_id("id", &q.id);
    j.f_opt_id("question", q.question.as_ref());
    j.f_str("text", &q.text);
    j.f_str("notes", &q.notes);
}

fn action(j: &mut Json, a: &AdviceAction) {
    j.f_id("id", &a.id);
    j.f_date("date", a.date);
    j.f_str("what", &a.what);
    j.f_opt_date("told_on", a.told_on);
}

fn interview(j: &mut Json, i: &Interview) {
    j.f_id("id", &i.id);
    j.f_id("person", &i.person);
    j.f_opt_id("career", i.career.as_ref());
    j.f_str("status", i.status.key());
    if let Some(c) = i.channel {
        j.f_str("channel", c.key());
    }
    j.f_list("outreach", &i.outreach, outreach);
    j.f_opt_datetime("scheduled_at", i.scheduled_at);
    j.f_str("place", &i.place);
    j.f_num("duration_minutes", i.duration_minutes.into());
    j.f_str("goal", &i.goal);
    j.f_strs("prep_done", i.prep_done.iter().map(|p| p.key()));
    j.f_list("questions", &i.questions, asked);
    j.f_str("notes", &i.notes);
    j.key("debrief");
    j.begin('{');
    j.f_str("learned", &i.debrief.learned);
    j.f_str("fit", &i.debrief.fit);
    j.f_str("still_to_learn", &i.debrief.still_to_learn);
    j.f_str("talk_to_next", &i.debrief.talk_to_next);
    j.end('}');
    j.f_opt_date("held_on", i.held_on);
    j.f_opt_date("thank_you_sent", i.thank_you_sent);
    j.key("check_ins_done");
    j.begin('[');
    for d in &i.check_ins_done {
        j.num((*d).into());
    }
    j.end(']');
    j.f_list("actions", &i.actions, action);
    j.stamps(i.created_at, i.updated_at);
}

fn template(j: &mut Json, t: &Template) {
    j.f_id("id", &t.id);
    j.f_str("kind", t.kind.key());
    j.f_str("name", &t.name);
    j.f_str("subject", &t.subject);
    j.f_str("body", &t.body);
    j.stamps(t.created_at, t.updated_at);
}

fn comment(j: &mut Json, c: &Comment) {
    j.f_id("id", &c.id);
    j.key("target");
    j.begin('{');
    let (kind, id) = match &c.target {
        CommentTarget::Career(id) => ("career", id),
        CommentTarget::Interview(id) => ("interview", id),
    };
    j.f_str("kind", kind);
    j.f_id("id", id);
    j.end('}');
    j.f_str("author", &c.author);
    j.f_str("text", &c.text);
    j.stamps(c.created_at, c.updated_at);
}

pub fn feedback(f: &Feedback) -> String {
    let mut j = Json::new(true);
    j.begin('{');
    j.f_str("format", &f.format);
    j.f_num("schema_version", f.schema_version.into());
    j.f_time("exported_at", f.exported_at);
    j.f_str("planner_of", &f.planner_of);
    j.f_list("comments", &f.comments, comment);
    j.end('}');
    j.finish()
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn text_is_escaped_as_json_requires() {
        let tricky = "plain \"quoted\" back\\slash\nline\ttab\r\u{8}\u{c}\u{1}\u{1f} é 😀 <b>&</b>";
        let mut json = Json::new(false);
        json.str(tricky);
        let written = json.finish();
        assert_eq!(written, serde_json::to_string(tricky).unwrap());
        let read: String = serde_json::from_str(&written).unwrap();
        assert_eq!(read, tricky);
    }
}
