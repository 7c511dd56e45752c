//! Times the native load path of a stored document, phase by phase: reading the JSON, decoding
//! it into the model, validating it. A quick way to see the effect of a change before the
//! browser benchmark (`bash .ci/bench`), which is the one that counts.
//!
//!     cargo run --release --example load_timing -- --interviews 1000 --runs 30

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::{decode, encode, json, sample::generate, validate::validate};
use std::time::Instant;

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
    let text = encode::document(&generate(7, interviews, today, now), false);

    let mut phases = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..runs {
        let start = Instant::now();
        let tree = json::parse(&text).expect("generated text reads");
        let read = Instant::now();
        let doc = decode::document(&tree).expect("generated text decodes");
        let decoded = Instant::now();
        validate(&doc).expect("generated document is valid");
        let validated = Instant::now();
        phases[0].push(read - start);
        phases[1].push(decoded - read);
        phases[2].push(validated - decoded);
    }
    println!(
        "{interviews} talks, {} bytes, median of {runs} runs:",
        text.len()
    );
    for (name, times) in ["read JSON", "decode", "validate"].iter().zip(&mut phases) {
        times.sort();
        println!(
            "  {name:<10} {:>7.2} ms",
            times[times.len() / 2].as_secs_f64() * 1000.0
        );
    }
}
