//! Stable identifiers for records.
//!
//! Ids are opaque strings so that files written by other builds (or edited by hand) stay readable,
//! but they are restricted to a small alphabet: they end up in URLs and in calendar UIDs.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest id accepted from a file. Generated ids are far shorter.
pub const MAX_ID_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
// Serialised as the bare string; read through `check`, so a file cannot smuggle in a bad id.
#[serde(try_from = "String")]
pub struct Id(String);

impl TryFrom<String> for Id {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::check(&text)?;
        Ok(Id(text))
    }
}

impl Id {
    /// Builds an id from a prefix naming the record kind and 64 random bits from the caller,
    /// who owns the source of randomness (the domain has none).
    pub fn generate(prefix: &str, random: u64) -> Self {
        Id(format!("{prefix}-{random:016x}"))
    }

    /// Accepts an id read from a file or a URL, or says why it cannot be one.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        Self::check(text)?;
        Ok(Id(text.to_owned()))
    }

    /// Why `text` cannot be an id, if it cannot; without making one.
    pub fn check(text: &str) -> Result<(), &'static str> {
        if text.is_empty() {
            return Err("an id cannot be empty");
        }
        if text.len() > MAX_ID_LEN {
            return Err("an id is at most 64 characters long");
        }
        if !text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err("an id holds only letters, digits, '-' and '_'");
        }
        Ok(())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Hands out ids from a stream of random numbers; tests use a counter, the browser uses crypto.
pub trait IdSource {
    fn next_random(&mut self) -> u64;

    fn new_id(&mut self, prefix: &str) -> Id {
        Id::generate(prefix, self.next_random())
    }
}

/// A deterministic source for tests and the dataset generator.
#[derive(Debug, Clone)]
pub struct SeqIds(pub u64);

impl IdSource for SeqIds {
    fn next_random(&mut self) -> u64 {
        // splitmix64: cheap, and consecutive seeds give unrelated-looking ids.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_parse_back() {
        let mut ids = SeqIds(7);
        let id = ids.new_id("p");
        assert_eq!(Id::parse(id.as_str()), Ok(id.clone()));
        assert!(id.as_str().starts_with("p-"));
        assert_eq!(id.as_str().len(), 18);
    }

    #[test]
    fn sequence_does_not_repeat_quickly() {
        let mut ids = SeqIds(1);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..10_000 {
            assert!(seen.insert(ids.new_id("x")));
        }
    }

    #[test]
    fn rejects_bad_ids() {
        assert!(Id::parse("").is_err());
        assert!(Id::parse("a b").is_err());
        assert!(Id::parse("<script>").is_err());
        assert!(Id::parse(&"a".repeat(65)).is_err());
        assert!(Id::parse(&"a".repeat(64)).is_ok());
    }
}
