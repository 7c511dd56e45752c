//! Keeping a copy: the whole planner as JSON, people and talks as spreadsheets (CSV), and the
//! talks and deadlines as a calendar file.

use crate::browser;
use crate::components::alerts::ErrorAlert;
use crate::components::buttons::ActionButton;
use crate::components::notice::Notice;
use crate::components::talk_parts::CalendarButton;
use crate::domain::dates::{DateWords, input_date};
use crate::domain::exchange::{export_filename, export_text};
use crate::domain::ics::Scope;
use crate::domain::spreadsheet::{csv_text, people_rows, talk_rows};
use crate::format::Local;
use crate::state::use_app;
use leptos::prelude::*;

/// Safari may erase a site's data after this many days without a visit.
const EXPORT_REMINDER_DAYS: i64 = 7;

#[component]
pub fn ExportPanel(notice: Notice) -> impl IntoView {
    let state = use_app();
    let last_export = Memo::new(move |_| state.doc.with(|d| d.last_export_at));
    // A download the browser refused, said in an alert until the next one starts.
    let problem = RwSignal::new(None::<String>);
    let export = move || {
        let now = browser::now();
        let today = state.today.get_untracked();
        let text = state.doc.with_untracked(|d| export_text(d, now));
        match browser::download(&export_filename(today, ""), "application/json", &text) {
            Ok(()) => {
                problem.set(None);
                state.edit(|d, _| d.last_export_at = Some(now));
                notice.say("Your export is downloading. Keep it somewhere safe.");
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let last = move || match last_export.get() {
        Some(at) => {
            let days = (state.today.get() - at.date_naive()).num_days();
            let ago = match days {
                0 => "today".to_owned(),
                1 => "yesterday".to_owned(),
                n => format!("{n} days ago"),
            };
            view! {
                <p>{format!("Last export: {} ({ago}).", Local.date(at.date_naive()))}</p>
                {(days > EXPORT_REMINDER_DAYS).then(|| view! {
                    <p><span class="badge badge-due">"Time for a fresh export"</span></p>
                })}
            }
            .into_any()
        }
        None => view! { <p>"Never exported yet."</p> }.into_any(),
    };
    // Spreadsheets are copies to read elsewhere, not backups: the export date stays as it is.
    let spreadsheet = move |what: &'static str| {
        move || {
            let today = state.today.get_untracked();
            let text = state.doc.with_untracked(|d| match what {
                "people" => csv_text(&people_rows(d)),
                _ => csv_text(&talk_rows(d, today)),
            });
            let name = format!("interview-planner-{what}-{}.csv", input_date(today));
            match browser::download(&name, "text/csv", &text) {
                Ok(()) => {
                    problem.set(None);
                    notice.say(format!("{name} is downloading."));
                }
                Err(e) => problem.set(Some(e)),
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            {last}
            <p class="muted">
                "The file is plain JSON. It is also how you move to another device: export here, "
                "import there."
            </p>
            <div class="button-row">
                <ActionButton on_click=export primary=true always=true>
                    "Export everything (.json)"
                </ActionButton>
                <CalendarButton scope=Scope::All label="Export talks and deadlines to my calendar (.ics)"/>
            </div>
            <h3>"Spreadsheets"</h3>
            <p class="muted">
                "For a spreadsheet program: everyone in your planner, or one row per talk with its "
                "dates and next step. Accents read correctly, and no cell runs as a formula."
            </p>
            <div class="button-row">
                <ActionButton on_click=spreadsheet("people") always=true>
                    "Export people (.csv)"
                </ActionButton>
                <ActionButton on_click=spreadsheet("talks") always=true>
                    "Export talks (.csv)"
                </ActionButton>
            </div>
            {move || problem.get().map(|e| view! {
                <ErrorAlert title="The download did not start">
                    <p>{e}</p>
                    <p>"Your planner has not changed."</p>
                </ErrorAlert>
            })}
        </section>
    }
}
