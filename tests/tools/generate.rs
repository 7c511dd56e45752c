//! Writes a realistic planner file, for benchmarks, screenshots and fixtures.
//!
//!     cargo run --release --example generate -- --interviews 1000 --seed 7 > planner.json
//!
//! Options: `--interviews N` (default 100), `--seed S` (default 1), `--today YYYY-MM-DD`
//! (default 2026-11-27), `--pretty` for an indented file like the app's export.

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::sample::generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let interviews: usize =
        value("--interviews").map_or(100, |v| v.parse().expect("--interviews N"));
    let seed: u64 = value("--seed").map_or(1, |v| v.parse().expect("--seed S"));
    let today: NaiveDate = value("--today").map_or("2026-11-27".parse().unwrap(), |v| {
        v.parse().expect("--today YYYY-MM-DD")
    });
    let now = DateTime::parse_from_rfc3339(&format!("{today}T09:00:00+01:00")).unwrap();
    let doc = generate(seed, interviews, today, now);
    let text = if args.iter().any(|a| a == "--pretty") {
        serde_json::to_string_pretty(&doc).expect("a document serialises")
    } else {
        interview_planner::domain::stored::stored_text(&doc)
    };
    println!("{text}");
}
