//! Waiting for something to be ready by asking it, with a deadline, never by a fixed pause:
//! on a loaded CI machine any fixed pause is too short some day.

use std::time::{Duration, Instant};

use crate::HarnessError;

/// What one probe found.
#[derive(Debug)]
pub enum Probe<T> {
    /// Ready, with what the probe learnt (an address, a port, a client).
    Ready(T),
    /// Not yet; the text says what the probe saw, for the message when the deadline passes.
    NotYet(String),
}

/// Asks `probe` every 50 ms until it answers [`Probe::Ready`] or fails, at most `limit`.
/// When the deadline passes, the error says what was waited for, how long, and what the last
/// probe saw.
pub fn wait_until<T>(
    what: &str,
    limit: Duration,
    mut probe: impl FnMut() -> Result<Probe<T>, HarnessError>,
) -> Result<T, HarnessError> {
    let started = Instant::now();
    loop {
        let last = match probe()? {
            Probe::Ready(value) => return Ok(value),
            Probe::NotYet(seen) => seen,
        };
        if started.elapsed() >= limit {
            return Err(HarnessError::NotReady { what: what.to_owned(), waited: limit, last });
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// GET `url` on loopback: the body of a 200 answer, or what came instead (for a probe's
/// [`Probe::NotYet`]). Over HTTPS any certificate goes: a readiness probe, not a trust decision.
pub fn get(url: &str) -> Result<String, String> {
    let config = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(5)))
        .http_status_as_error(false)
        .build();
    let (agent, _) =
        waypoint_tls::agent(waypoint_tls::Trust::FirstContact, config).map_err(|e| e.to_string())?;
    let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
    let status = response.status();
    let body = response.body_mut().read_to_string().map_err(|e| e.to_string())?;
    if status == 200 { Ok(body) } else { Err(format!("HTTP {status}: {body}")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deadline_error_says_what_was_awaited_and_what_was_last_seen() {
        let mut asked = 0;
        let err = wait_until::<()>("the moon", Duration::from_millis(120), || {
            asked += 1;
            Ok(Probe::NotYet(format!("asked {asked} times")))
        })
        .expect_err("never ready");
        let text = err.to_string();
        assert!(text.contains("the moon"), "{text}");
        assert!(text.contains(&format!("asked {asked} times")), "{text}");
        assert!(asked >= 2, "asked again until the deadline");
    }

    #[test]
    fn a_ready_probe_returns_what_it_learnt() {
        let mut n = 0;
        let got = wait_until("three", Duration::from_secs(5), || {
            n += 1;
            Ok(if n == 3 { Probe::Ready(n) } else { Probe::NotYet(String::new()) })
        });
        assert_eq!(got.expect("ready"), 3);
    }
}
