//! The TCP ports a process listens on, read from `/proc`: how a server that binds port 0
//! without printing the port it got (WebKitWebDriver) is found, instead of a port picked
//! beforehand that another process can take in between.

/// Loopback or wildcard TCP ports in LISTEN state held by any of `pids`' open sockets.
pub fn listening_ports(pids: &[u32]) -> Vec<u16> {
    let mut inodes = Vec::new();
    for pid in pids {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { continue };
        for fd in fds.flatten() {
            let Ok(target) = std::fs::read_link(fd.path()) else { continue };
            if let Some(inode) = socket_inode(&target.to_string_lossy()) {
                inodes.push(inode);
            }
        }
    }
    let mut ports: Vec<u16> = ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|table| std::fs::read_to_string(table).ok())
        .flat_map(|text| listening(&text))
        .filter(|(_, inode)| inodes.contains(inode))
        .map(|(port, _)| port)
        .collect();
    ports.sort_unstable();
    ports.dedup();
    ports
}

/// `socket:[1234]` → 1234.
fn socket_inode(link: &str) -> Option<u64> {
    link.strip_prefix("socket:[")?.strip_suffix(']')?.parse().ok()
}

/// (port, inode) of every socket in LISTEN state (`0A`) in a `/proc/net/tcp` table.
fn listening(table: &str) -> Vec<(u16, u64)> {
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            let (local, state, inode) = (f.get(1)?, f.get(3)?, f.get(9)?);
            if *state != "0A" {
                return None;
            }
            let port = u16::from_str_radix(local.rsplit_once(':')?.1, 16).ok()?;
            Some((port, inode.parse().ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listening_socket_of_this_process_is_found_by_its_port() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        assert!(listening_ports(&[std::process::id()]).contains(&port));
        drop(listener);
        assert!(!listening_ports(&[std::process::id()]).contains(&port));
    }

    #[test]
    fn only_listening_rows_count() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:9CB3 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 11723 1\n   1: 0100007F:9CB4 0100007F:0050 01 00000000:00000000 00:00000000 00000000     0        0 11724 1\n";
        assert_eq!(listening(table), vec![(0x9CB3, 11723)]);
        assert_eq!(socket_inode("socket:[11723]"), Some(11723));
        assert_eq!(socket_inode("/dev/null"), None);
    }
}
