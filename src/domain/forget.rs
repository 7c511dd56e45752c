//! Removing records together with every reference to them.

use super::{CommentTarget, Document, Id, Referrer};

/// What forgetting a person removed, for the confirmation message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub interviews: usize,
    pub referrals_anonymised: usize,
}

impl Document {
    /// Removes a person and every personal trace of them: their talks (with the notes, debriefs
    /// and comments on those talks), and their name wherever they referred someone. The people
    /// they referred stay, marked as referred by someone no longer tracked.
    pub fn forget_person(&mut self, id: &Id) -> Forgotten {
        let talks: Vec<Id> = self
            .interviews
            .iter()
            .filter(|i| &i.person == id)
            .map(|i| i.id.clone())
            .collect();
        let mut out = Forgotten {
            interviews: talks.len(),
            ..Forgotten::default()
        };
        self.people.retain(|p| &p.id != id);
        self.interviews.retain(|i| &i.person != id);
        self.comments.retain(
            |c| !matches!(&c.target, CommentTarget::Interview { id: i } if talks.contains(i)),
        );
        for person in &mut self.people {
            if let Some(by) = &mut person.referred_by {
                let from_them = by.referrer_id() == Some(id);
                let in_their_talk = by.interview.as_ref().is_some_and(|i| talks.contains(i));
                if from_them || in_their_talk {
                    by.referrer = Referrer::NoLongerTracked;
                    // Permission to use a name means nothing once the name is gone.
                    by.may_use_name = false;
                    by.interview = None;
                    out.referrals_anonymised += 1;
                }
            }
        }
        out
    }

    /// Deletes a career. People and talks stay; they simply no longer name it.
    pub fn delete_career(&mut self, id: &Id) {
        self.careers.retain(|c| &c.id != id);
        for person in &mut self.people {
            person.careers.retain(|c| c != id);
        }
        for interview in &mut self.interviews {
            if interview.career.as_ref() == Some(id) {
                interview.career = None;
            }
        }
        self.comments
            .retain(|c| !matches!(&c.target, CommentTarget::Career { id: c } if c == id));
    }

    /// Deletes one talk; referrals made in it keep their referrer but lose the link to the talk.
    pub fn delete_interview(&mut self, id: &Id) {
        self.interviews.retain(|i| &i.id != id);
        for person in &mut self.people {
            if let Some(by) = person
                .referred_by
                .as_mut()
                .filter(|by| by.interview.as_ref() == Some(id))
            {
                by.interview = None;
            }
        }
        self.comments
            .retain(|c| !matches!(&c.target, CommentTarget::Interview { id: i } if i == id));
    }
}
