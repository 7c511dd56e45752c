//! The method's timing rules as plain functions of the data and `today`.

mod business_days;
mod follow_up;
mod next;
mod outreach;

pub use business_days::{add_business_days, business_days_between, is_business_day};
pub use follow_up::{
    CHECK_IN_DAYS, CheckIn, THANK_YOU_DEADLINE_DAYS, ThankYou, check_in_span, next_check_in,
    thank_you_due_by, thank_you_state, untold_actions,
};
pub use next::{Action, ActionKind, Timing, Urgency, actions, interview_actions, next_action};
pub use outreach::{
    FOLLOW_UP_AFTER, GIVE_UP_AFTER, OutreachNudge, SECOND_PERSON_AFTER, outreach_nudge,
};
