//! Moves data written by older builds to the current schema, one version at a time.
//!
//! Each step takes the JSON of version `n` and returns the JSON of version `n + 1`. Working on
//! the JSON tree (`json::Value`) keeps old shapes out of the typed model. Stored data and imported files go
//! through the same steps.

use super::SCHEMA_VERSION;
use super::import::ImportError;
use super::json::Value;
use std::borrow::Cow;

type Step = for<'a> fn(Value<'a>) -> Result<Value<'a>, ImportError>;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`.
const STEPS: &[Step] = &[v1_to_v2];

/// Version 2 gave every outreach event and every chosen question an id, unique within its talk,
/// so that notes and log entries are addressed by id rather than by position. Version 1 entries
/// are numbered in the order they were stored.
fn v1_to_v2(mut value: Value<'_>) -> Result<Value<'_>, ImportError> {
    let Some(interviews) = value.get_mut("interviews").and_then(Value::as_array_mut) else {
        return Ok(value);
    };
    for interview in interviews.iter_mut() {
        for (field, prefix) in [("outreach", "ev"), ("questions", "aq")] {
            let Some(list) = interview.get_mut(field).and_then(Value::as_array_mut) else {
                continue;
            };
            for (n, item) in list.iter_mut().enumerate() {
                if item.get("id").is_none() {
                    item.set(
                        "id",
                        Value::String(Cow::Owned(format!("{prefix}-{}", n + 1))),
                    );
                }
            }
        }
    }
    Ok(value)
}

/// Migrates `value`, written as `from`, to the current version.
pub fn migrate(mut value: Value<'_>, from: u32) -> Result<Value<'_>, ImportError> {
    if from == 0 || from > SCHEMA_VERSION {
        return Err(ImportError::at(
            "schema_version",
            format!("this build reads versions 1 to {SCHEMA_VERSION}, not {from}"),
        ));
    }
    for step in &STEPS[(from - 1) as usize..] {
        value = step(value)?;
    }
    value.set(
        "schema_version",
        Value::Number(Cow::Owned(SCHEMA_VERSION.to_string())),
    );
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_but_the_current_has_a_step() {
        assert_eq!(STEPS.len() as u32, SCHEMA_VERSION - 1);
    }

    #[test]
    fn current_version_passes_unchanged() {
        let text = format!(r#"{{"format": "x", "schema_version": {SCHEMA_VERSION}}}"#);
        let v = crate::domain::json::parse(&text).unwrap();
        assert_eq!(migrate(v.clone(), SCHEMA_VERSION).unwrap(), v);
    }

    #[test]
    fn unknown_versions_are_refused() {
        assert!(migrate(Value::Null, 0).is_err());
        assert!(migrate(Value::Null, SCHEMA_VERSION + 1).is_err());
    }
}
