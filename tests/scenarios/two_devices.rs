use waypoint_model::{SiteId, UserId};
use waypoint_scenarios::answer;
use waypoint_store::{KdfParams, Store, StoreConfig};

fn device(dir: &std::path::Path, name: &str, user: &str) -> Store {
    let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
    Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
        .expect("create device store")
}

#[test]
fn two_devices_edit_one_case_offline_and_end_with_the_same_case() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut border = device(dir.path(), "border", "officer-amina");
    let mut shelter = device(dir.path(), "shelter", "caseworker-lea");

    // The border officer registers the person and hands the case over.
    let id = border
        .create_case(|c| {
            crate::shared(c);
            c.interview
                .answers
                .insert("about_you.languages".into(), answer("Tigrinya, Arabic", "ti", "officer-amina"));
        })
        .expect("create");
    let bytes = border.case_bytes(&id).expect("bytes");
    assert_eq!(shelter.receive_case(&bytes).expect("receive"), id);

    // Offline, both continue: different questions, and one question both ask.
    border
        .edit_case(&id, |c| {
            c.interview.answers.insert("journey.route".into(), answer("via Kassala", "ti", "officer-amina"));
            c.interview
                .answers
                .insert("family.where_last_seen".into(), answer("Kassala", "ti", "officer-amina"));
        })
        .expect("border edit");
    shelter
        .edit_case(&id, |c| {
            c.interview
                .answers
                .insert("wishes.next".into(), answer("to go to school", "ar", "caseworker-lea"));
            c.interview
                .answers
                .insert("family.where_last_seen".into(), answer("Khartoum", "ar", "caseworker-lea"));
        })
        .expect("shelter edit");

    // Connectivity returns: they exchange documents both ways.
    let from_border = border.case_bytes(&id).expect("bytes");
    let from_shelter = shelter.case_bytes(&id).expect("bytes");
    shelter.receive_case(&from_border).expect("receive at shelter");
    border.receive_case(&from_shelter).expect("receive at border");

    let (a, b) = (border.case(&id).expect("a"), shelter.case(&id).expect("b"));
    assert_eq!(a, b, "both devices hold the same case");
    for q in ["about_you.languages", "journey.route", "wishes.next", "family.where_last_seen"] {
        assert!(a.interview.answers.contains_key(q), "{q} kept");
    }
    let conflicts = border.conflicts(&id).expect("conflicts");
    assert_eq!(conflicts.len(), 1);
    let authors: Vec<_> = conflicts[0].values.iter().filter_map(|v| v.written_by.clone()).collect();
    assert!(
        authors.contains(&UserId::new("officer-amina")) && authors.contains(&UserId::new("caseworker-lea"))
    );

    // A supervisor at the border resolves it; the resolution reaches the shelter like any edit.
    let chosen =
        conflicts[0].values.iter().find(|v| v.value.to_string().contains("Khartoum")).expect("value");
    border.resolve_conflict(&id, &conflicts[0].path, &chosen.value.clone()).expect("resolve");
    shelter.receive_case(&border.case_bytes(&id).expect("bytes")).expect("receive resolution");
    assert!(shelter.conflicts(&id).expect("conflicts").is_empty());
    assert_eq!(shelter.case(&id).expect("case"), border.case(&id).expect("case"));
    assert_eq!(shelter.list_cases(5).expect("list")[0].conflicts, 0);
}
