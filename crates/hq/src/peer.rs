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
/// request the proxy passed on — the last address in the last `X-Forwarded-For` line (the one
/// the proxy added, whether it appends to the line or adds a line; earlier ones are whatever
/// the client wrote). A proxied request that names no usable address counts as the proxy's.
pub(crate) fn sender(peer: Peer, headers: &HeaderMap, behind_proxy: bool) -> Option<IpAddr> {
    let peer = peer.map(|axum::Extension(axum::extract::ConnectInfo(a))| a.ip());
    let forwarded = headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).next_back();
    client_address(peer, forwarded, behind_proxy)
}

fn client_address(peer: Option<IpAddr>, forwarded: Option<&str>, behind_proxy: bool) -> Option<IpAddr> {
    match peer {
        Some(p) if behind_proxy && p.is_loopback() => {
            forwarded.and_then(|f| f.rsplit(',').next()).and_then(|a| parse_forwarded(a.trim())).or(peer)
        }
        other => other,
    }
}

/// An address as proxies write it: bare, or with a port (`192.0.2.7:5678`, `[2001:db8::1]:80`).
fn parse_forwarded(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse() {
        return Some(ip);
    }
    if let Some(v6) = text.strip_prefix('[') {
        return v6.split(']').next()?.parse().ok();
    }
    text.rsplit_once(':').and_then(|(host, _)| host.parse::<std::net::Ipv4Addr>().ok()).map(IpAddr::V4)
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

/// Networks followed at once: past this many (a flood from spoofed or countless addresses),
/// a network not yet followed is refused until the window frees room.
const MAX_NETWORKS: usize = 100_000;

/// What [`PerNetwork::allow`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Allowed {
    /// Within the limit.
    Yes,
    /// Refused, for the first time in this network's window (worth one log line).
    FirstRefusal,
    /// Refused again.
    Refused,
}

impl PerNetwork {
    /// A limit of `limit` attempts per `window`.
    pub(crate) fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, counts: HashMap::new() }
    }

    /// Counts an attempt from `address` once its network is known. A request without an
    /// address (a test's router, without the peer's address) is not limited here.
    pub(crate) fn allow(&mut self, address: Option<IpAddr>, now: Instant) -> Allowed {
        let Some(network) = address.map(network) else { return Allowed::Yes };
        let window = self.window;
        if self.counts.len() >= MAX_NETWORKS {
            self.counts.retain(|_, (_, first)| now.duration_since(*first) < window);
        }
        if let Some((_, first)) = self.counts.get(&network)
            && now.duration_since(*first) >= window
        {
            self.counts.remove(&network);
        }
        if self.counts.len() >= MAX_NETWORKS && !self.counts.contains_key(&network) {
            return Allowed::Refused;
        }
        let (count, _) = self.counts.entry(network).or_insert((0, now));
        *count = count.saturating_add(1);
        match (*count).cmp(&self.limit.saturating_add(1)) {
            std::cmp::Ordering::Greater => Allowed::Refused,
            std::cmp::Ordering::Equal => Allowed::FirstRefusal,
            std::cmp::Ordering::Less => Allowed::Yes,
        }
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
        assert_eq!(client_address(proxy, None, true), proxy, "no address named: the proxy's counts");
        assert_eq!(client_address(proxy, Some("unknown"), true), proxy, "nor one that does not parse");
        assert_eq!(client_address(proxy, Some("1.2.3.4, 192.0.2.7:5678"), true), Some(ip("192.0.2.7")));
        assert_eq!(client_address(proxy, Some("[2001:db8::1]:443"), true), Some(ip("2001:db8::1")));
        assert_eq!(client_address(proxy, spoofed_then_real, false), proxy, "no proxy: the header is ignored");
        let direct = Some(ip("192.0.2.9"));
        assert_eq!(client_address(direct, spoofed_then_real, true), direct, "only a local proxy is believed");
    }

    #[test]
    fn behind_a_proxy_the_last_header_line_counts() {
        // HAProxy adds a line of its own; the client's line comes first.
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", "127.0.0.1".parse().expect("value"));
        headers.append("x-forwarded-for", "198.51.100.7".parse().expect("value"));
        let peer =
            Some(axum::Extension(axum::extract::ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 9000)))));
        assert_eq!(sender(peer, &headers, true), Some("198.51.100.7".parse().expect("address")));
    }

    #[test]
    fn a_network_gets_its_attempts_per_window_and_others_are_not_held_up() {
        let mut limit = PerNetwork::new(3, Duration::from_secs(600));
        let now = Instant::now();
        let ip = |s: &str| Some(s.parse::<IpAddr>().expect("address"));
        for i in 0..3 {
            assert_eq!(limit.allow(ip(&format!("2001:db8:1:2::{i}")), now), Allowed::Yes);
        }
        assert_eq!(limit.allow(ip("2001:db8:1:2::ff"), now), Allowed::FirstRefusal, "the same /64");
        assert_eq!(limit.allow(ip("2001:db8:1:2::fe"), now), Allowed::Refused, "said once");
        assert_eq!(limit.allow(ip("2001:db8:1:3::1"), now), Allowed::Yes, "another network");
        assert_eq!(
            limit.allow(ip("2001:db8:1:2::1"), now + Duration::from_secs(601)),
            Allowed::Yes,
            "a new window"
        );
        assert_eq!(limit.allow(None, now), Allowed::Yes, "no address: not limited here");
    }

    #[test]
    fn a_flood_of_networks_fills_no_more_than_the_cap() {
        let mut limit = PerNetwork::new(3, Duration::from_secs(600));
        let now = Instant::now();
        for i in 0..MAX_NETWORKS {
            let [a, b, c, d] = u32::try_from(i).expect("fits").to_be_bytes();
            assert_eq!(limit.allow(Some(IpAddr::from([10 + a, b, c, d])), now), Allowed::Yes);
        }
        assert_eq!(limit.allow(Some(IpAddr::from([203, 0, 113, 1])), now), Allowed::Refused, "full: refused");
        assert_eq!(limit.counts.len(), MAX_NETWORKS);
        let later = now + Duration::from_secs(601);
        assert_eq!(limit.allow(Some(IpAddr::from([203, 0, 113, 1])), later), Allowed::Yes, "room again");
    }
}
