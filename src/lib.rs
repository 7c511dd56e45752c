//! The informational-interview planner: a Leptos single-page app that keeps everything in the
//! browser. `domain` is plain Rust and holds every rule; the rest is the web layer.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod format;
pub mod pages;
pub mod state;
pub mod storage;
