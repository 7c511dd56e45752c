//! Everything the app shows is written in US English: no string in `src/` may hold a British
//! spelling. Only string literals are read (comments and names in the code are the developers'
//! business); the data format's field names, a contract with files already exported, may keep
//! theirs.
#![cfg(not(target_arch = "wasm32"))]

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::path::{Path, PathBuf};

/// British spellings and British words, each with the American one a student expects. An entry
/// ending in `*` is the start of words ("organis*" catches organise, organised, organisation);
/// any other is a whole word ("tick", not "ticket"). Stems are cut where no US word shares them:
/// "realis*" would catch "realistic", so the British forms are listed instead.
const BRITISH: &[(&str, &str)] = &[
    ("organis*", "organiz…"),
    ("favourite*", "favorite"),
    ("programme*", "program"),
    ("practis*", "practic…"),
    ("colour*", "color"),
    ("behaviour*", "behavior"),
    ("centre*", "center"),
    ("analyse*", "analyze"),
    ("recognis*", "recogniz…"),
    ("realise*", "realize"),
    ("realising", "realizing"),
    ("realisation*", "realization"),
    ("prioritis*", "prioritiz…"),
    ("summaris*", "summariz…"),
    ("apologis*", "apologiz…"),
    ("emphasise*", "emphasize"),
    ("emphasising", "emphasizing"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("traveller*", "traveler"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("labelled", "labeled"),
    ("labelling", "labeling"),
    ("modelled", "modeled"),
    ("modelling", "modeling"),
    ("judgement*", "judgment"),
    ("neighbour*", "neighbor"),
    ("honour*", "honor"),
    ("labour*", "labor"),
    ("defence*", "defense"),
    ("licence*", "license"),
    ("catalogue*", "catalog"),
    ("enrol", "enroll"),
    ("enrols", "enrolls"),
    ("enrolment*", "enrollment"),
    ("fulfil", "fulfill"),
    ("fulfilment*", "fulfillment"),
    ("learnt", "learned"),
    ("spelt", "spelled"),
    ("whilst", "while"),
    ("amongst", "among"),
    ("grey", "gray"),
    ("jewellery", "jewelry"),
    ("enquir*", "inquir…"),
    ("timetable*", "schedule"),
    ("maths", "math"),
    ("tick", "check"),
    ("ticked", "checked"),
];

/// Whether `word` (lower case) is the British `entry`.
fn is_british(word: &str, entry: &str) -> bool {
    match entry.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == entry,
    }
}

/// String literals that name the data format's fields, not words shown to people.
const FIELD_NAMES: &[&str] = &["organisation", "favourite"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a Rust source with their line numbers, as Rust's own tokenizer
/// (proc-macro2) finds them: comments are not tokens, and `view!` bodies are token trees too.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    fn walk(tokens: TokenStream, out: &mut Vec<(usize, String)>) {
        // Set by `#[cfg(test)]`: the next braced block is a test module, whose strings are
        // fixtures (old placeholders and field names on purpose), not words the app shows.
        let mut test_module_next = false;
        for token in tokens {
            match token {
                TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => {
                    let attribute = group.stream().to_string();
                    if attribute == "cfg (test)" {
                        test_module_next = true;
                    } else if !attribute.starts_with("doc") {
                        // Doc comments arrive as `#[doc = "…"]`: the developers' words.
                        walk(group.stream(), out);
                    }
                }
                TokenTree::Group(group)
                    if group.delimiter() == Delimiter::Brace && test_module_next =>
                {
                    test_module_next = false;
                }
                TokenTree::Group(group) => walk(group.stream(), out),
                TokenTree::Literal(lit) => {
                    let text = lit.to_string();
                    if text.starts_with('"') || text.starts_with('r') {
                        out.push((lit.span().start().line, text));
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(
        source.parse().expect("a source file that compiles"),
        &mut out,
    );
    out
}

#[test]
fn the_literal_reader_finds_strings_and_skips_comments() {
    let source = "/// a \"colour\" in a doc comment\n#[cfg(test)]\nmod tests { const A: &str = \"grey\"; }\n// a \"favourite\" in a comment\nlet a = \"one\"; let c = '\"'; let b = r#\"two \"x\"\"#;\n";
    let found: Vec<String> = string_literals(source)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(found, ["\"one\"", "r#\"two \"x\"\"#"]);
}

#[test]
fn words_match_whole_or_by_their_start() {
    assert!(is_british("organisation", "organis*"));
    assert!(is_british("tick", "tick"));
    assert!(!is_british("ticket", "tick"));
    assert!(!is_british("realistic", "realise*"));
    assert!(!is_british("cancellation", "cancelled"));
}

#[test]
fn no_british_spelling_in_what_the_app_shows() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for (line, text) in string_literals(&source) {
            if FIELD_NAMES.iter().any(|f| text == format!("\"{f}\"")) {
                continue;
            }
            let lower = text.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            for (british, american) in BRITISH {
                if words.iter().any(|w| is_british(w, british)) {
                    found.push(format!(
                        "{}:{line}: \"{british}\" (US: \"{american}\") in {text:?}",
                        file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                            .unwrap()
                            .display()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} British spellings:\n{}",
        found.len(),
        found.join("\n")
    );
}
