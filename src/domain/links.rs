//! Checks for text that ends up in a link. Only a few schemes are ever put in an `href`.

/// Whether `url` is an absolute http or https address with a host.
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A loose check of an email address's shape: something@something.something, no spaces.
pub fn is_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

/// The `href` for a profile link, if it is safe to make one.
pub fn profile_href(url: &str) -> Option<String> {
    is_web_url(url).then(|| url.trim().to_owned())
}

/// The `href` that writes to an address, if it is one.
pub fn mailto_href(email: &str) -> Option<String> {
    is_email(email).then(|| super::mailto::mailto(email, "", ""))
}

/// A `tel:` link from free-form phone text, keeping only what dialers understand.
pub fn tel_href(phone: &str) -> Option<String> {
    let dialable: String = phone
        .trim()
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    (dialable.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{dialable}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_need_http_or_https_and_a_host() {
        assert!(is_web_url("https://www.linkedin.com/in/someone"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("mailto:a@b.c"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https://exa mple.org"));
        assert!(!is_web_url("www.example.org"));
    }

    #[test]
    fn email_shape() {
        assert!(is_email("ana.lopez@example.org"));
        assert!(is_email(" ana@example.co.uk "));
        assert!(!is_email("ana"));
        assert!(!is_email("ana@example"));
        assert!(!is_email("a@b@c.d"));
        assert!(!is_email("ana lopez@example.org"));
        assert!(!is_email("@example.org"));
    }

    #[test]
    fn hrefs_only_for_safe_values() {
        assert_eq!(
            mailto_href("ana@example.org").as_deref(),
            Some("mailto:ana@example.org")
        );
        assert_eq!(mailto_href("javascript:x"), None);
        assert_eq!(
            tel_href("+44 (0)20 7946 0000").as_deref(),
            Some("tel:+4402079460000")
        );
        assert_eq!(tel_href("ask Sam"), None);
        assert_eq!(profile_href("javascript:alert(1)"), None);
    }
}
