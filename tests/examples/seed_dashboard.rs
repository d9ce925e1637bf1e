//! Seeds an HQ database for the dashboard's browser tests and screenshots: synthetic cases
//! (never real people) from three device stores at two sites, synced in-process through the
//! real hub, so that HQ holds a real conflict (two devices answered one question offline), a
//! real tracing match across sites, a possible duplicate, and dashboard users of every role.
//!
//! `cargo run -p waypoint-scenarios --example seed_dashboard -- DIR` writes `DIR/hq.db` and prints
//! what the tests need (ids, codes, passwords) as one JSON object on standard output.

use std::path::Path;

use anyhow::{Context, Result, anyhow};
use rand::SeedableRng;
use waypoint_hq::accounts::Role;
use waypoint_hq::dashboard::Dashboard;
use waypoint_model::{
    AccompanimentStatus, BirthDate, CaseId, Consent, ConsentDecision, ConsentGiver, ConsentPurpose, EntryId,
    NameKind, PersonName, Recorded, Sex, SiteId, SoughtPerson, Timestamp, UserId,
};
use waypoint_scenarios::answer;
use waypoint_store::{KdfParams, Store, StoreConfig, Workers};
use waypoint_sync::device::{DeviceSync, Limits, Outcome};
use waypoint_sync::enrollment;
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{self, DeviceKey};

/// The password of every seeded user (test data only).
const PASSWORD: &str = "correct horse battery staple";

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
    hq: VerifyingKey,
}

fn device(hub: &mut waypoint_hq::Store, dir: &Path, name: &str, user: &str, site: &str) -> Result<Device> {
    let now = Timestamp::now().0;
    let code = hub.add_device_code(site, now)?;
    let key = SigningKey::generate();
    let enrolled = enrollment::enroll(&code, &key.verifying_key(), [0; 32], |request| {
        let request = wire::decode(request).map_err(|_| anyhow!("not a request"))?;
        anyhow::Ok(wire::encode(&hub.enroll(&request, None, now)?.0))
    })??;
    let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
    let store =
        Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)?;
    Ok(Device { store, key, id: enrolled.device, hq: enrolled.hq_key })
}

fn sync(hub: &mut waypoint_hq::Store, d: &mut Device) -> Result<()> {
    let outcome = waypoint_session::hq_link::sync_store(
        &mut d.store,
        DeviceSync::new(d.id, d.key.clone(), d.hq, Limits::default()),
        Workers::available(),
        |frame| {
            Ok::<_, std::convert::Infallible>(
                waypoint_sync::hub::handle(hub, frame, Timestamp::now().0).frame,
            )
        },
        || Timestamp::now().0,
        &mut rand::thread_rng(),
    )?;
    match outcome {
        Outcome::Done { .. } => Ok(()),
        other => Err(anyhow!("sync did not finish: {other:?}")),
    }
}

fn name(text: &str, script: &str, kind: NameKind, by: &UserId) -> PersonName {
    PersonName::new(
        waypoint_model::EntryId::generate(),
        text,
        script,
        kind,
        Recorded::new(by, Timestamp::now()),
    )
}

fn consent(purpose: ConsentPurpose, by: &UserId) -> Consent {
    Consent {
        id: EntryId::generate(),
        purpose,
        decision: ConsentDecision::Given,
        given_by: ConsentGiver::Person,
        language: Some("ar".into()),
        interpreter: None,
        at: Timestamp::now(),
        recorded: Recorded::new(by, Timestamp::now()),
    }
}

fn main() -> Result<()> {
    let dir = std::env::args().nth(1).context("usage: seed_dashboard DIR")?;
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir)?;
    let db = dir.join("hq.db");
    let mut hub = waypoint_hq::Database::Sqlite(db.clone()).open()?;
    let mut a = device(&mut hub, dir, "device-a", "officer-amina", "border-north")?;
    let mut b = device(&mut hub, dir, "device-b", "caseworker-lea", "border-north")?;
    let mut c = device(&mut hub, dir, "device-c", "officer-tom", "shelter-central")?;

    // Synthetic cases at both sites, met over the last four months.
    let now = Timestamp::now();
    let mut generator = waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(7), now);
    let mut full = None;
    for i in 0..72_i64 {
        let mut case = if i % 4 == 0 { generator.full_case() } else { generator.registered_case() };
        let on_c = i % 3 == 0;
        case.site = SiteId::new(if on_c { "shelter-central" } else { "border-north" });
        case.registration.encounter.site = case.site.clone();
        case.registration.encounter.at = Timestamp(now.0 - (i % 4) * 31 * 24 * 3_600_000);
        let d = if on_c { &mut c } else { &mut a };
        d.store.insert_case(&case, now)?;
        if i == 4 {
            full = Some(case.id.clone());
        }
    }
    // Six people who did not agree to share their case with HQ: their cases stay on the device,
    // and HQ counts them from anonymous records.
    for _ in 0..6 {
        let mut case = generator.registered_case();
        case.consents.retain(|c| c.purpose != waypoint_model::ConsentPurpose::SharingWithHq);
        case.site = SiteId::new("border-north");
        case.registration.encounter.site = case.site.clone();
        a.store.insert_case(&case, now)?;
    }

    // The person who will be found: Amal Yousef, met at border-north, consents to tracing.
    let amina = UserId::new("officer-amina");
    let found = a.store.create_case(|case| {
        case.registration.names = vec![
            name("أمل", "Arab", NameKind::Given, &amina),
            name("يوسف", "Arab", NameKind::Family, &amina),
            name("Amal", "Latn", NameKind::Given, &amina),
            name("Yousef", "Latn", NameKind::Family, &amina),
        ];
        case.registration.sex = Some(Sex::Female);
        case.registration.birth = BirthDate::Approximate { year: 1986, month: None };
        case.registration.nationalities = vec!["SDN".into()];
        case.registration.languages = vec!["ar".into()];
        case.registration.accompaniment.status = Some(AccompanimentStatus::Accompanied);
        case.consents.push(consent(ConsentPurpose::Registration, &amina));
        case.consents.push(consent(ConsentPurpose::SharingWithHq, &amina));
        case.consents.push(consent(ConsentPurpose::FamilyTracing, &amina));
    })?;

    // A child at shelter-central looking for their mother, written another way.
    let tom = UserId::new("officer-tom");
    let seeker = c.store.create_case(|case| {
        case.registration.names = vec![
            name("Yonas", "Latn", NameKind::Given, &tom),
            name("Yousef", "Latn", NameKind::Family, &tom),
        ];
        case.registration.sex = Some(Sex::Male);
        case.registration.birth = BirthDate::Approximate { year: 2011, month: None };
        case.registration.nationalities = vec!["SDN".into()];
        case.registration.languages = vec!["ar".into()];
        case.registration.accompaniment.status = Some(AccompanimentStatus::Unaccompanied);
        case.consents.push(consent(ConsentPurpose::Registration, &tom));
        case.consents.push(consent(ConsentPurpose::SharingWithHq, &tom));
        case.consents.push(consent(ConsentPurpose::FamilyTracing, &tom));
        case.tracing.sought_persons.push(SoughtPerson {
            id: EntryId::generate(),
            names: vec![
                name("Amal", "Latn", NameKind::Given, &tom),
                name("Yusuf", "Latn", NameKind::Family, &tom),
            ],
            relationship: "mother".into(),
            sex: Some(Sex::Female),
            birth: BirthDate::Approximate { year: 1985, month: None },
            last_seen_place: None,
            last_seen_date: None,
            contacts: Vec::new(),
            recorded: Recorded::new(&tom, Timestamp::now()),
        });
    })?;

    // The conflict: one case, two devices at one site, one question answered differently.
    let conflicted: CaseId = a.store.create_case(|case| {
        case.registration.names = vec![
            name("Hassan", "Latn", NameKind::Given, &amina),
            name("Idris", "Latn", NameKind::Family, &amina),
        ];
        case.registration.sex = Some(Sex::Male);
        case.registration.birth = BirthDate::Approximate { year: 2009, month: None };
        case.registration.nationalities = vec!["ERI".into()];
        case.registration.accompaniment.status = Some(AccompanimentStatus::Separated);
        case.consents.push(consent(ConsentPurpose::Registration, &amina));
        case.consents.push(consent(ConsentPurpose::SharingWithHq, &amina));
    })?;
    // The same boy registered again at the shelter: a possible duplicate.
    let again: CaseId = c.store.create_case(|case| {
        case.registration.names = vec![
            name("Hassan", "Latn", NameKind::Given, &tom),
            name("Idris", "Latn", NameKind::Family, &tom),
        ];
        case.registration.sex = Some(Sex::Male);
        case.registration.birth = BirthDate::Approximate { year: 2009, month: None };
        case.consents.push(consent(ConsentPurpose::Registration, &tom));
        case.consents.push(consent(ConsentPurpose::SharingWithHq, &tom));
    })?;
    sync(&mut hub, &mut a)?;
    sync(&mut hub, &mut b)?;
    sync(&mut hub, &mut c)?;
    a.store.edit_case(&conflicted, |case| {
        case.interview.answers.insert("journey.route".into(), answer("via Kassala", "ar", "officer-amina"));
    })?;
    b.store.edit_case(&conflicted, |case| {
        case.interview.answers.insert("journey.route".into(), answer("via Khartoum", "ar", "caseworker-lea"));
    })?;
    sync(&mut hub, &mut a)?;
    sync(&mut hub, &mut b)?;
    sync(&mut hub, &mut a)?;
    drop(hub);

    let dashboard = Dashboard::new(waypoint_hq::Database::Sqlite(db.clone()).open()?, false);
    let users = [
        ("admin", Role::Admin),
        ("supervisor", Role::Supervisor),
        ("caseworker", Role::Caseworker),
        ("officer", Role::Officer),
        ("analyst", Role::Analyst),
    ];
    for (user, role) in users {
        dashboard.add_user(user, role, PASSWORD, &waypoint_hq::accounts::Sites::Every)?;
    }
    let code = |s: &mut Store, id: &CaseId| s.case(id).map(|c| c.code.to_string());
    let out = serde_json::json!({
        "db": db,
        "password": PASSWORD,
        "conflict_case": conflicted.to_string(),
        "conflict_code": code(&mut a.store, &conflicted)?,
        "duplicate_case": again.to_string(),
        "seeker_case": seeker.to_string(),
        "seeker_code": code(&mut c.store, &seeker)?,
        "found_case": found.to_string(),
        "found_code": code(&mut a.store, &found)?,
        "full_case": full.map(|id| id.to_string()),
        "devices": [hex::encode(a.id.0), hex::encode(b.id.0), hex::encode(c.id.0)],
    });
    println!("{out}");
    Ok(())
}
