use std::io::{Seek, SeekFrom, Write};

use waypoint_model::{NameKind, UserId};
use waypoint_store::{Store, StoreError};

use crate::{ADMIN, PASS, name, new_store};

/// A name that cannot appear in the file by chance, in two scripts.
const LATIN: &str = "Qaswarahmidoun";
const ARABIC: &str = "قسورة";

#[test]
fn the_database_files_contain_no_plaintext_name() {
    let (dir, path, mut store) = new_store();
    for _ in 0..20 {
        store
            .create_case(|c| {
                c.registration.names.push(name(LATIN, "Latn", NameKind::Given));
                c.registration.names.push(name(ARABIC, "Arab", NameKind::Given));
            })
            .expect("create");
    }
    let hits = store.search(LATIN, 5).expect("search");
    assert!(!hits.is_empty(), "the name is really stored and searchable");
    // Look at the database, its WAL and the keyring, while open and after closing.
    let check = |when: &str| {
        for entry in std::fs::read_dir(dir.path()).expect("dir") {
            let p = entry.expect("entry").path();
            let bytes = std::fs::read(&p).expect("read");
            for needle in [LATIN.as_bytes(), ARABIC.as_bytes(), LATIN.to_lowercase().as_bytes()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{when}: plaintext name in {}",
                    p.display()
                );
            }
        }
    };
    check("while open");
    drop(store);
    check("after close");
    assert!(path.exists());
}

fn store_with_cases() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path, mut store) = new_store();
    let mut g = crate::generator(5);
    for _ in 0..200 {
        store.insert_case(&g.full_case(), waypoint_model::Timestamp::now()).expect("insert");
    }
    drop(store);
    (dir, path)
}

#[test]
fn a_truncated_database_gives_a_clear_error() {
    let (_dir, path) = store_with_cases();
    let len = std::fs::metadata(&path).expect("meta").len();
    for cut in [len / 2 + 100, 10, 0] {
        let f = std::fs::OpenOptions::new().write(true).open(&path).expect("open");
        f.set_len(cut).expect("truncate");
        drop(f);
        let result = Store::open(&path, &UserId::new(ADMIN), PASS).and_then(|mut s| {
            // If the header survived, the damage shows on reading.
            let ids: Vec<_> = s.list_cases(10_000)?.into_iter().map(|c| c.case_id).collect();
            for id in ids {
                s.case(&waypoint_model::CaseId::new(id))?;
            }
            Ok(())
        });
        let err = result.expect_err("damaged file must not read as fine");
        assert!(
            matches!(err, StoreError::Truncated | StoreError::Corrupt | StoreError::CaseNotFound { .. }),
            "cut at {cut}: {err:?}"
        );
        assert!(err.message_id().starts_with("error-store") || err.message_id() == "error-case-not-found");
    }
}

#[test]
fn corrupted_bytes_give_a_clear_error_not_a_panic() {
    let (_dir, path) = store_with_cases();
    let len = std::fs::metadata(&path).expect("meta").len();
    // Overwrite the header (salt) and, separately, pages in the middle.
    for offset in [0u64, 4096, len / 2] {
        let mut f = std::fs::OpenOptions::new().write(true).open(&path).expect("open");
        f.seek(SeekFrom::Start(offset)).expect("seek");
        f.write_all(&[0x5a; 512]).expect("scribble");
        drop(f);
        let result = Store::open(&path, &UserId::new(ADMIN), PASS).and_then(|mut s| {
            let ids: Vec<_> = s.list_cases(10_000)?.into_iter().map(|c| c.case_id).collect();
            for id in ids {
                s.case(&waypoint_model::CaseId::new(id))?;
            }
            s.search("Mohammed", 5)?;
            Ok(())
        });
        let err = result.expect_err("corruption must be noticed");
        assert!(matches!(err, StoreError::Corrupt), "offset {offset}: {err:?}");
        assert_eq!(err.message_id(), "error-store-corrupt");
    }
}

#[test]
fn a_damaged_keyring_is_reported_as_such() {
    let (_dir, path, store) = new_store();
    drop(store);
    let ring = std::path::PathBuf::from(format!("{}.keys", path.display()));
    std::fs::write(&ring, b"{ not json").expect("write");
    assert!(matches!(Store::open(&path, &UserId::new(ADMIN), PASS), Err(StoreError::KeyringCorrupt)));
    std::fs::remove_file(&ring).expect("rm");
    assert!(matches!(Store::open(&path, &UserId::new(ADMIN), PASS), Err(StoreError::StoreMissing { .. })));
}
