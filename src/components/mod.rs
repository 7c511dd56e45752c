//! Pieces shared by several pages.

pub mod alerts;
pub mod buttons;
pub mod comments;
pub mod confirm;
pub mod draft;
pub mod empty_state;
pub mod fields;
pub mod file_drop;
pub mod focus;
pub mod message;
pub mod notice;
pub mod person_form;
pub mod save_indicator;
pub mod show_more;
pub mod talk_parts;
