//! One module per route.

pub mod careers;
pub mod dashboard;
pub mod data;
pub mod follow_up;
pub mod guide;
pub mod learned;
pub mod not_found;
pub mod outreach;
pub mod people;
pub mod questions;
pub mod sheet;
pub mod talk;
