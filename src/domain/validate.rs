//! Rules between records that typed decoding cannot see: unique ids, references that point at
//! something, links with allowed schemes.

use super::import::ImportError;
use super::links::is_web_url;
use super::rules::CHECK_IN_DAYS;
use super::{CommentTarget, Document, Id, Referrer};
use std::collections::BTreeMap;

/// The longest talk accepted, in minutes (a whole working day).
pub const MAX_DURATION_MINUTES: u16 = 480;

/// Checks a decoded document; the first problem found is returned with its path.
pub fn validate(doc: &Document) -> Result<(), ImportError> {
    let careers = index(&|| "careers".into(), &mut doc.careers.iter().map(|c| &c.id))?;
    index(
        &|| "questions".into(),
        &mut doc.questions.iter().map(|q| &q.id),
    )?;
    let people = index(&|| "people".into(), &mut doc.people.iter().map(|p| &p.id))?;
    let interviews = index(
        &|| "interviews".into(),
        &mut doc.interviews.iter().map(|i| &i.id),
    )?;
    index(
        &|| "templates".into(),
        &mut doc.templates.iter().map(|t| &t.id),
    )?;
    index(
        &|| "comments".into(),
        &mut doc.comments.iter().map(|c| &c.id),
    )?;

    for (i, c) in doc.careers.iter().enumerate() {
        not_blank(
            &c.name,
            &|| format!("careers[{i}].name"),
            "a career needs a name",
        )?;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        not_blank(
            &q.text,
            &|| format!("questions[{i}].text"),
            "a question needs some text",
        )?;
    }
    for (i, p) in doc.people.iter().enumerate() {
        let at = |field: &str| format!("people[{i}].{field}");
        not_blank(&p.name, &|| at("name"), "a person needs a name")?;
        for (j, career) in p.careers.iter().enumerate() {
            refers(&careers, career, &|| at(&format!("careers[{j}]")), "career")?;
        }
        if !p.profile_url.trim().is_empty() && !is_web_url(&p.profile_url) {
            return Err(ImportError::at(
                at("profile_url"),
                "only http:// and https:// links are accepted",
            ));
        }
        if let Some(by) = &p.referred_by {
            match &by.referrer {
                Referrer::Person { id } => {
                    refers(&people, id, &|| at("referred_by.referrer.id"), "person")?;
                    if id == &p.id {
                        return Err(ImportError::at(
                            at("referred_by.referrer.id"),
                            "a person cannot be referred by themselves",
                        ));
                    }
                }
                Referrer::Named { name } => not_blank(
                    name,
                    &|| at("referred_by.referrer.name"),
                    "the person who introduced them needs a name",
                )?,
                Referrer::NoLongerTracked => {}
            }
            if let Some(interview) = &by.interview {
                refers(
                    &interviews,
                    interview,
                    &|| at("referred_by.interview"),
                    "interview",
                )?;
            }
        }
    }
    for (i, interview) in doc.interviews.iter().enumerate() {
        let at = |field: &str| format!("interviews[{i}].{field}");
        refers(&people, &interview.person, &|| at("person"), "person")?;
        if let Some(career) = &interview.career {
            refers(&careers, career, &|| at("career"), "career")?;
        }
        if interview.duration_minutes == 0 || interview.duration_minutes > MAX_DURATION_MINUTES {
            return Err(ImportError::at(
                at("duration_minutes"),
                format!("expected 1 to {MAX_DURATION_MINUTES} minutes"),
            ));
        }
        for (j, check_in) in interview.check_ins_done.iter().enumerate() {
            if !CHECK_IN_DAYS.contains(&check_in.after_days) {
                return Err(ImportError::at(
                    at(&format!("check_ins_done[{j}].after_days")),
                    "expected 30, 60 or 90",
                ));
            }
        }
        for (j, q) in interview.questions.iter().enumerate() {
            not_blank(
                &q.text,
                &|| at(&format!("questions[{j}].text")),
                "a question needs some text",
            )?;
        }
        // Entries inside a talk need ids unique within the talk.
        index(
            &|| at("outreach"),
            &mut interview.outreach.iter().map(|e| &e.id),
        )?;
        index(
            &|| at("questions"),
            &mut interview.questions.iter().map(|q| &q.id),
        )?;
        index(
            &|| at("actions"),
            &mut interview.actions.iter().map(|a| &a.id),
        )?;
    }
    for (i, t) in doc.templates.iter().enumerate() {
        not_blank(
            &t.name,
            &|| format!("templates[{i}].name"),
            "a template needs a name",
        )?;
    }
    for (i, c) in doc.comments.iter().enumerate() {
        let path = &|| format!("comments[{i}].target.id");
        match &c.target {
            CommentTarget::Career { id } => refers(&careers, id, path, "career")?,
            CommentTarget::Interview { id } => refers(&interviews, id, path, "interview")?,
        }
    }
    Ok(())
}

// Paths and names are passed as `&dyn Fn`: they are only spelled out for a message, and one
// copy of each helper serves every call.

/// Maps each id of a collection to its position, refusing repeated ids. Whether each id is well
/// formed was settled when it was made: `Id::parse` checks text, `Id::generate` builds from a
/// fixed prefix, and the empty stand-in never leaves a failed decoding.
fn index<'a>(
    name: &dyn Fn() -> String,
    ids: &mut dyn Iterator<Item = &'a Id>,
) -> Result<BTreeMap<&'a Id, usize>, ImportError> {
    let mut seen = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id, i) {
            let name = name();
            return Err(ImportError::at(
                format!("{name}[{i}].id"),
                format!("\"{id}\" is used twice (also at {name}[{first}])"),
            ));
        }
    }
    Ok(seen)
}

fn refers(
    known: &BTreeMap<&Id, usize>,
    id: &Id,
    path: &dyn Fn() -> String,
    kind: &str,
) -> Result<(), ImportError> {
    if known.contains_key(id) {
        Ok(())
    } else {
        Err(ImportError::at(
            path(),
            format!("names {kind} \"{id}\", which is not in the file"),
        ))
    }
}

fn not_blank(text: &str, path: &dyn Fn() -> String, why: &str) -> Result<(), ImportError> {
    if text.trim().is_empty() {
        Err(ImportError::at(path(), why))
    } else {
        Ok(())
    }
}
