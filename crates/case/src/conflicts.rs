//! Resolving a conflict: two devices wrote one field while offline, both values are kept, and
//! a person keeps one. The value kept must be one of the conflict's values — on a device and at
//! HQ alike — so a resolution can only choose, never write something new under that name.

use waypoint_model::doc::PathSeg;
use waypoint_model::{Conflict, UserId};

use crate::error::UserError;

/// The value of the conflict at `path` that a person chose: `chosen` itself when it is one of
/// the conflict's values (by its JSON), refused when the conflict is gone (resolved on another
/// device meanwhile) or the value is not one of its values.
pub fn chosen_value<'a>(
    conflicts: &[Conflict],
    path: &[PathSeg],
    chosen: &'a serde_json::Value,
) -> Result<&'a serde_json::Value, UserError> {
    let conflict =
        conflicts.iter().find(|c| c.path == path).ok_or_else(|| UserError::new("app-error-entry-missing"))?;
    if conflict.values.iter().any(|v| v.value == *chosen) {
        Ok(chosen)
    } else {
        Err(UserError::new("app-error-entry-missing"))
    }
}

/// What the author of every change HQ writes starts with; HQ refuses it from a device.
pub const HQ_AUTHOR: &str = "hq:";

/// The author HQ writes its changes as (`hq:<name>`), so devices and the conflicts view tell
/// HQ's edits from a device user's.
pub fn hq_author(user: &str) -> UserId {
    UserId::new(format!("{HQ_AUTHOR}{user}"))
}

/// Whether `author` is HQ's (a device's user may not be).
pub fn is_hq_author(author: &str) -> bool {
    author.starts_with(HQ_AUTHOR)
}

#[cfg(test)]
mod tests {
    use waypoint_model::ConflictValue;

    use super::*;

    #[test]
    fn only_one_of_the_conflicting_values_can_be_kept() {
        let path = vec![PathSeg::Key("registration".into()), PathSeg::Key("sex".into())];
        let value = |v: &str| ConflictValue {
            value: serde_json::json!(v),
            written_by: None,
            written_at: None,
            change: None,
        };
        let conflicts =
            vec![Conflict { path: path.clone(), values: vec![value("female"), value("not_stated")] }];
        let female = serde_json::json!("female");
        assert_eq!(chosen_value(&conflicts, &path, &female).expect("one of them"), &female);
        let other = serde_json::json!("male");
        assert_eq!(
            chosen_value(&conflicts, &path, &other).expect_err("not one of them").id,
            "app-error-entry-missing"
        );
        let elsewhere = vec![PathSeg::Key("registration".into())];
        assert!(chosen_value(&conflicts, &elsewhere, &female).is_err(), "no conflict there");
    }
}
