//! Errors as the screens need them: a Fluent message id, its arguments and the field it
//! belongs to. The UI formats the message in the user's language; nothing here is English.
//! The engine refuses edits with them; the store turns its own errors into them.

use std::collections::BTreeMap;

use serde::Serialize;

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
