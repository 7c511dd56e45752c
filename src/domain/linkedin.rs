//! LinkedIn's list of a member's connections (Settings, Data privacy, Get a copy of your data,
//! Connections), read into people the planner can add.
//!
//! The file LinkedIn writes starts with a few lines of notes before its header row, may start
//! with a byte-order mark, quotes fields that hold commas or line breaks, and leaves the e-mail
//! empty for most connections. Columns are found by their header, in any order.

use super::import::ImportError;
use super::links::is_web_url;
use super::{Connection, Document, Id, IdSource, Person, Timestamp};
use chrono::NaiveDate;
use serde::Deserialize;

/// The header names LinkedIn uses, as the model below reads them.
const FIRST_NAME: &str = "First Name";
const LAST_NAME: &str = "Last Name";
const COLUMNS: [&str; 7] = [
    FIRST_NAME,
    LAST_NAME,
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
];

/// How far into the file the header row may be: past LinkedIn's notes, not a whole file of
/// something else.
const HEADER_WITHIN_ROWS: usize = 20;

#[derive(Debug, Deserialize)]
struct Row {
    #[serde(rename = "First Name", default)]
    first_name: String,
    #[serde(rename = "Last Name", default)]
    last_name: String,
    #[serde(rename = "URL", default)]
    url: String,
    #[serde(rename = "Email Address", default)]
    email: String,
    #[serde(rename = "Company", default)]
    company: String,
    #[serde(rename = "Position", default)]
    position: String,
    #[serde(rename = "Connected On", default)]
    connected_on: String,
}

/// One connection from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub organisation: String,
    pub role: String,
    /// Their LinkedIn profile, when it is a web address.
    pub profile_url: String,
    pub email: String,
    pub connected_on: Option<NaiveDate>,
}

impl Contact {
    /// Whether `words` (already lower-cased) all appear in the name, organisation or role.
    pub fn matches(&self, words: &[String]) -> bool {
        let haystack = format!("{} {} {}", self.name, self.organisation, self.role).to_lowercase();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

fn not_connections(why: &str) -> ImportError {
    ImportError::whole(format!(
        "{why} Choose the Connections.csv file from the copy of your data that LinkedIn sends you."
    ))
}

/// Reads a connections file. A file without the name columns is refused.
pub fn read_connections(text: &str) -> Result<Vec<Contact>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut header = None;
    for record in records.by_ref().take(HEADER_WITHIN_ROWS) {
        let record = record.map_err(|_| not_connections("This file cannot be read as CSV."))?;
        if let Some(found) = canonical_header(&record) {
            header = Some(found);
            break;
        }
    }
    let header = header
        .ok_or_else(|| not_connections("This file has no “First Name” and “Last Name” columns."))?;
    let mut contacts = Vec::new();
    for record in records {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            not_connections(&format!("Line {line} of this file cannot be read as CSV."))
        })?;
        let row: Row = record.deserialize(Some(&header)).map_err(|_| {
            not_connections("A row of this file does not have the expected columns.")
        })?;
        if let Some(contact) = contact(row) {
            contacts.push(contact);
        }
    }
    Ok(contacts)
}

/// The header row with LinkedIn's names in their usual spelling, if `record` is the header:
/// whatever the case and spacing, as long as both name columns are there.
fn canonical_header(record: &csv::StringRecord) -> Option<csv::StringRecord> {
    let names: csv::StringRecord = record
        .iter()
        .map(|field| {
            let field = field.trim();
            COLUMNS
                .iter()
                .find(|known| known.eq_ignore_ascii_case(field))
                .copied()
                .unwrap_or(field)
        })
        .collect();
    let has = |column: &str| names.iter().any(|n| n == column);
    (has(FIRST_NAME) && has(LAST_NAME)).then_some(names)
}

fn contact(row: Row) -> Option<Contact> {
    let name = format!("{} {}", row.first_name.trim(), row.last_name.trim())
        .trim()
        .to_owned();
    if name.is_empty() {
        return None;
    }
    let url = row.url.trim();
    Some(Contact {
        name,
        organisation: row.company.trim().to_owned(),
        role: row.position.trim().to_owned(),
        profile_url: if is_web_url(url) {
            url.to_owned()
        } else {
            String::new()
        },
        email: row.email.trim().to_owned(),
        connected_on: NaiveDate::parse_from_str(row.connected_on.trim(), "%d %b %Y").ok(),
    })
}

/// A profile address in a form that two spellings of the same profile share: no scheme, no
/// "www.", no query or trailing slash, lower case.
fn profile_key(url: &str) -> Option<String> {
    let url = url.trim().to_ascii_lowercase();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let key = rest.trim_end_matches('/');
    (!key.is_empty()).then(|| key.to_owned())
}

fn email_key(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    (!email.is_empty()).then_some(email)
}

/// The person already in the planner who is this contact: the same profile or e-mail.
pub fn already_in<'a>(doc: &'a Document, contact: &Contact) -> Option<&'a Person> {
    let profile = profile_key(&contact.profile_url);
    let email = email_key(&contact.email);
    doc.people.iter().find(|p| {
        (profile.is_some() && profile_key(&p.profile_url) == profile)
            || (email.is_some() && email_key(&p.email) == email)
    })
}

/// Adds the contacts not in the planner yet as people known through LinkedIn, and returns the
/// ids of those added. A contact that appears twice is added once.
pub fn add_contacts(
    doc: &mut Document,
    contacts: &[&Contact],
    ids: &mut impl IdSource,
    now: Timestamp,
) -> Vec<Id> {
    let mut added = Vec::new();
    for contact in contacts {
        if already_in(doc, contact).is_some() {
            continue;
        }
        let mut person = Person::new(
            ids.new_id("p"),
            contact.name.clone(),
            Connection::LinkedIn,
            now,
        );
        person.organisation = contact.organisation.clone();
        person.role = contact.role.clone();
        person.profile_url = contact.profile_url.clone();
        person.email = contact.email.clone();
        if let Some(on) = contact.connected_on {
            person.notes = format!("Connected on LinkedIn on {}.", super::dates::date(on));
        }
        added.push(person.id.clone());
        doc.people.push(person);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_spellings_of_one_profile_match() {
        let key = profile_key("https://www.linkedin.com/in/ana-costa/");
        assert_eq!(key.as_deref(), Some("linkedin.com/in/ana-costa"));
        assert_eq!(profile_key("http://linkedin.com/in/Ana-Costa?trk=x"), key);
        assert_eq!(profile_key("not a link"), None);
    }
}
