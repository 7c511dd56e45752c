//! Realistic planner data generated from a seed: for benchmarks, size estimates and tests.
//! The same seed always gives the same document.

use super::rules::CHECK_IN_DAYS;
use super::{
    AdviceAction, Career, Channel, Comment, CommentTarget, Connection, Debrief, Document, IdSource,
    Interview, OutreachKind, Person, PrepItem, Profile, Reason, ReferredBy, Referrer, SeqIds,
    Status, Template, TemplateKind, Timestamp,
};
use chrono::{Days, Duration, NaiveDate, NaiveTime};

/// Small deterministic generator; quality is irrelevant, repeatability is everything.
struct Rng(SeqIds);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        (self.0.next_random() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Amira", "Ben", "Chiara", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jonas",
    "Kemi", "Lars", "Maya", "Nikhil", "Olga", "Pablo", "Qing", "Rosa", "Samir", "Tess",
];
const LAST: &[&str] = &[
    "Adeyemi",
    "Berg",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Hall",
    "Ito",
    "Jansen",
    "Khan",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Park",
    "Quinn",
    "Rossi",
];
const ROLES: &[&str] = &[
    "Senior analyst",
    "Project manager",
    "UX researcher",
    "Nurse practitioner",
    "Data engineer",
    "Policy adviser",
    "Product designer",
    "Site engineer",
    "Editor",
    "Lab manager",
];
const ORGS: &[&str] = &[
    "City Transit Authority",
    "Northwind Health",
    "Brightline Studio",
    "Greenfield Energy",
    "The Daily Ledger",
    "Atlas Logistics",
    "Riverside Council",
    "Helix Labs",
    "Open Books Ltd",
];
const CAREERS: &[&str] = &[
    "Urban planning",
    "Data journalism",
    "User research",
    "Renewable energy",
    "Public health",
    "Product design",
    "Logistics",
    "Science communication",
    "Policy analysis",
    "Nursing",
];
const WORDS: &[&str] = &[
    "team",
    "project",
    "deadline",
    "clients",
    "budget",
    "meetings",
    "research",
    "report",
    "skills",
    "portfolio",
    "mentor",
    "interview",
    "network",
    "conference",
    "training",
    "data",
    "stakeholders",
    "feedback",
    "career",
    "growth",
    "internship",
    "manager",
    "workload",
    "flexible",
    "remote",
    "certificate",
    "course",
    "volunteer",
    "writing",
    "analysis",
    "design",
    "field",
    "trend",
    "regulation",
    "software",
    "community",
    "association",
    "newsletter",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        let w = *rng.pick(WORDS);
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// Text of about `chars` characters, in sentences.
fn prose(rng: &mut Rng, chars: usize) -> String {
    let mut out = String::new();
    while out.len() < chars {
        if !out.is_empty() {
            out.push(' ');
        }
        let n = 6 + rng.below(10);
        out.push_str(&sentence(rng, n));
    }
    out
}

/// A planner with `interviews` talks, one person each plus referrals, dated around `today`.
pub fn generate(seed: u64, interviews: usize, today: NaiveDate, now: Timestamp) -> Document {
    let mut rng = Rng(SeqIds(seed));
    let mut ids = SeqIds(seed ^ 0xA5A5_A5A5);
    let mut doc = Document::fresh();
    doc.profile = Profile {
        name: "Sam Rivera".into(),
        field: "final-year environmental science student".into(),
        school: "Lakeside University".into(),
    };

    let career_count = (interviews / 20).clamp(3, CAREERS.len());
    for (i, name) in CAREERS.iter().take(career_count).enumerate() {
        let mut career = Career::new(ids.new_id("c"), *name, now);
        for reason in Reason::ALL {
            if rng.chance(50) {
                career.set_reason(reason, true);
            }
        }
        career.notes = prose(&mut rng, 160);
        // One career already set aside, as happens once a user has narrowed things down.
        career.archived = career_count > 2 && i + 1 == career_count;
        doc.careers.push(career);
    }

    let bank: Vec<_> = doc
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.text.clone()))
        .collect();
    for n in 0..interviews {
        let career = doc.careers[rng.below(career_count)].id.clone();
        let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
        let mut person = Person::new(
            ids.new_id("p"),
            name.clone(),
            *rng.pick(&Connection::ALL),
            now,
        );
        person.role = rng.pick(ROLES).to_string();
        person.organisation = rng.pick(ORGS).to_string();
        person.careers = vec![career.clone()];
        let handle = name.to_lowercase().replace(' ', ".");
        person.email = format!("{handle}@example.org");
        person.phone = format!("+44 20 7946 {:04}", n % 10_000);
        person.profile_url = format!("https://profiles.example.org/{}", handle.replace('.', "-"));
        person.notes = prose(&mut rng, 120);
        person.notes_private = rng.chance(20);
        // About a third were suggested by someone already talked to.
        if n > 3 && rng.chance(33) {
            let by = rng.below(n);
            let referrer = &doc.interviews[by];
            person.connection = Connection::Referral;
            person.referred_by = Some(ReferredBy {
                referrer: Referrer::Person {
                    id: referrer.person.clone(),
                },
                may_use_name: rng.chance(80),
                interview: referrer.status.was_held().then(|| referrer.id.clone()),
            });
        }

        let mut interview = Interview::new(ids.new_id("i"), person.id.clone(), Some(career), now);
        interview.channel = Some(*rng.pick(&Channel::ALL));
        interview.goal = sentence(&mut rng, 9);
        // Older talks are further along.
        let stage = rng.below(100);
        let started = today - Days::new(5 + rng.below(120) as u64);
        interview.log_outreach(started, OutreachKind::Sent, sentence(&mut rng, 8));
        if stage < 10 {
            interview.outreach.clear();
            interview.status = Status::Planned;
        } else if stage < 20 {
            // Still waiting.
        } else if stage < 25 {
            interview.log_outreach(
                started + Days::new(4),
                OutreachKind::Declined,
                String::new(),
            );
        } else {
            interview.log_outreach(
                started + Days::new(2),
                OutreachKind::Replied,
                sentence(&mut rng, 6),
            );
            let day = started + Days::new(6 + rng.below(10) as u64);
            let time =
                NaiveTime::from_hms_opt(9 + rng.below(8) as u32, 30 * rng.below(2) as u32, 0)
                    .unwrap_or_default();
            interview.schedule(
                day.and_time(time),
                rng.pick(&["Video call", "Their office", "Café near the station"])
                    .to_string(),
                [15, 20, 30][rng.below(3)],
                started + Days::new(2),
            );
            for item in PrepItem::ALL {
                interview.set_prep(item, rng.chance(70));
            }
            let picked = 5 + rng.below(4);
            for k in 0..picked {
                let (id, text) = &bank[(k * 3 + n) % bank.len()];
                interview.choose_question(id, text);
            }
            if day < today {
                interview.mark_held(day);
                for q in &mut interview.questions {
                    let length = 180 + rng.below(200);
                    q.notes = prose(&mut rng, length);
                }
                interview.notes = prose(&mut rng, 500);
                interview.debrief = Debrief {
                    learned: prose(&mut rng, 150),
                    fit: prose(&mut rng, 120),
                    still_to_learn: prose(&mut rng, 100),
                    talk_to_next: prose(&mut rng, 60),
                };
                if rng.chance(80) {
                    interview.mark_thanked(day + Days::new(rng.below(9) as u64));
                    let done = (today - day).num_days();
                    for after in CHECK_IN_DAYS {
                        if i64::from(after) < done && rng.chance(60) {
                            let on = day + Days::new(u64::from(after) + rng.below(5) as u64);
                            interview.set_check_in(after, Some(on));
                        }
                    }
                    if rng.chance(25) {
                        interview.actions.push(AdviceAction {
                            id: ids.new_id("a"),
                            date: day + Days::new(10),
                            what: sentence(&mut rng, 7),
                            told_on: rng.chance(50).then_some(day + Days::new(12)),
                        });
                    }
                }
            }
        }
        let touched = now - Duration::days(rng.below(30) as i64);
        interview.updated_at = touched;
        person.updated_at = touched;
        doc.people.push(person);
        doc.interviews.push(interview);
    }

    doc.templates.push(Template {
        id: ids.new_id("t"),
        kind: TemplateKind::FirstEmail,
        name: "Short alumni email".into(),
        subject: "Fellow {school} graduate: 20 minutes of advice?".into(),
        body: "Dear {name},\n\nI found your profile through the alumni network. {ask}\n\nBest,\n{my_name}".into(),
        created_at: now,
        updated_at: now,
    });
    if let Some(first) = doc.interviews.first() {
        doc.comments.push(Comment {
            id: ids.new_id("m"),
            target: CommentTarget::Interview {
                id: first.id.clone(),
            },
            author: "Dr. Lee (careers office)".into(),
            text: sentence(&mut rng, 14),
            created_at: now,
            updated_at: now,
        });
    }
    if let Some(career) = doc.careers.first() {
        doc.comments.push(Comment {
            id: ids.new_id("m"),
            target: CommentTarget::Career {
                id: career.id.clone(),
            },
            author: "Dr. Lee (careers office)".into(),
            text: sentence(&mut rng, 10),
            created_at: now,
            updated_at: now,
        });
    }
    doc.last_export_at = Some(now - Duration::days(3));
    doc
}
