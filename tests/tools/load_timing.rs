//! Times the native load path of a stored document, phase by phase: the header check and the
//! typed reading with serde together (`parse_document`), the typed reading alone, the checks
//! between records, writing it, and the per-record fingerprints a tab keeps of each version. A quick way to see the effect of a change before the browser
//! benchmark (`bash .ci/bench`), which is the one that counts.
//!
//!     cargo run --release --example load_timing -- --interviews 1000 --runs 30

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::import::parse_document;
use interview_planner::domain::stored::stored_text;
use interview_planner::domain::sync::Snapshot;
use interview_planner::domain::{Document, sample::generate, validate::validate};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().expect("a whole number"))
    };
    let interviews = value("--interviews", 1000);
    let runs = value("--runs", 30).max(1);
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").unwrap();
    let doc = generate(7, interviews, today, now);
    let text = stored_text(&doc);

    let mut phases: [Vec<Duration>; 5] = Default::default();
    for _ in 0..runs {
        let start = Instant::now();
        parse_document(&text).expect("generated text reads");
        let whole = Instant::now();
        let typed: Document = serde_json::from_str(&text).expect("generated text decodes");
        let read = Instant::now();
        validate(&typed).expect("generated document is valid");
        let validated = Instant::now();
        stored_text(&typed);
        let written = Instant::now();
        Snapshot::of(&typed);
        let fingerprinted = Instant::now();
        phases[4].push(fingerprinted - written);
        phases[0].push(whole - start);
        phases[1].push(read - whole);
        phases[2].push(validated - read);
        phases[3].push(written - validated);
    }
    println!(
        "{interviews} talks, {} bytes, median of {runs} runs:",
        text.len()
    );
    let names = [
        "load (all)",
        "serde read",
        "validate",
        "serde write",
        "fingerprints",
    ];
    for (name, times) in names.iter().zip(&mut phases) {
        times.sort();
        println!(
            "  {name:<12} {:>7.2} ms",
            times[times.len() / 2].as_secs_f64() * 1000.0
        );
    }
}
