//! People and talks as CSV files for spreadsheet programs (RFC 4180).
//!
//! The text starts with a UTF-8 byte-order mark, without which some spreadsheet programs read
//! accented letters wrongly, and no cell starts with a character that spreadsheet programs take
//! as the start of a formula: a name such as "=HYPERLINK(…)" typed in a form or imported from a
//! file must stay text when a mentor opens the file.

use super::agenda::describe;
use super::rules::next_action;
use super::{Document, OutreachKind, Referrer};
use chrono::NaiveDate;
use serde::Serialize;

/// Characters that start a formula, or that some programs skip before looking for one.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written: text that could be read as a formula gets a leading apostrophe, which
/// spreadsheet programs show as plain text and hide.
pub fn cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PersonRow {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Role")]
    pub role: String,
    #[serde(rename = "Organization")]
    pub organisation: String,
    #[serde(rename = "Careers")]
    pub careers: String,
    #[serde(rename = "How I know them")]
    pub connection: String,
    #[serde(rename = "Email")]
    pub email: String,
    #[serde(rename = "Phone")]
    pub phone: String,
    #[serde(rename = "Profile")]
    pub profile: String,
    #[serde(rename = "Suggested by")]
    pub suggested_by: String,
    #[serde(rename = "Notes")]
    pub notes: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct TalkRow {
    #[serde(rename = "Person")]
    pub person: String,
    #[serde(rename = "Organization")]
    pub organisation: String,
    #[serde(rename = "Career")]
    pub career: String,
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "Asked on")]
    pub asked: String,
    #[serde(rename = "Held on")]
    pub held: String,
    #[serde(rename = "Thanked on")]
    pub thanked: String,
    #[serde(rename = "Next step")]
    pub next: String,
}

pub fn people_rows(doc: &Document) -> Vec<PersonRow> {
    doc.people
        .iter()
        .map(|p| {
            let careers: Vec<&str> = p
                .careers
                .iter()
                .filter_map(|id| doc.career(id))
                .map(|c| c.name.as_str())
                .collect();
            let suggested_by = match p.referred_by.as_ref().map(|r| &r.referrer) {
                Some(Referrer::Person { id }) => {
                    doc.person(id).map(|r| r.name.clone()).unwrap_or_default()
                }
                Some(Referrer::Named { name }) => name.clone(),
                Some(Referrer::NoLongerTracked) => "Someone no longer in the planner".into(),
                None => String::new(),
            };
            PersonRow {
                name: cell(&p.name),
                role: cell(&p.role),
                organisation: cell(&p.organisation),
                careers: cell(&careers.join("; ")),
                connection: cell(p.connection.label()),
                email: cell(&p.email),
                phone: cell(&p.phone),
                profile: cell(&p.profile_url),
                suggested_by: cell(&suggested_by),
                notes: cell(&p.notes),
            }
        })
        .collect()
}

pub fn talk_rows(doc: &Document, today: NaiveDate) -> Vec<TalkRow> {
    doc.interviews
        .iter()
        .map(|t| {
            let person = doc.person(&t.person);
            let asked = t
                .outreach
                .iter()
                .find(|e| e.kind.is_attempt() && e.kind != OutreachKind::FollowedUp)
                .map(|e| e.date);
            TalkRow {
                person: cell(person.map_or("", |p| p.name.as_str())),
                organisation: cell(person.map_or("", |p| p.organisation.as_str())),
                career: cell(
                    t.career
                        .as_ref()
                        .and_then(|c| doc.career(c))
                        .map_or("", |c| c.name.as_str()),
                ),
                status: t.status.label().to_owned(),
                asked: date(asked),
                held: date(t.held_on),
                thanked: date(t.thank_you_sent),
                next: cell(
                    &next_action(t, today)
                        .map(|a| describe(doc, &a).text)
                        .unwrap_or_default(),
                ),
            }
        })
        .collect()
}

/// Rows as a CSV file: a header row, then one line per row, CRLF line ends, fields quoted
/// where they need it.
pub fn csv_text<R: Serialize + Default>(rows: &[R]) -> String {
    // Writing text cells to memory cannot fail. The errors are dropped rather than unwrapped:
    // unwrapping them would put their whole formatting (down to every kind of I/O error) into
    // the download.
    let write = |rows: &[R]| {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        for row in rows {
            let _ = writer.serialize(row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    };
    let body = if rows.is_empty() {
        // The header comes with the first row; a file with no rows still names its columns.
        let one = write(&[R::default()]);
        one.split_inclusive("\r\n")
            .next()
            .unwrap_or_default()
            .to_owned()
    } else {
        write(rows)
    };
    format!("\u{feff}{body}")
}
