use waypoint_model::UserId;
use waypoint_store::{Store, StoreError};

use crate::{ADMIN, PASS, config, new_store, reopen};

#[test]
fn wrong_passphrase_and_unknown_user_are_clear_errors() {
    let (_dir, path, store) = new_store();
    drop(store);
    let err = Store::open(&path, &UserId::new(ADMIN), "not the passphrase").expect_err("wrong");
    assert!(matches!(err, StoreError::WrongPassphrase), "{err:?}");
    assert_eq!(err.message_id(), "error-wrong-passphrase");
    let err = Store::open(&path, &UserId::new("stranger"), PASS).expect_err("unknown");
    assert!(matches!(err, StoreError::UnknownUser { .. }));
    assert_eq!(err.message_args(), vec![("user", "stranger".to_string())]);
}

#[test]
fn several_users_share_a_store_each_with_their_own_passphrase() {
    let (_dir, path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("case");
    store.add_user(&UserId::new("officer-jonas"), "officer", "jonas passphrase", PASS).expect("add user");
    assert!(matches!(
        store.add_user(&UserId::new("officer-jonas"), "officer", "again and again", PASS),
        Err(StoreError::UserExists { .. })
    ));
    drop(store);
    let mut jonas = Store::open(&path, &UserId::new("officer-jonas"), "jonas passphrase").expect("jonas");
    assert_eq!(jonas.role().expect("role"), "officer");
    assert!(jonas.case(&id).is_ok());
    assert_eq!(jonas.users().expect("users").len(), 2);
}

#[test]
fn changing_a_passphrase_keeps_the_data_and_retires_the_old_one() {
    let (_dir, path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("case");
    drop(store);
    let db_before = std::fs::read(&path).expect("read db");
    let mut store = reopen(&path);
    store.change_passphrase(PASS, "a brand new passphrase").expect("change");
    drop(store);
    assert!(matches!(Store::open(&path, &UserId::new(ADMIN), PASS), Err(StoreError::WrongPassphrase)));
    let mut s = Store::open(&path, &UserId::new(ADMIN), "a brand new passphrase").expect("new passphrase");
    assert!(s.case(&id).is_ok());
    drop(s);
    // The data was not re-encrypted: a re-key would change every page, while the change only
    // appends an audit entry (a few pages).
    let db_after = std::fs::read(&path).expect("read db");
    let pages = |b: &[u8]| b.chunks(4096).map(<[u8]>::to_vec).collect::<Vec<_>>();
    let (before, after) = (pages(&db_before), pages(&db_after));
    let same = before.iter().zip(&after).filter(|(a, b)| a == b).count();
    assert!(same * 2 >= before.len(), "{same} of {} pages unchanged", before.len());
}

#[test]
fn creating_over_an_existing_store_is_refused_and_short_passphrases_too() {
    let (_dir, path, store) = new_store();
    drop(store);
    assert!(matches!(
        Store::create(&path, &UserId::new("x"), PASS, &config()),
        Err(StoreError::StoreExists { .. })
    ));
    let dir = tempfile::tempdir().expect("tmp");
    assert!(matches!(
        Store::create(&dir.path().join("a.db"), &UserId::new("x"), "short", &config()),
        Err(StoreError::PassphraseTooShort { min: 8 })
    ));
    assert!(matches!(
        Store::open(&dir.path().join("missing.db"), &UserId::new("x"), PASS),
        Err(StoreError::StoreMissing { .. })
    ));
    let _ = reopen(&path);
}

/// Regression: a new store was created flagged for reprojection, so its first unlock rebuilt
/// the projection of every case written since (23 s for 10k cases).
#[test]
fn a_new_store_is_not_reprojected_on_its_first_unlock() {
    let (_dir, path, mut store) = new_store();
    let cases: Vec<_> = {
        let mut g = crate::generator(3);
        (0..20).map(|_| g.registered_case()).collect()
    };
    store.insert_cases(&cases, waypoint_model::Timestamp::now()).expect("insert");
    let flagged: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM meta WHERE key = 'reproject'", [], |r| r.get(0))
        .expect("meta");
    assert_eq!(flagged, 0, "nothing to reproject in a store this build wrote");
    drop(store);
    assert_eq!(reopen(&path).list_cases(100).expect("list").len(), 20);
}
