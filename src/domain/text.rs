//! Small text helpers for matching what people type.

/// Text as two spellings of it compare for matching: lower case in any script.
pub fn fold_case(text: &str) -> String {
    text.to_lowercase()
}

/// Text with runs of white space made one space and none at either end: "a  b " and "a b" are
/// the same words.
pub fn squash_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
