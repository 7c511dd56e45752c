//! The templates that ship with the app: one for every point of contact of the method, each in
//! a formal and a friendly tone, and which of them suits a talk.
//!
//! Every text greets by first name, and each passes the app's own email check once its gaps are
//! filled (see the tests in `tests/templates.rs`).

use super::rules::{OutreachNudge, next_check_in, outreach_nudge, untold_actions};
use super::templates::referrer_name;
use super::{Connection, Document, Interview, Status, TemplateKind, Tone};
use chrono::{Days, NaiveDate};

/// How the user comes to know the person, which decides how a first request opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// Someone suggested them and allowed their name to be mentioned.
    Referral,
    /// They share a school or a group with the user (alumni, teachers, classmates).
    Shared,
    /// The user found them on their own.
    Cold,
}

pub struct Text {
    pub subject: &'static str,
    pub body: &'static str,
}

pub struct BuiltIn {
    pub key: &'static str,
    pub kind: TemplateKind,
    pub name: &'static str,
    /// For first requests: the way of knowing the person it is written for.
    pub way: Option<Way>,
    /// For check-ins: about how many days after the talk.
    pub after_days: Option<u16>,
    pub formal: Text,
    pub friendly: Text,
}

impl BuiltIn {
    pub fn text(&self, tone: Tone) -> &Text {
        match tone {
            Tone::Formal => &self.formal,
            Tone::Friendly => &self.friendly,
        }
    }
}

const fn first(
    key: &'static str,
    kind: TemplateKind,
    name: &'static str,
    way: Way,
    formal: Text,
    friendly: Text,
) -> BuiltIn {
    BuiltIn {
        key,
        kind,
        name,
        way: Some(way),
        after_days: None,
        formal,
        friendly,
    }
}

const fn one(
    key: &'static str,
    kind: TemplateKind,
    name: &'static str,
    formal: Text,
    friendly: Text,
) -> BuiltIn {
    BuiltIn {
        key,
        kind,
        name,
        way: None,
        after_days: None,
        formal,
        friendly,
    }
}

const fn check_in(
    key: &'static str,
    days: u16,
    name: &'static str,
    formal: Text,
    friendly: Text,
) -> BuiltIn {
    BuiltIn {
        key,
        kind: TemplateKind::CheckIn,
        name,
        way: None,
        after_days: Some(days),
        formal,
        friendly,
    }
}

const fn say(body: &'static str) -> Text {
    Text { subject: "", body }
}

const fn mail(subject: &'static str, body: &'static str) -> Text {
    Text { subject, body }
}

const SUGGESTED: &str = "Someone suggested them";
const SHARED: &str = "We share a school or group";
const COLD: &str = "I found them myself";

pub const BUILT_IN: &[BuiltIn] = &[
    first(
        "email-referral",
        TemplateKind::FirstEmail,
        SUGGESTED,
        Way::Referral,
        mail(
            "{referrer} suggested I contact you",
            "Dear {first_name},\n\n{referrer} suggested I contact you. I am {my_name}, a {my_field}, and I am learning about {career}. Your work as {role} at {organization} is close to what I hope to understand.\n\nI am not looking for a job, only for advice. Would you have 20 minutes for a call in the next few weeks?\n\nKind regards,\n{my_name}",
        ),
        mail(
            "{referrer} thought we should talk",
            "Hi {first_name},\n\n{referrer} suggested I get in touch. I'm {my_name}, a {my_field} exploring {career}, and your work as {role} at {organization} is exactly what I'd love to hear about.\n\nCould I ask you a few questions over a 20-minute call or coffee in the next few weeks?\n\nThanks so much,\n{my_name}",
        ),
    ),
    first(
        "email-shared",
        TemplateKind::FirstEmail,
        SHARED,
        Way::Shared,
        mail(
            "Through the {my_school} network: a question about {career}",
            "Dear {first_name},\n\nI found you through the {my_school} network. I am {my_name}, a {my_field}, and I am exploring {career}; your work as {role} at {organization} stood out to me.\n\nI am not asking about jobs; I would value your advice. Could you spare 20 minutes for a call in the coming weeks?\n\nKind regards,\n{my_name}",
        ),
        mail(
            "Hello from the {my_school} network",
            "Hi {first_name},\n\nI found you through the {my_school} network. I'm {my_name}, a {my_field}, and I'm exploring {career}. Your work as {role} at {organization} caught my eye.\n\nWould you be up for a 20-minute chat in the next few weeks? I'm looking for advice, not a job.\n\nThanks so much,\n{my_name}",
        ),
    ),
    first(
        "email-cold",
        TemplateKind::FirstEmail,
        COLD,
        Way::Cold,
        mail(
            "A question about your work in {career}",
            "Dear {first_name},\n\nI came across your profile while learning about {career}. I am {my_name}, a {my_field}, and your work as {role} at {organization} is close to what I hope to do.\n\nI am not asking about jobs, only for advice. Would you have 20 minutes for a short call in the next few weeks?\n\nKind regards,\n{my_name}",
        ),
        mail(
            "Curious about your path into {career}",
            "Hi {first_name},\n\nI found your profile while reading up on {career}. I'm {my_name}, a {my_field}, and I'd love to hear how you found your way to {organization}.\n\nCould we have a 20-minute chat in the next few weeks? I'm after advice, not a job.\n\nThanks so much,\n{my_name}",
        ),
    ),
    first(
        "linkedin-referral",
        TemplateKind::LinkedInNote,
        SUGGESTED,
        Way::Referral,
        say(
            "Dear {first_name}, {referrer} suggested I contact you. I am {my_name}, a {my_field} exploring {career}. Could you spare 20 minutes in the coming weeks to share some advice about your work at {organization}?",
        ),
        say(
            "Hi {first_name}, {referrer} suggested I reach out. I'm {my_name}, a {my_field} exploring {career}. Would you be up for a 20-minute chat about your work at {organization} in the next few weeks?",
        ),
    ),
    first(
        "linkedin-shared",
        TemplateKind::LinkedInNote,
        SHARED,
        Way::Shared,
        say(
            "Dear {first_name}, I found you through the {my_school} network. I am {my_name}, a {my_field} exploring {career}, and I would value your advice. Could you spare 20 minutes for a call in the coming weeks?",
        ),
        say(
            "Hi {first_name}, I found you through the {my_school} network! I'm {my_name}, a {my_field} exploring {career}, and I'd love your advice. Could we have a 20-minute chat in the next few weeks?",
        ),
    ),
    first(
        "linkedin-cold",
        TemplateKind::LinkedInNote,
        COLD,
        Way::Cold,
        say(
            "Dear {first_name}, I found your profile while learning about {career}. I am {my_name}, a {my_field}, and I would value your advice on your path to {organization}. Could you spare 20 minutes in the coming weeks?",
        ),
        say(
            "Hi {first_name}, I came across your profile while exploring {career}. I'm {my_name}, a {my_field}, and I'd love to hear how you got to {organization}. Could we have a 20-minute chat in the next few weeks?",
        ),
    ),
    first(
        "phone-referral",
        TemplateKind::PhoneScript,
        SUGGESTED,
        Way::Referral,
        say(
            "Hello {first_name}, this is {my_name}. {referrer} suggested I call you. I am a {my_field} exploring {career}, and I am hoping to learn from your experience at {organization}. I am not asking about jobs, only for advice. Would you have 15 to 20 minutes, now or on another day?",
        ),
        say(
            "Hi {first_name}, it's {my_name}. {referrer} said you might be up for a quick chat. I'm a {my_field} exploring {career}, and I'd love to hear about your work at {organization}. I'm after advice, not a job. Could we talk for 15 or 20 minutes, now or another day?",
        ),
    ),
    first(
        "phone-shared",
        TemplateKind::PhoneScript,
        SHARED,
        Way::Shared,
        say(
            "Hello {first_name}, this is {my_name}. I found you through the {my_school} network. I am a {my_field} exploring {career}, and I would value your advice on your work at {organization}. I am not asking about jobs. Would you have 15 to 20 minutes, now or on another day?",
        ),
        say(
            "Hi {first_name}, it's {my_name}, a {my_field}. I found you through the {my_school} network. I'm exploring {career} and would love to hear about your work at {organization}. I'm after advice, not a job. Do you have 15 or 20 minutes now, or is another day better?",
        ),
    ),
    first(
        "phone-cold",
        TemplateKind::PhoneScript,
        COLD,
        Way::Cold,
        say(
            "Hello {first_name}, this is {my_name}. I found your profile while learning about {career}. I am a {my_field}, and I am hoping for advice from someone in your role at {organization}. I am not asking about jobs. Would you have 15 to 20 minutes, now or on another day?",
        ),
        say(
            "Hi {first_name}, it's {my_name}. I came across your profile while exploring {career}. I'm a {my_field}, and I'd love to hear about your work at {organization}. I'm after advice, not a job. Do you have 15 or 20 minutes now, or is another day better?",
        ),
    ),
    one(
        "intro",
        TemplateKind::IntroRequest,
        "Asking for an introduction",
        mail(
            "Could you introduce me to {name}?",
            "Dear {introducer_first_name},\n\nI am exploring {career} and would value advice from {name}, who works as {role} at {organization}. Would you be comfortable introducing us by email? A line or two is plenty, and I can send you a short note about me to forward.\n\nWith thanks,\n{my_name}",
        ),
        mail(
            "A small favor: an introduction to {name}?",
            "Hi {introducer_first_name},\n\nI'm exploring {career} and would love to hear from {name} about their work as {role} at {organization}. Would you be happy to introduce us by email? A line or two is plenty, and I can send a short note about me.\n\nThanks so much,\n{my_name}",
        ),
    ),
    one(
        "follow-up",
        TemplateKind::FollowUp,
        "The one follow-up, after seven working days",
        mail(
            "Following up: advice on {career}",
            "Dear {first_name},\n\nI wrote to you on {asked_on} to ask for 20 minutes of advice about {career}. I know your time is valuable, so I am following up only this once.\n\nIf a short call would suit you in the coming weeks, could you suggest a time? If not, I understand completely.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "A quick follow-up about {career}",
            "Hi {first_name},\n\nJust following up on my note from {asked_on} about {career}. I know inboxes get busy, so this is my only nudge.\n\nWould a 20-minute chat in the next few weeks work for you? No worries at all if not.\n\nThanks so much,\n{my_name}",
        ),
    ),
    one(
        "confirm",
        TemplateKind::Confirm,
        "Confirming the day before",
        mail(
            "Confirming our talk tomorrow",
            "Dear {first_name},\n\nI am writing to confirm our talk tomorrow, {talk_time} ({place}). I have prepared a few questions and will keep to the time we agreed.\n\nDoes this still suit you? If anything has changed, I am happy to find another time.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "Looking forward to tomorrow",
            "Hi {first_name},\n\nJust confirming our chat tomorrow, {talk_time} ({place}). I've got a few questions ready and will keep it to the time we agreed.\n\nDoes that still work for you? Happy to move it if something came up.\n\nThanks,\n{my_name}",
        ),
    ),
    one(
        "thanks",
        TemplateKind::ThankYou,
        "Thank-you note",
        mail(
            "Thank you for your time",
            "Dear {first_name},\n\nThank you for taking the time to talk with me about {career}. {highlight}\n\nYour advice gave me a much clearer picture, and I will let you know how I act on it.\n\nWith thanks,\n{my_name}",
        ),
        mail(
            "Thanks for our chat",
            "Hi {first_name},\n\nThanks so much for talking with me about {career}. {highlight}\n\nYou gave me a lot to think about, and I'll let you know where it takes me.\n\nAll the best,\n{my_name}",
        ),
    ),
    check_in(
        "check-in-30",
        30,
        "About a month after",
        mail(
            "An update, a month after our talk",
            "Dear {first_name},\n\nIt has been about a month since we talked about {career}, and I wanted to share where things stand: [what you have done since the talk].\n\nThank you again for your help. I hope all is well at {organization}.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "A quick update since we talked",
            "Hi {first_name},\n\nIt's been about a month since our chat about {career}, so here's a quick update: [what you have done since the talk].\n\nThanks again for your help. Hope all is well at {organization}!\n\nBest,\n{my_name}",
        ),
    ),
    check_in(
        "check-in-60",
        60,
        "About two months after",
        mail(
            "Two months on: an update",
            "Dear {first_name},\n\nTwo months ago you kindly talked with me about {career}. Since then, [what has moved forward].\n\nI remain grateful for your advice. If there is anything I can help with in return, please let me know.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "Checking in, two months on",
            "Hi {first_name},\n\nTwo months on from our chat about {career}, I wanted to check in. Since then, [what has moved forward].\n\nYour advice is still helping. Is there anything I can do for you in return?\n\nBest,\n{my_name}",
        ),
    ),
    check_in(
        "check-in-90",
        90,
        "About three months after",
        mail(
            "Three months on, and thank you again",
            "Dear {first_name},\n\nIt has been about three months since our talk about {career}. [Where you are now, and what comes next.]\n\nYour advice played a real part in that. Thank you again; I hope we can stay in touch.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "Three months on",
            "Hi {first_name},\n\nIt's been about three months since we talked about {career}, so a quick update: [where you are now, and what comes next].\n\nYour advice really helped along the way. Thanks again, and let's keep in touch!\n\nBest,\n{my_name}",
        ),
    ),
    one(
        "advice",
        TemplateKind::Advice,
        "I acted on your advice",
        mail(
            "I acted on your advice",
            "Dear {first_name},\n\nWhen we talked about {career}, you gave me advice I have now acted on. Here is what I did: {advice}. [What came of it so far.]\n\nI wanted you to know that your time made a difference. Thank you again.\n\nKind regards,\n{my_name}",
        ),
        mail(
            "I took your advice!",
            "Hi {first_name},\n\nRemember the advice you gave me about {career}? I took it. Here is what I did: {advice}. [How it went.]\n\nThanks again for pointing me in the right direction!\n\nBest,\n{my_name}",
        ),
    ),
];

/// A built-in template by its key.
pub fn built_in(key: &str) -> Option<&'static BuiltIn> {
    BUILT_IN.iter().find(|t| t.key == key)
}

/// How the user knows the person of a talk.
pub fn way_of(doc: &Document, talk: &Interview) -> Way {
    let Some(person) = doc.person(&talk.person) else {
        return Way::Cold;
    };
    let named = person.referred_by.as_ref().is_some_and(|r| r.may_use_name)
        && referrer_name(doc, person).is_some();
    if named {
        return Way::Referral;
    }
    match person.connection {
        Connection::Alumni | Connection::Academic => Way::Shared,
        _ => Way::Cold,
    }
}

/// The message a talk most likely needs next, among the kinds a page offers (the first when
/// none stands out): confirming the day before, the one follow-up once it is due, a check-in
/// once it is due, telling them about advice acted on.
pub fn suggested_kind(
    talk: &Interview,
    offered: &[TemplateKind],
    today: NaiveDate,
) -> TemplateKind {
    let tomorrow = today + Days::new(1);
    let wanted = if talk.status == Status::Scheduled
        && talk.scheduled_at.is_some_and(|at| at.date() == tomorrow)
    {
        Some(TemplateKind::Confirm)
    } else if matches!(
        outreach_nudge(talk, today),
        Some(OutreachNudge::FollowUpOnce { .. })
    ) {
        Some(TemplateKind::FollowUp)
    } else if next_check_in(talk, today).is_some_and(|c| c.due) {
        Some(TemplateKind::CheckIn)
    } else if untold_actions(talk).next().is_some() {
        Some(TemplateKind::Advice)
    } else {
        None
    };
    wanted
        .filter(|k| offered.contains(k))
        .or(offered.first().copied())
        .unwrap_or(TemplateKind::FirstEmail)
}

/// The built-in template that suits a talk for a kind of message: a first request written
/// for the way the user knows the person, the check-in that comes next.
pub fn suggested_template(
    doc: &Document,
    talk: &Interview,
    kind: TemplateKind,
    today: NaiveDate,
) -> &'static BuiltIn {
    let way = way_of(doc, talk);
    let days = next_check_in(talk, today).map(|c| c.after_days);
    let of_kind = || BUILT_IN.iter().filter(move |t| t.kind == kind);
    of_kind()
        .find(|t| t.way == Some(way) || (days.is_some() && t.after_days == days))
        .or_else(|| of_kind().next())
        .unwrap_or(&BUILT_IN[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_every_kind_has_a_template() {
        for (i, t) in BUILT_IN.iter().enumerate() {
            assert!(BUILT_IN[..i].iter().all(|o| o.key != t.key), "{}", t.key);
        }
        for kind in TemplateKind::ALL {
            assert!(BUILT_IN.iter().any(|t| t.kind == kind), "{kind:?}");
        }
    }

    #[test]
    fn first_requests_come_for_each_way_and_check_ins_for_each_month() {
        for kind in [
            TemplateKind::FirstEmail,
            TemplateKind::LinkedInNote,
            TemplateKind::PhoneScript,
        ] {
            for way in [Way::Referral, Way::Shared, Way::Cold] {
                assert!(
                    BUILT_IN
                        .iter()
                        .any(|t| t.kind == kind && t.way == Some(way)),
                    "{kind:?} {way:?}"
                );
            }
        }
        for days in super::super::rules::CHECK_IN_DAYS {
            assert!(BUILT_IN.iter().any(|t| t.after_days == Some(days)));
        }
    }

    #[test]
    fn spoken_and_linkedin_messages_have_no_subject_and_emails_have_one() {
        for t in BUILT_IN {
            for tone in Tone::ALL {
                let has_subject = !t.text(tone).subject.is_empty();
                let email = t.kind.format() == super::super::Format::Email;
                assert_eq!(has_subject, email, "{} {tone:?}", t.key);
            }
        }
    }

    #[test]
    fn every_text_greets_by_first_name_in_its_tone() {
        for t in BUILT_IN {
            let greeting = if t.kind == TemplateKind::IntroRequest {
                "{introducer_first_name}"
            } else {
                "{first_name}"
            };
            let formal = t.formal.body;
            let friendly = t.friendly.body;
            assert!(
                formal.starts_with(&format!("Dear {greeting}"))
                    || formal.starts_with(&format!("Hello {greeting}")),
                "{}: {formal}",
                t.key
            );
            assert!(
                friendly.starts_with(&format!("Hi {greeting}")),
                "{}: {friendly}",
                t.key
            );
        }
    }

    #[test]
    fn the_alumni_subject_names_the_school() {
        for tone in Tone::ALL {
            assert!(
                built_in("email-shared")
                    .unwrap()
                    .text(tone)
                    .subject
                    .contains("{my_school}")
            );
        }
    }
}
