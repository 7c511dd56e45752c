//! Moves data written by older builds to the current schema, one version at a time.
//!
//! Each step takes the JSON of version `n` and returns the JSON of version `n + 1`. Working on
//! the JSON tree keeps old shapes out of the typed model. Stored data and imported files go
//! through the same steps.

use super::import::ImportError;
use super::{Document, SCHEMA_VERSION};
use serde_json::Value;

type Step = fn(Value) -> Result<Value, ImportError>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3];

/// Version 2 gave every outreach event and every chosen question an id, unique within its talk,
/// so that notes and log entries are addressed by id rather than by position. Version 1 entries
/// are numbered in the order they were stored.
fn v1_to_v2(mut value: Value) -> Result<Value, ImportError> {
    let Some(interviews) = value.get_mut("interviews").and_then(Value::as_array_mut) else {
        return Ok(value);
    };
    for interview in interviews.iter_mut() {
        for (field, prefix) in [("outreach", "ev"), ("questions", "aq")] {
            let Some(list) = interview.get_mut(field).and_then(Value::as_array_mut) else {
                continue;
            };
            for (n, item) in list.iter_mut().enumerate() {
                if let Some(entry) = item.as_object_mut() {
                    entry
                        .entry("id")
                        .or_insert_with(|| Value::String(format!("{prefix}-{}", n + 1)));
                }
            }
        }
    }
    Ok(value)
}

/// Version 3 keeps the day each keep-in-touch check-in was done: `check_ins_done` holds objects
/// (`{"after_days": 30, "on": "2026-12-03"}`) instead of bare day counts, whose day is unknown.
/// (It also knows LinkedIn connections as a way of knowing someone, which needs no change.)
fn v2_to_v3(mut value: Value) -> Result<Value, ImportError> {
    let Some(interviews) = value.get_mut("interviews").and_then(Value::as_array_mut) else {
        return Ok(value);
    };
    for interview in interviews.iter_mut() {
        if let Some(list) = interview
            .get_mut("check_ins_done")
            .and_then(Value::as_array_mut)
        {
            for item in list.iter_mut() {
                if item.is_number() {
                    *item = serde_json::json!({ "after_days": item.take() });
                }
            }
        }
    }
    Ok(value)
}

/// What a migration needs the typed model for, run once a file written as `from` is read.
pub fn tidy(doc: &mut Document, from: u32) {
    if from < 3 {
        // Before version 3 every install gave its starter questions ids of its own, so a planner
        // merged with a copy of itself from another browser could hold each of them twice.
        doc.merge_identical();
    }
}

/// Migrates `value`, written as `from`, to the current version.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, ImportError> {
    if from == 0 || from > SCHEMA_VERSION {
        return Err(ImportError::at(
            "schema_version",
            format!("this build reads versions 1 to {SCHEMA_VERSION}, not {from}"),
        ));
    }
    for step in &STEPS[(from - 1) as usize..] {
        value = step(value)?;
    }
    if let Some(root) = value.as_object_mut() {
        root.insert("schema_version".into(), SCHEMA_VERSION.into());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_version_but_the_current_has_a_step() {
        assert_eq!(STEPS.len() as u32, SCHEMA_VERSION - 1);
    }

    #[test]
    fn current_version_passes_unchanged() {
        let v = json!({"format": "x", "schema_version": SCHEMA_VERSION});
        assert_eq!(migrate(v.clone(), SCHEMA_VERSION).unwrap(), v);
    }

    #[test]
    fn version_1_entries_get_ids_in_stored_order() {
        let v1 = json!({"schema_version": 1, "interviews": [
            {"outreach": [{"kind": "sent"}, {"id": "ev-9", "kind": "replied"}],
             "questions": [{"text": "a"}, {"text": "b"}]}
        ]});
        let v2 = migrate(v1, 1).unwrap();
        assert_eq!(v2["schema_version"], SCHEMA_VERSION);
        assert_eq!(v2["interviews"][0]["outreach"][0]["id"], "ev-1");
        assert_eq!(v2["interviews"][0]["outreach"][1]["id"], "ev-9");
        assert_eq!(v2["interviews"][0]["questions"][1]["id"], "aq-2");
    }

    #[test]
    fn version_2_check_ins_become_objects_whose_day_is_unknown() {
        let v2 = json!({"schema_version": 2, "interviews": [{"check_ins_done": [30, 90]}]});
        let v3 = migrate(v2, 2).unwrap();
        assert_eq!(
            v3["interviews"][0]["check_ins_done"],
            json!([{"after_days": 30}, {"after_days": 90}])
        );
    }

    #[test]
    fn unknown_versions_are_refused() {
        assert!(migrate(Value::Null, 0).is_err());
        assert!(migrate(Value::Null, SCHEMA_VERSION + 1).is_err());
    }
}
