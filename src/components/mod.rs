//! Pieces shared by several pages.

pub mod alerts;
pub mod empty_state;
pub mod save_indicator;
