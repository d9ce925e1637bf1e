//! The audit trail's hash chain, written once for the device's store and HQ's: who did what,
//! when, to what — ids and action names only, never personal data.
//!
//! Each entry's hash covers the previous entry's hash, its sequence number, its time and its
//! fields, each field prefixed by its length (so `("ab", "c")` and `("a", "bc")` differ).
//! Removing, reordering or altering an entry breaks every later link; [`Verifier`] finds the
//! first broken one. Storage keeps the chain (SQLite on a device, SQLite or PostgreSQL at
//! HQ); this crate only computes and checks it.

use sha2::{Digest, Sha256};

/// The `prev` of the first entry.
pub const GENESIS: [u8; 32] = [0; 32];

/// The hash of an entry: `prev`, then `seq` and `at` (big-endian), then each field with its
/// length.
pub fn link(prev: &[u8], seq: i64, at: i64, fields: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(seq.to_be_bytes());
    h.update(at.to_be_bytes());
    for field in fields {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().into()
}

/// Where a new entry goes: its sequence number, the hash it links to, and its own hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// Its sequence number (the last one's + 1; 1 for the first).
    pub seq: i64,
    /// The last entry's hash ([`GENESIS`] for the first).
    pub prev: Vec<u8>,
    /// Its hash.
    pub hash: [u8; 32],
}

/// The entry after `last` (its sequence number and hash), made at `at` with `fields`.
pub fn next(last: Option<(i64, Vec<u8>)>, at: i64, fields: &[&str]) -> Next {
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_vec()),
    };
    let hash = link(&prev, seq, at, fields);
    Next { seq, prev, hash }
}

/// The first entry whose link does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Broken {
    /// The sequence number it should have had.
    pub seq: i64,
}

/// Walks a chain entry by entry, in sequence order.
#[derive(Debug, Clone)]
pub struct Verifier {
    expected_seq: i64,
    expected_prev: Vec<u8>,
    count: u64,
}

impl Default for Verifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Verifier {
    /// A chain from its first entry.
    pub fn new() -> Self {
        Self { expected_seq: 1, expected_prev: GENESIS.to_vec(), count: 0 }
    }

    /// A chain that continues after an entry with sequence number `seq` and hash `hash`
    /// (entries of an older encoding, checked apart).
    pub fn after(seq: i64, hash: Vec<u8>) -> Self {
        Self { expected_seq: seq + 1, expected_prev: hash, count: 0 }
    }

    /// Checks the next entry as stored.
    pub fn check(
        &mut self,
        seq: i64,
        at: i64,
        fields: &[&str],
        prev: &[u8],
        hash: &[u8],
    ) -> Result<(), Broken> {
        if seq != self.expected_seq || prev != self.expected_prev || hash != link(prev, seq, at, fields) {
            return Err(Broken { seq: self.expected_seq });
        }
        self.expected_prev = hash.to_vec();
        self.expected_seq += 1;
        self.count += 1;
        Ok(())
    }

    /// How many entries were checked.
    pub fn count(&self) -> u64 {
        self.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<(Next, i64, Vec<String>)> {
        let mut out: Vec<(Next, i64, Vec<String>)> = Vec::new();
        for i in 0..n {
            let fields = vec![format!("user-{i}"), "case.viewed".to_owned(), format!("case-{i}")];
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            let last = out.last().map(|(n, _, _)| (n.seq, n.hash.to_vec()));
            out.push((next(last, 1000 + i, &refs), 1000 + i, fields));
        }
        out
    }

    fn verify(entries: &[(Next, i64, Vec<String>)]) -> Result<u64, Broken> {
        let mut v = Verifier::new();
        for (n, at, fields) in entries {
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            v.check(n.seq, *at, &refs, &n.prev, &n.hash)?;
        }
        Ok(v.count())
    }

    #[test]
    fn an_intact_chain_verifies_and_counts_its_entries() {
        assert_eq!(verify(&chain(5)), Ok(5));
        assert_eq!(verify(&[]), Ok(0));
    }

    #[test]
    fn a_removed_altered_or_reordered_entry_is_found() {
        let entries = chain(5);
        let mut removed = entries.clone();
        removed.remove(2);
        assert_eq!(verify(&removed), Err(Broken { seq: 3 }));
        let mut altered = entries.clone();
        altered[3].2[1] = "case.exported".to_owned();
        assert_eq!(verify(&altered), Err(Broken { seq: 4 }));
        let mut reordered = entries;
        reordered.swap(0, 1);
        assert_eq!(verify(&reordered), Err(Broken { seq: 1 }));
    }

    #[test]
    fn fields_are_length_prefixed() {
        assert_ne!(link(&GENESIS, 1, 0, &["ab", "c"]), link(&GENESIS, 1, 0, &["a", "bc"]));
    }

    #[test]
    fn the_encoding_is_the_one_devices_already_wrote() {
        // A device chain written before this crate existed: its first link, computed then.
        let hash = link(&GENESIS, 1, 1_700_000_000_000, &["amina", "store.created", ""]);
        let mut h = Sha256::new();
        h.update(GENESIS);
        h.update(1i64.to_be_bytes());
        h.update(1_700_000_000_000i64.to_be_bytes());
        for f in ["amina", "store.created", ""] {
            h.update((f.len() as u64).to_be_bytes());
            h.update(f.as_bytes());
        }
        assert_eq!(hash.to_vec(), h.finalize().to_vec());
    }
}
