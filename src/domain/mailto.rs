//! `mailto:` links (RFC 6068) that open the user's email program with a message filled in.
//!
//! The percent-encoding crate does the encoding, with RFC 3986's unreserved characters as the
//! only ones left as they are: so a `+`, which some email programs read as a space, is encoded
//! too. Line breaks become CRLF first, as RFC 6068 asks for in a body.

use super::links::is_email;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters is encoded.
const FIELD: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// In the address, the `@` stays.
const ADDRESS: &AsciiSet = &FIELD.remove(b'@');

/// A `mailto:` URI for `to` (left out when it is not an email address), with the subject and
/// body as header fields; empty ones are left out.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let mut uri = String::from("mailto:");
    if is_email(to) {
        uri.extend(utf8_percent_encode(to.trim(), ADDRESS));
    }
    let mut separator = '?';
    for (name, value) in [("subject", subject), ("body", body)] {
        if value.trim().is_empty() {
            continue;
        }
        uri.push(separator);
        uri.push_str(name);
        uri.push('=');
        uri.extend(utf8_percent_encode(&crlf(value), FIELD));
        separator = '&';
    }
    uri
}

/// Line breaks as RFC 6068 wants them in a body: CRLF, whatever the text had.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_subject_and_body() {
        assert_eq!(
            mailto("ana@example.org", "Hello there", "Hi Ana,\n\nThanks."),
            "mailto:ana@example.org?subject=Hello%20there&body=Hi%20Ana%2C%0D%0A%0D%0AThanks."
        );
    }

    #[test]
    fn characters_that_would_end_a_field_are_encoded() {
        let uri = mailto("a@b.org", "Q&A? #1 at 100% + more", "x=y");
        assert_eq!(
            uri,
            "mailto:a@b.org?subject=Q%26A%3F%20%231%20at%20100%25%20%2B%20more&body=x%3Dy"
        );
    }

    #[test]
    fn names_in_any_script_are_utf8_percent_encoded() {
        let uri = mailto("", "José Núñez · 陈", "Łukasz");
        assert_eq!(
            uri,
            "mailto:?subject=Jos%C3%A9%20N%C3%BA%C3%B1ez%20%C2%B7%20%E9%99%88&body=%C5%81ukasz"
        );
    }

    #[test]
    fn every_kind_of_line_break_becomes_crlf() {
        assert_eq!(
            mailto("", "", "a\nb\r\nc\rd"),
            "mailto:?body=a%0D%0Ab%0D%0Ac%0D%0Ad"
        );
    }

    #[test]
    fn a_bad_or_missing_address_is_left_out() {
        assert_eq!(mailto("not an address", "Hi", ""), "mailto:?subject=Hi");
        assert_eq!(mailto("  ", "", ""), "mailto:");
        assert_eq!(
            mailto(" ana+work@example.org ", "", "B"),
            "mailto:ana%2Bwork@example.org?body=B"
        );
    }
}
