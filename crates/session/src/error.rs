//! Errors as the screens need them: a Fluent message id, its arguments and the field it
//! belongs to. The UI formats the message in the user's language; nothing here is English.

use std::collections::BTreeMap;

use serde::Serialize;
use waypoint_store::StoreError;

/// An error shown to the user, next to `field` when there is one.
///
/// Arguments never carry personal data: only numbers, codes and field names, because errors
/// may be reported or logged.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{id}")]
pub struct UserError {
    /// Fluent message id (`app-error-birth-date-future`).
    pub id: String,
    /// Message arguments.
    pub args: BTreeMap<String, String>,
    /// The input the message belongs to (`birth`, `answer`), if any.
    pub field: Option<String>,
}

impl UserError {
    /// An error with no arguments, not tied to a field.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), args: BTreeMap::new(), field: None }
    }

    /// The same error, shown next to `field`.
    pub fn at(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self
    }

    /// The same error with one more argument.
    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// The session is locked (explicitly, or after inactivity): the UI shows the unlock screen.
    pub fn locked() -> Self {
        Self::new("app-error-locked")
    }
}

impl From<StoreError> for UserError {
    fn from(e: StoreError) -> Self {
        // Store errors already name their message; their arguments are ids, paths and numbers.
        let mut out = UserError::new(e.message_id());
        for (k, v) in e.message_args() {
            out.args.insert(k.to_owned(), v);
        }
        if matches!(e, StoreError::WrongPassphrase | StoreError::UnknownUser { .. }) {
            // One message for both, so the screen does not reveal which user names exist.
            out = UserError::new("app-error-unlock-failed").at("passphrase");
        }
        if matches!(e, StoreError::PassphraseTooShort { .. }) {
            out.field = Some("passphrase".into());
        }
        if let StoreError::Internal | StoreError::Sqlite(_) | StoreError::Io { .. } = &e {
            tracing::error!(error = %e, "store error");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlock_failures_do_not_reveal_which_users_exist() {
        let wrong = UserError::from(StoreError::WrongPassphrase);
        let unknown = UserError::from(StoreError::UnknownUser { user: "someone".into() });
        assert_eq!(wrong, unknown);
        assert_eq!(wrong.id, "app-error-unlock-failed");
        assert!(!unknown.args.values().any(|v| v.contains("someone")));
    }

    #[test]
    fn store_errors_keep_their_message_and_arguments() {
        let e = UserError::from(StoreError::PassphraseTooShort { min: 12 });
        assert_eq!(e.id, "error-passphrase-too-short");
        assert_eq!(e.args.get("min").map(String::as_str), Some("12"));
        assert_eq!(e.field.as_deref(), Some("passphrase"));
    }
}
