//! A server started on port 0 that prints the address it got: the address is read from what it
//! prints, and the server is ready when its health check answers there.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::{HarnessError, Probe, ProcessGroup, get, wait_until};

/// Starts `command` (a server told to listen on port 0) in a process group of its own, reads
/// the first socket address it prints on standard output, and waits until `health_path` answers
/// 200 there; each wait at most `limit`. Every line it prints is read, so it never blocks on a
/// full pipe.
pub fn serve_printing_address(
    name: &str,
    mut command: Command,
    health_path: &str,
    limit: Duration,
) -> Result<(ProcessGroup, SocketAddr), HarnessError> {
    command.stdout(Stdio::piped());
    let mut server = ProcessGroup::start(name, command)?;
    let stdout = server.take_stdout().ok_or_else(|| HarnessError::Io {
        what: name.to_owned(),
        source: std::io::Error::other("no standard output to read the address from"),
    })?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut sent = false;
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if !sent && let Some(address) = printed_address(&line) {
                // HQ says `https://…` unless it serves plain HTTP.
                sent = tx.send((address, line.contains("https://"))).is_ok();
            }
        }
    });
    let address = wait_until(&format!("{name} to print its address"), limit, || {
        server.ensure_running()?;
        Ok(match rx.try_recv() {
            Ok(address) => Probe::Ready(address),
            Err(_) => Probe::NotYet("no address printed yet".into()),
        })
    })?;
    let (address, https) = address;
    let health = format!("{}://{address}{health_path}", if https { "https" } else { "http" });
    wait_until(&format!("{name} to answer {health}"), limit, || {
        server.ensure_running()?;
        Ok(match get(&health) {
            Ok(_) => Probe::Ready(()),
            Err(e) => Probe::NotYet(e),
        })
    })?;
    Ok((server, address))
}

/// The socket address in a line a server printed ("… listening on 127.0.0.1:40123."), whatever
/// the words, translation and bidi marks around it.
pub fn printed_address(line: &str) -> Option<SocketAddr> {
    line.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ':'))
        .map(|word| word.trim_end_matches('.'))
        .find_map(|word| word.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_found_in_any_language_and_between_bidi_marks() {
        let expected: SocketAddr = "127.0.0.1:40123".parse().expect("address");
        assert_eq!(printed_address("HQ listening on 127.0.0.1:40123."), Some(expected));
        assert_eq!(printed_address("\u{2068}127.0.0.1:40123\u{2069} يستمع المقر على"), Some(expected));
        assert_eq!(printed_address("listening on port 40123"), None);
    }
}
