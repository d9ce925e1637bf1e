//! The Waypoint desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    match waypoint_app::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("waypoint: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
