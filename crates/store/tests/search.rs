use waypoint_model::NameKind;

use crate::{generator, name, new_store};

#[test]
fn a_name_written_in_one_script_is_found_from_another() {
    let (_dir, _path, mut store) = new_store();
    let arabic = store
        .create_case(|c| {
            c.registration.names.push(name("محمد", "Arab", NameKind::Given));
            c.registration.names.push(name("الحسيني", "Arab", NameKind::Family));
        })
        .expect("arabic");
    let cyrillic = store
        .create_case(|c| c.registration.names.push(name("Олександр", "Cyrl", NameKind::Given)))
        .expect("cyrillic");
    let ethiopic =
        store.create_case(|c| c.registration.names.push(name("ተስፋይ", "Ethi", NameKind::Given))).expect("ti");
    // Noise, so that a search returning everything would fail.
    let mut g = generator(11);
    for _ in 0..50 {
        let mut case = g.registered_case();
        case.registration
            .names
            .retain(|n| !["Mohammed", "محمد", "Mohamed", "Oleksandr"].contains(&n.text.as_str()));
        store.insert_case(&case, waypoint_model::Timestamp::now()).expect("noise");
    }

    for (query, expected) in [
        ("Mohammed", &arabic),
        ("muhammad al-husseini", &arabic),
        ("Oleksandr", &cyrillic),
        ("Tesfay", &ethiopic),
        ("ተስፋይ", &ethiopic),
    ] {
        let hits = store.search(query, 5).expect("search");
        assert!(
            hits.first().is_some_and(|h| h.case.case_id == expected.as_str()),
            "{query}: {:?}",
            hits.iter().map(|h| (&h.case.display_name, h.score)).collect::<Vec<_>>()
        );
    }
    assert!(store.search("zzzz qqqq", 5).expect("search").is_empty());
    assert!(store.search("", 5).expect("empty query").is_empty());
}

#[test]
fn a_short_code_finds_its_case_however_it_is_typed() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("create");
    let code = store.case(&id).expect("case").code;
    let typed = code.as_str().to_lowercase().replace('-', "");
    let hits = store.search(&typed, 5).expect("search");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].case.case_id, id.as_str());
}

/// Regression: codes were unique in the index, so a second device's case with the same code
/// (or a 1-in-10⁴ collision in a large store) failed to save.
#[test]
fn two_cases_with_one_code_are_both_kept_and_both_found() {
    let (_dir, _path, mut store) = new_store();
    let mut g = generator(5);
    let first = g.registered_case();
    let mut second = g.registered_case();
    second.code = first.code.clone();
    store.insert_cases(&[first.clone(), second.clone()], waypoint_model::Timestamp::now()).expect("insert");
    let mut found = store.find_by_code(first.code.as_str()).expect("find");
    found.sort();
    let mut expected = vec![first.id.clone(), second.id.clone()];
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(store.search(first.code.as_str(), 5).expect("search").len(), 2);
    // New cases never take a code already on the device.
    let new = store.create_case(|_| {}).expect("create");
    assert_ne!(store.case(&new).expect("case").code, first.code);
}

/// A full name finds its person among hundreds who share the common given name: candidates
/// holding both parts come before the (interchangeable) holders of one.
#[test]
fn a_full_name_finds_its_person_among_many_with_the_same_given_name() {
    let (_dir, _path, mut store) = new_store();
    let mut g = generator(21);
    let family = ["Karimi", "Haddad", "Osman", "Tesfay", "Nasser", "Rahimi", "Yusuf", "Bakr"];
    let mut cases = Vec::new();
    for i in 0..400 {
        let mut case = g.registered_case();
        case.registration.names = vec![
            name("Mohammed", "Latn", NameKind::Given),
            name(&format!("{}{}", family[i % family.len()], i), "Latn", NameKind::Family),
        ];
        cases.push(case);
    }
    let mut wanted = g.registered_case();
    wanted.registration.names =
        vec![name("محمد", "Arab", NameKind::Given), name("حسن", "Arab", NameKind::Family)];
    cases.insert(137, wanted.clone());
    store.insert_cases(&cases, waypoint_model::Timestamp::now()).expect("insert");
    let hits = store.search("Muhammad Hasan", 5).expect("search");
    assert_eq!(hits.first().map(|h| h.case.case_id.as_str()), Some(wanted.id.as_str()), "{hits:?}");
}
