//! LinkedIn's list of a member's connections (Settings, Data privacy, Get a copy of your data,
//! Connections), read into people the planner can add.
//!
//! The file LinkedIn writes starts with a few lines of notes before its header row, may start
//! with a byte-order mark, quotes fields that hold commas or line breaks, and leaves the e-mail
//! empty for most connections. Columns are found by their header, in any order.

use super::dates::DateWords;
use super::import::{ImportError, check_file_size, decode};
use super::links::profile_href;
use super::text::{fold_case, is_word_char};
use super::{Connection, Document, Id, IdSource, Person, Timestamp};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The header names LinkedIn uses, in the order of [`Row`]'s fields; the first two are
/// required.
const COLUMNS: [&str; 7] = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
];

/// How far into the file the header row may be: past LinkedIn's notes, not a whole file of
/// something else.
const HEADER_WITHIN_ROWS: usize = 20;

/// One row, its fields in the order of [`COLUMNS`].
#[derive(Debug, Deserialize)]
struct Row {
    first_name: String,
    last_name: String,
    url: String,
    email: String,
    company: String,
    position: String,
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

fn not_connections(why: &str) -> ImportError {
    ImportError::whole(format!(
        "{why} Choose the Connections.csv file from the copy of your data that LinkedIn sends you."
    ))
}

/// Reads a chosen file's bytes: a file too large, or one that is not text (a spreadsheet
/// program's own format, a PDF), is refused before any CSV is read.
pub fn read_connections_file(bytes: &[u8]) -> Result<Vec<Contact>, ImportError> {
    check_file_size(bytes.len() as u64)?;
    // With the size settled, what `decode` can still refuse is text it cannot read; its own
    // words point at the planner's JSON files, so they are said again for this file.
    let text = decode(bytes).map_err(|_| not_connections("This is not a text file."))?;
    read_connections(text)
}

/// Reads a connections file. A file without the name columns is refused.
pub fn read_connections(text: &str) -> Result<Vec<Contact>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut columns = None;
    for record in records.by_ref().take(HEADER_WITHIN_ROWS) {
        let record = record.map_err(|_| not_connections("This file cannot be read as CSV."))?;
        if let Some(found) = column_positions(&record) {
            columns = Some(found);
            break;
        }
    }
    let columns = columns
        .ok_or_else(|| not_connections("This file has no “First Name” and “Last Name” columns."))?;
    let mut contacts = Vec::new();
    let mut ordered = csv::StringRecord::new();
    for record in records {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            not_connections(&format!("Line {line} of this file cannot be read as CSV."))
        })?;
        // The file's columns put in the model's order, so serde reads the row by position:
        // matching header names row by row would also bring in csv's guessing of numbers.
        ordered.clear();
        for position in columns {
            ordered.push_field(position.and_then(|i| record.get(i)).unwrap_or_default());
        }
        let row: Row = ordered.deserialize(None).map_err(|_| {
            not_connections("A row of this file does not have the expected columns.")
        })?;
        if let Some(contact) = contact(row) {
            contacts.push(contact);
        }
    }
    Ok(contacts)
}

/// Where each of LinkedIn's columns is in `record`, if `record` is the header row: whatever
/// the case and spacing of the names, as long as both name columns are there.
fn column_positions(record: &csv::StringRecord) -> Option<[Option<usize>; COLUMNS.len()]> {
    let positions = COLUMNS.map(|column| {
        record
            .iter()
            .position(|f| column.eq_ignore_ascii_case(f.trim()))
    });
    (positions[0].is_some() && positions[1].is_some()).then_some(positions)
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
        profile_url: profile_href(url).unwrap_or_default(),
        email: row.email.trim().to_owned(),
        connected_on: connected_on(&row.connected_on),
    })
}

/// LinkedIn's "03 Feb 2025", or with the month written out ("14 November 2024").
fn connected_on(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d %b %Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d %B %Y"))
        .ok()
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
    let email = fold_case(email.trim());
    (!email.is_empty()).then_some(email)
}

/// The people of a planner by profile and e-mail, so that each of thousands of contacts is
/// looked up at once rather than compared with every person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    profiles: BTreeMap<String, Id>,
    emails: BTreeMap<String, Id>,
}

impl Known {
    pub fn of(doc: &Document) -> Self {
        let mut known = Known::default();
        for p in &doc.people {
            known.add(&p.id, &p.profile_url, &p.email);
        }
        known
    }

    fn add(&mut self, id: &Id, profile_url: &str, email: &str) {
        if let Some(key) = profile_key(profile_url) {
            self.profiles.entry(key).or_insert_with(|| id.clone());
        }
        if let Some(key) = email_key(email) {
            self.emails.entry(key).or_insert_with(|| id.clone());
        }
    }

    /// The person who is this contact: the same profile or e-mail.
    pub fn find(&self, contact: &Contact) -> Option<&Id> {
        let by_profile = profile_key(&contact.profile_url).and_then(|k| self.profiles.get(&k));
        by_profile.or_else(|| email_key(&contact.email).and_then(|k| self.emails.get(&k)))
    }
}

/// The person already in the planner who is this contact: the same profile or e-mail.
pub fn already_in<'a>(doc: &'a Document, contact: &Contact) -> Option<&'a Person> {
    Known::of(doc).find(contact).and_then(|id| doc.person(id))
}

/// Adds the contacts not in the planner yet as people known through LinkedIn, each able to
/// tell about `career` when one is given, and returns the ids of those added. A contact that
/// appears twice is added once.
pub fn add_contacts(
    doc: &mut Document,
    contacts: &[&Contact],
    career: Option<&Id>,
    ids: &mut impl IdSource,
    now: Timestamp,
    words: &dyn DateWords,
) -> Vec<Id> {
    let mut known = Known::of(doc);
    let mut added = Vec::new();
    for contact in contacts {
        if known.find(contact).is_some() {
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
        person.careers.extend(career.cloned());
        if let Some(on) = contact.connected_on {
            person.notes = format!("Connected on LinkedIn on {}.", words.date(on));
        }
        known.add(&person.id, &person.profile_url, &person.email);
        added.push(person.id.clone());
        doc.people.push(person);
    }
    added
}

/// What the preview of a connections file is narrowed by. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Words that must all appear in the name, organization or role.
    pub text: String,
    /// Part of the organization's name.
    pub company: String,
    /// Part of the position.
    pub position: String,
    /// A career's name: contacts whose position or organization shares a word with it.
    pub career: String,
}

/// The contacts of one file, with the case-folded text the preview filters on worked out once:
/// a file of 30,000 connections is filtered again on every keystroke.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Connections {
    pub contacts: Vec<Contact>,
    folded: Vec<Folded>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Folded {
    name: String,
    organisation: String,
    role: String,
}

impl Connections {
    pub fn new(contacts: Vec<Contact>) -> Self {
        let folded = contacts
            .iter()
            .map(|c| Folded {
                name: fold_case(&c.name),
                organisation: fold_case(&c.organisation),
                role: fold_case(&c.role),
            })
            .collect();
        Connections { contacts, folded }
    }

    pub fn len(&self) -> usize {
        self.contacts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty()
    }

    /// The positions, in file order, of the contacts that pass `filter`.
    pub fn matching(&self, filter: &ContactFilter) -> Vec<usize> {
        let words: Vec<String> = fold_case(&filter.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let company = fold_case(filter.company.trim());
        let position = fold_case(filter.position.trim());
        let stems = career_stems(&filter.career);
        self.folded
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                words.iter().all(|w| {
                    f.name.contains(w.as_str())
                        || f.organisation.contains(w.as_str())
                        || f.role.contains(w.as_str())
                })
            })
            .filter(|(_, f)| f.organisation.contains(company.as_str()))
            .filter(|(_, f)| f.role.contains(position.as_str()))
            .filter(|(_, f)| {
                stems.is_empty()
                    || [&f.role, &f.organisation].iter().any(|text| {
                        text.split(|c: char| !is_word_char(c))
                            .any(|word| stems.iter().any(|s| word.starts_with(s.as_str())))
                    })
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// Small words that say nothing about a career.
const STOP_WORDS: [&str; 6] = ["and", "the", "for", "with", "from", "into"];

/// The beginnings of a career name's words that a position or organization is matched on: the
/// first four letters, so "Urban planning" finds a "Senior Planner" and "Nursing" a "Nurse".
fn career_stems(career: &str) -> Vec<String> {
    fold_case(career)
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(w))
        .map(|w| w.chars().take(4).collect())
        .collect()
}

/// Where LinkedIn lists its members: a search for these words among people.
const PEOPLE_SEARCH: &str = "https://www.linkedin.com/search/results/people/?keywords=";

/// A link to LinkedIn's people search for alumni of `school` who work in `career`; None until
/// the user has said which school they went to. The app only makes the link: the search is
/// the user's, in their own browser tab.
pub fn alumni_search(school: &str, career: &str) -> Option<String> {
    let school = school.trim();
    if school.is_empty() {
        return None;
    }
    let words = format!("{school} {}", career.trim());
    let encoded =
        percent_encoding::utf8_percent_encode(words.trim(), percent_encoding::NON_ALPHANUMERIC);
    Some(format!("{PEOPLE_SEARCH}{encoded}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(name: &str, organisation: &str, role: &str) -> Contact {
        Contact {
            name: name.into(),
            organisation: organisation.into(),
            role: role.into(),
            profile_url: String::new(),
            email: String::new(),
            connected_on: None,
        }
    }

    #[test]
    fn career_words_find_positions_that_share_their_beginning() {
        assert_eq!(
            career_stems("Urban planning and design"),
            ["urba", "plan", "desi"]
        );
        assert_eq!(career_stems("UX / AI"), Vec::<String>::new());
        let file = Connections::new(vec![
            contact("Ana Costa", "City Transit", "Senior Planner"),
            contact("Ben Hall", "St. Mary's Hospital", "Nurse practitioner"),
            contact("Cy Park", "Planet Labs", "Engineer"),
            contact("Dee Ray", "Acme", "Explanation writer"),
        ]);
        let by_career = |career: &str| {
            file.matching(&ContactFilter {
                career: career.into(),
                ..ContactFilter::default()
            })
        };
        // "plan" starts "Planner" and "Planet", never the middle of "Explanation".
        assert_eq!(by_career("Urban planning"), [0, 2]);
        assert_eq!(by_career("Nursing"), [1]);
        assert_eq!(by_career(""), [0, 1, 2, 3]);
    }

    #[test]
    fn filters_combine_and_ignore_case() {
        let file = Connections::new(vec![
            contact("Zoë O’Neil", "Green Roots", "Coordinator"),
            contact("Ana Costa", "Helix Labs", "UX Researcher"),
            contact("Ben Hall", "HELIX LABS", "Engineer"),
        ]);
        let find = |text: &str, company: &str, position: &str| {
            file.matching(&ContactFilter {
                text: text.into(),
                company: company.into(),
                position: position.into(),
                career: String::new(),
            })
        };
        assert_eq!(find("ZOË", "", ""), [0]);
        assert_eq!(find("", "helix", ""), [1, 2]);
        assert_eq!(find("", " Helix ", "research"), [1]);
        assert_eq!(find("ana labs", "", ""), [1]);
        assert_eq!(find("nobody", "", ""), Vec::<usize>::new());
    }

    #[test]
    fn an_alumni_search_needs_a_school_and_encodes_its_words() {
        assert_eq!(alumni_search("  ", "Nursing"), None);
        assert_eq!(
            alumni_search("Université de Montréal", "Data & AI").as_deref(),
            Some(
                "https://www.linkedin.com/search/results/people/?keywords=Universit%C3%A9%20de%20Montr%C3%A9al%20Data%20%26%20AI"
            )
        );
        assert_eq!(
            alumni_search("Ohio State", "").as_deref(),
            Some("https://www.linkedin.com/search/results/people/?keywords=Ohio%20State")
        );
    }

    #[test]
    fn connection_dates_are_read_in_linkedins_form_only() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(connected_on("03 Feb 2025"), day(2025, 2, 3));
        assert_eq!(connected_on(" 3 feb 2025 "), day(2025, 2, 3));
        assert_eq!(connected_on("14 November 2024"), day(2024, 11, 14));
        assert_eq!(connected_on("31 Feb 2025"), None);
        assert_eq!(connected_on("2025-02-03"), None);
        assert_eq!(connected_on("03 Foo 2025"), None);
        assert_eq!(connected_on("03 Feb 2025 extra"), None);
        assert_eq!(connected_on(""), None);
    }

    #[test]
    fn profile_spellings_of_one_profile_match() {
        let key = profile_key("https://www.linkedin.com/in/ana-costa/");
        assert_eq!(key.as_deref(), Some("linkedin.com/in/ana-costa"));
        assert_eq!(profile_key("http://linkedin.com/in/Ana-Costa?trk=x"), key);
        assert_eq!(profile_key("not a link"), None);
    }
}
