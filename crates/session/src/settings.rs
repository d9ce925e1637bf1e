//! Device settings that hold no personal data: UI language, auto-lock delay, HQ address.
//!
//! They live in a small JSON file beside the store, readable before unlock, so the unlock
//! screen is already in the user's language. A damaged file falls back to defaults: a setting
//! must never keep anyone from reaching their cases.

use std::path::Path;

use serde::{Deserialize, Serialize};

use waypoint_case::UserError;

/// Shortest auto-lock delay: a shorter one locks people out mid-question.
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;
/// Longest auto-lock delay: an unattended unlocked tablet is the risk auto-lock exists for.
pub const MAX_AUTO_LOCK_MINUTES: u32 = 60;

/// The device's settings.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI language (BCP 47), chosen on the device; `None` follows the system.
    pub ui_language: Option<String>,
    /// Minutes without activity before the app locks itself.
    pub auto_lock_minutes: u32,
    /// Headquarters' address for sync, when set.
    pub hq_url: Option<String>,
    /// A one-time enrollment code from HQ (`waypoint-hq device add`), placed here by whoever
    /// installs the device; used at the first unlock and then cleared. Useless once used.
    pub enrollment_code: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { ui_language: None, auto_lock_minutes: 5, hq_url: None, enrollment_code: None }
    }
}

impl Settings {
    /// Reads the settings at `path`; missing or damaged files give the defaults.
    pub fn load(path: &Path) -> Settings {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|_| {
                tracing::warn!("settings file unreadable, using defaults");
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    /// Checks the values a person typed.
    pub fn check(&self) -> Result<(), UserError> {
        if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&self.auto_lock_minutes) {
            return Err(UserError::new("app-error-auto-lock-range")
                .arg("min", MIN_AUTO_LOCK_MINUTES)
                .arg("max", MAX_AUTO_LOCK_MINUTES)
                .at("auto_lock_minutes"));
        }
        if let Some(url) = &self.hq_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(UserError::new("app-error-hq-url").at("hq_url"));
        }
        Ok(())
    }

    /// Writes the settings atomically (temporary file, then rename).
    pub fn save(&self, path: &Path) -> Result<(), UserError> {
        let json = serde_json::to_vec_pretty(self).map_err(|_| UserError::new("error-internal"))?;
        let tmp = path.with_extension("json.tmp");
        let io = |e: std::io::Error| UserError::new("error-io").arg("detail", e.kind());
        std::fs::write(&tmp, json).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_or_missing_settings_give_defaults() {
        let dir = tempfile::tempdir().expect("test step");
        let path = dir.path().join("settings.json");
        assert_eq!(Settings::load(&path), Settings::default());
        std::fs::write(&path, b"{not json").expect("test step");
        assert_eq!(Settings::load(&path), Settings::default());
        let s = Settings { ui_language: Some("ar".into()), auto_lock_minutes: 10, ..Settings::default() };
        s.save(&path).expect("test step");
        assert_eq!(Settings::load(&path), s);
    }

    #[test]
    fn auto_lock_and_hq_address_are_checked() {
        let mut s = Settings { auto_lock_minutes: 0, ..Settings::default() };
        assert_eq!(s.check().expect_err("refused").id, "app-error-auto-lock-range");
        s.auto_lock_minutes = 61;
        assert!(s.check().is_err());
        s.auto_lock_minutes = 15;
        s.hq_url = Some("ftp://x".into());
        assert_eq!(s.check().expect_err("refused").field.as_deref(), Some("hq_url"));
        s.hq_url = Some("http://127.0.0.1:7878".into());
        assert!(s.check().is_ok());
    }
}
