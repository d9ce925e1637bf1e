use waypoint_store::StoreError;

use crate::new_store;

#[test]
fn the_audit_chain_verifies_and_holds_no_personal_data() {
    let (_dir, _path, mut store) = new_store();
    let id = store
        .create_case(|c| {
            c.registration.names.push(crate::name("Faridah", "Latn", waypoint_model::NameKind::Given))
        })
        .expect("create");
    store.view_case(&id).expect("view");
    store.export_case(&id).expect("export");
    let n = store.verify_audit().expect("verify");
    assert!(n >= 5, "{n}");
    let entries = store.audit_entries(100).expect("entries");
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    for a in ["store.created", "user.added", "case.created", "case.viewed", "case.exported"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    assert!(entries.iter().all(|e| !format!("{e:?}").contains("Faridah")));
}

#[test]
fn the_log_refuses_edits_and_a_tampered_entry_breaks_the_chain() {
    let (_dir, _path, mut store) = new_store();
    store.create_case(|_| {}).expect("create");
    let conn = store.connection();
    assert!(conn.execute("UPDATE audit SET action = 'x' WHERE seq = 2", []).is_err(), "append-only");
    assert!(conn.execute("DELETE FROM audit WHERE seq = 2", []).is_err(), "append-only");
    // Someone with the key drops the guard and rewrites history: verification notices.
    conn.execute_batch("DROP TRIGGER audit_no_update").expect("drop trigger");
    conn.execute("UPDATE audit SET subject = 'someone-else' WHERE seq = 2", []).expect("tamper");
    assert!(matches!(store.verify_audit(), Err(StoreError::AuditBroken { seq: 2 })));
}
