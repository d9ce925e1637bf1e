//! Heads as stored at rest by both sides (device `sync_peers`, HQ `known`/`sent`): the 32-byte
//! change hashes one after another.

use automerge::ChangeHash;

/// The heads as bytes.
pub fn to_bytes(heads: &[ChangeHash]) -> Vec<u8> {
    heads.iter().flat_map(|h| h.0).collect()
}

/// The heads in `bytes`; a trailing partial hash (a damaged row) is ignored.
pub fn from_bytes(bytes: &[u8]) -> Vec<ChangeHash> {
    bytes.chunks_exact(32).filter_map(|c| <[u8; 32]>::try_from(c).ok()).map(ChangeHash).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_round_trip_and_a_partial_hash_is_ignored() {
        let heads = vec![ChangeHash([1; 32]), ChangeHash([2; 32])];
        let mut bytes = to_bytes(&heads);
        assert_eq!(from_bytes(&bytes), heads);
        bytes.push(7);
        assert_eq!(from_bytes(&bytes), heads);
    }
}
