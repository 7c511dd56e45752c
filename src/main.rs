//! Mounts the app; everything else lives in the library so tests can mount it too.

fn main() {
    leptos::mount::mount_to_body(interview_planner::app::App);
}
