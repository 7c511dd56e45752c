//! Small text helpers for matching what people type.
//!
//! Why not `str::to_lowercase`: it carries Unicode's full case tables (over 20 KB of download).
//! Names and search words in this app need ASCII plus the accented Latin letters of Western and
//! Central European names, which a few ranges cover.

/// Lower-cases ASCII and the Latin-1 and Latin Extended-A capitals; leaves other characters.
pub fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let code = c as u32;
    let folded = match code {
        0x41..=0x5A => code + 0x20,
        // À..Þ except ×
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Latin Extended-A: capitals sit on even code points (with a few exceptions that are
        // already lower case and fold to themselves harmlessly).
        0x100..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 if !code.is_multiple_of(2) => code + 1,
        0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        _ => code,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// Whether a character can be part of a word (letters of any script count).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\'' || (c as u32) >= 0xC0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_common_name_letters() {
        assert_eq!(
            fold_case("GARCÍA Ñúñez ŁUKASZ Šimková Øre"),
            "garcía ñúñez łukasz šimková øre"
        );
        assert_eq!(fold_case("×"), "×");
        assert_eq!(fold_case("Ünïcode 日本"), "ünïcode 日本");
    }

    #[test]
    fn word_characters() {
        assert!(is_word_char('a') && is_word_char('é') && is_word_char('7'));
        assert!(!is_word_char(' ') && !is_word_char(',') && !is_word_char('-'));
    }
}
