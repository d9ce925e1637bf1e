//! Who is asking: the network address a request came from, and limits per network. Both the
//! dashboard's sign-in and device enrollment count attempts per network, so that one guesser
//! is slowed down without locking anyone else out.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use axum::http::HeaderMap;

/// The network address a request came from, where the server was started with it (`serve`
/// does; a test's router may not).
pub(crate) type Peer = Option<axum::Extension<axum::extract::ConnectInfo<SocketAddr>>>;

/// The address a request comes from: the peer's, or — behind a proxy on this machine, for a
/// request the proxy passed on — the last address in `X-Forwarded-For` (the one the proxy
/// added; earlier ones are whatever the client wrote).
pub(crate) fn address(peer: Peer, headers: &HeaderMap, behind_proxy: bool) -> Option<IpAddr> {
    let peer = peer.map(|axum::Extension(axum::extract::ConnectInfo(a))| a.ip());
    let forwarded = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
    client_address(peer, forwarded, behind_proxy)
}

fn client_address(peer: Option<IpAddr>, forwarded: Option<&str>, behind_proxy: bool) -> Option<IpAddr> {
    match peer {
        Some(p) if behind_proxy && p.is_loopback() => {
            forwarded.and_then(|f| f.rsplit(',').next()).and_then(|a| a.trim().parse().ok())
        }
        other => other,
    }
}

/// The network an address counts for: an IPv4 address itself (also when written as IPv6), an
/// IPv6 address's /64 (one machine commonly holds a whole /64).
pub(crate) fn network(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let mut octets = v6.octets();
            octets[8..].fill(0);
            IpAddr::from(octets)
        }
        v4 => v4,
    }
}

/// At most `limit` attempts per network in each `window` (from its first attempt).
#[derive(Debug)]
pub(crate) struct PerNetwork {
    limit: u32,
    window: Duration,
    counts: HashMap<IpAddr, (u32, Instant)>,
}

impl PerNetwork {
    /// A limit of `limit` attempts per `window`.
    pub(crate) fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, counts: HashMap::new() }
    }

    /// Counts an attempt from `address`: `false` once its network used up the window's
    /// attempts. A request without an address (a test's router) is not limited here.
    pub(crate) fn allow(&mut self, address: Option<IpAddr>, now: Instant) -> bool {
        let window = self.window;
        self.counts.retain(|_, (_, first)| now.duration_since(*first) < window);
        let Some(network) = address.map(network) else { return true };
        let (count, _) = self.counts.entry(network).or_insert((0, now));
        if *count >= self.limit {
            return false;
        }
        *count += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behind_a_proxy_the_address_is_the_one_the_proxy_added() {
        let ip = |s: &str| s.parse::<IpAddr>().expect("address");
        let proxy = Some(ip("127.0.0.1"));
        let spoofed_then_real = Some("203.0.113.66, 198.51.100.7");
        assert_eq!(client_address(proxy, spoofed_then_real, true), Some(ip("198.51.100.7")));
        assert_eq!(client_address(proxy, None, true), None, "no address named: none counted");
        assert_eq!(client_address(proxy, spoofed_then_real, false), proxy, "no proxy: the header is ignored");
        let direct = Some(ip("192.0.2.9"));
        assert_eq!(client_address(direct, spoofed_then_real, true), direct, "only a local proxy is believed");
    }

    #[test]
    fn a_network_gets_its_attempts_per_window_and_others_are_not_held_up() {
        let mut limit = PerNetwork::new(3, Duration::from_secs(600));
        let now = Instant::now();
        let ip = |s: &str| Some(s.parse::<IpAddr>().expect("address"));
        for i in 0..3 {
            assert!(limit.allow(ip(&format!("2001:db8:1:2::{i}")), now));
        }
        assert!(!limit.allow(ip("2001:db8:1:2::ff"), now), "the same /64");
        assert!(limit.allow(ip("2001:db8:1:3::1"), now), "another network");
        assert!(limit.allow(ip("2001:db8:1:2::1"), now + Duration::from_secs(601)), "a new window");
        assert!(limit.allow(None, now), "no address: not limited here");
    }
}
