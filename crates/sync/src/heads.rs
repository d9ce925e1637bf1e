//! Heads as HQ stores them at rest (`known`, `sent`, `case_heads`): the 32-byte change hashes
//! one after another, and how what a device is known to hold is kept short.

use automerge::ChangeHash;

/// The heads as bytes.
pub fn to_bytes(heads: &[ChangeHash]) -> Vec<u8> {
    heads.iter().flat_map(|h| h.0).collect()
}

/// The heads in `bytes`; a trailing partial hash (a damaged row) is ignored.
pub fn from_bytes(bytes: &[u8]) -> Vec<ChangeHash> {
    bytes.chunks_exact(32).filter_map(|c| <[u8; 32]>::try_from(c).ok()).map(ChangeHash).collect()
}

/// What a peer is known to hold, kept short: once it includes every head of the case, the
/// heads say it all; otherwise each hash once, sorted. HQ keeps this per device and case.
pub fn compact(known: Vec<ChangeHash>, heads: &[ChangeHash]) -> Vec<ChangeHash> {
    let set: std::collections::HashSet<&ChangeHash> = known.iter().collect();
    if !heads.is_empty() && heads.iter().all(|h| set.contains(h)) {
        return heads.to_vec();
    }
    let mut known = known;
    known.sort_unstable();
    known.dedup();
    known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hashes_shrink_to_the_heads_once_they_cover_them() {
        let (a, b, c) = (ChangeHash([1; 32]), ChangeHash([2; 32]), ChangeHash([3; 32]));
        assert_eq!(compact(vec![c, a, b, a], &[b, c]), vec![b, c]);
        assert_eq!(compact(vec![c, a, c], &[b]), vec![a, c], "not covered: each once, sorted");
        assert_eq!(compact(vec![b, a], &[]), vec![a, b]);
    }

    #[test]
    fn heads_round_trip_and_a_partial_hash_is_ignored() {
        let heads = vec![ChangeHash([1; 32]), ChangeHash([2; 32])];
        let mut bytes = to_bytes(&heads);
        assert_eq!(from_bytes(&bytes), heads);
        bytes.push(7);
        assert_eq!(from_bytes(&bytes), heads);
    }
}
