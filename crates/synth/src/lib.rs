//! Synthetic cases for demos, tests and benchmarks. None of these people exist.
//!
//! Names come in the scripts people at a border actually write them in (Arabic, Persian,
//! Pashto, Tigrinya, Amharic, Cyrillic, Somali Latin), each with a common Latin spelling, so
//! that search and tracing are exercised across scripts. Everything is drawn from a seeded RNG,
//! so a seed always gives the same cases.

pub mod population;

use rand::Rng;
use rand::seq::SliceRandom;
use waypoint_model::{
    AccompanimentStatus, AgeAssessment, AgeIndicator, AgeMethod, Answer, AnswerState, AnswerValue, BirthDate,
    Case, CaseId, CaseStatus, Consent, ConsentDecision, ConsentGiver, ConsentPurpose, DocumentSeen, EntryId,
    FollowUp, Indicator, IndicatorEntry, IndicatorSource, MatchStatus, NameKind, PersonName, Recorded,
    Referral, ReferralService, ReferralStatus, Sex, ShortCode, SiteId, Sitting, SittingEnd, SoughtPerson,
    Timestamp, TracingMatch, TracingRequest, TracingRequestStatus, Transfer, Translation, UserId, Via,
};

/// A name as written in its own script, with a common Latin spelling and its language.
#[derive(Debug, Clone, Copy)]
pub struct SampleName {
    /// As written in the original script.
    pub native: &'static str,
    /// ISO 15924 script of `native`.
    pub script: &'static str,
    /// A common Latin spelling.
    pub latin: &'static str,
    /// BCP 47 language.
    pub language: &'static str,
}

const fn n(
    native: &'static str,
    script: &'static str,
    latin: &'static str,
    language: &'static str,
) -> SampleName {
    SampleName { native, script, latin, language }
}

/// Given names, by language group.
pub const GIVEN_NAMES: &[SampleName] = &[
    n("محمد", "Arab", "Mohammed", "ar"),
    n("أحمد", "Arab", "Ahmad", "ar"),
    n("فاطمة", "Arab", "Fatima", "ar"),
    n("عبد الرحمن", "Arab", "Abdulrahman", "ar"),
    n("يوسف", "Arab", "Youssef", "ar"),
    n("مريم", "Arab", "Maryam", "ar"),
    n("حسن", "Arab", "Hassan", "ar"),
    n("علي", "Arab", "Ali", "ar"),
    n("زينب", "Arab", "Zainab", "ar"),
    n("عمر", "Arab", "Omar", "ar"),
    n("رضا", "Arab", "Reza", "fa"),
    n("زهرا", "Arab", "Zahra", "fa"),
    n("مهدی", "Arab", "Mahdi", "fa"),
    n("نرگس", "Arab", "Narges", "fa"),
    n("گل‌احمد", "Arab", "Gul Ahmad", "ps"),
    n("ملالۍ", "Arab", "Malalai", "ps"),
    n("وحید", "Arab", "Wahid", "ps"),
    n("ተስፋይ", "Ethi", "Tesfay", "ti"),
    n("ሰላም", "Ethi", "Selam", "ti"),
    n("ኣማኑኤል", "Ethi", "Amanuel", "ti"),
    n("ሄለን", "Ethi", "Helen", "am"),
    n("ዳዊት", "Ethi", "Dawit", "am"),
    n("Олександр", "Cyrl", "Oleksandr", "uk"),
    n("Олена", "Cyrl", "Olena", "uk"),
    n("Дмитро", "Cyrl", "Dmytro", "uk"),
    n("Анастасия", "Cyrl", "Anastasia", "ru"),
    n("Cabdullahi", "Latn", "Abdullahi", "so"),
    n("Xaliimo", "Latn", "Halima", "so"),
    n("Faadumo", "Latn", "Fadumo", "so"),
    n("Mamadou", "Latn", "Mamadou", "fr"),
    n("Aïssatou", "Latn", "Aissatou", "fr"),
];

/// Family names.
pub const FAMILY_NAMES: &[SampleName] = &[
    n("الحسيني", "Arab", "Al-Husseini", "ar"),
    n("عبد الله", "Arab", "Abdallah", "ar"),
    n("الخطيب", "Arab", "El Khatib", "ar"),
    n("حداد", "Arab", "Haddad", "ar"),
    n("أحمدی", "Arab", "Ahmadi", "fa"),
    n("رحیمی", "Arab", "Rahimi", "fa"),
    n("کریمی", "Arab", "Karimi", "fa"),
    n("یوسفزی", "Arab", "Yousafzai", "ps"),
    n("ገብረሚካኤል", "Ethi", "Gebremichael", "ti"),
    n("ተወልደ", "Ethi", "Tewolde", "ti"),
    n("ኃይሌ", "Ethi", "Haile", "am"),
    n("Коваленко", "Cyrl", "Kovalenko", "uk"),
    n("Шевченко", "Cyrl", "Shevchenko", "uk"),
    n("Иванов", "Cyrl", "Ivanov", "ru"),
    n("Cali", "Latn", "Ali", "so"),
    n("Maxamed", "Latn", "Mohamed", "so"),
    n("Diallo", "Latn", "Diallo", "fr"),
];

/// Sites that demo data spreads cases over.
pub const SITES: &[&str] = &["border-north", "border-east", "shelter-central"];

/// Nationalities (ISO 3166-1 alpha-3) matching the name groups.
const NATIONALITIES: &[(&str, &str)] = &[
    ("ar", "SYR"),
    ("fa", "AFG"),
    ("ps", "AFG"),
    ("ti", "ERI"),
    ("am", "ETH"),
    ("uk", "UKR"),
    ("ru", "RUS"),
    ("so", "SOM"),
    ("fr", "GIN"),
];

/// Languages whose speakers share family names in the sample lists.
fn region(language: &str) -> u8 {
    match language {
        "ar" => 0,
        "fa" | "ps" => 1,
        "ti" | "am" => 2,
        "uk" | "ru" => 3,
        "so" => 4,
        _ => 5,
    }
}

/// Draws a synthetic answer value.
type MakeValue = fn(&mut dyn rand::RngCore) -> AnswerValue;

/// Synthetic answers to some questions of the intake template (`assets/templates/intake-v1.json`).
const ANSWERS: &[(&str, MakeValue)] = &[
    ("about_you.languages", |_| AnswerValue::Text("Arabic, a little English".into())),
    ("journey.left_home", |r| AnswerValue::Date(format!("2026-{:02}", r.gen_range(1..=9)))),
    ("journey.route", |_| AnswerValue::Text("by bus, then on foot".into())),
    ("journey.organised_by", |_| AnswerValue::Choice("someone_else".into())),
    ("family.wish_to_trace", |r| AnswerValue::YesNo(r.gen_bool(0.7))),
    ("safety_and_work.feels_safe", |r| AnswerValue::YesNo(r.gen_bool(0.6))),
    ("safety_and_work.owes_money", |r| AnswerValue::YesNo(r.gen_bool(0.2))),
    ("safety_and_work.controlled_movement", |r| AnswerValue::YesNo(r.gen_bool(0.1))),
    ("wishes.next", |_| AnswerValue::Text("to go to school and find my brother".into())),
];

/// Makes synthetic cases from a seeded RNG.
pub struct Generator<R> {
    rng: R,
    officers: Vec<UserId>,
    /// The time cases are opened around (ms since epoch).
    pub now: Timestamp,
}

impl<R: Rng> Generator<R> {
    /// A generator drawing from `rng`, opening cases shortly before `now`.
    pub fn new(rng: R, now: Timestamp) -> Self {
        let officers = ["officer-amina", "officer-jonas", "caseworker-lea", "interpreter-samir"]
            .into_iter()
            .map(UserId::new)
            .collect();
        Self { rng, officers, now }
    }

    fn officer(&mut self) -> UserId {
        self.officers.choose(&mut self.rng).cloned().unwrap_or_default()
    }

    fn recorded(&mut self) -> Recorded {
        let by = self.officer();
        let at = Timestamp(self.now.0 - self.rng.gen_range(0..30 * 24 * 3_600_000));
        Recorded { by, at }
    }

    fn name(&mut self, sample: SampleName, kind: NameKind) -> Vec<PersonName> {
        let recorded = self.recorded();
        let mut names = vec![PersonName {
            id: EntryId::generate(),
            text: sample.native.into(),
            script: sample.script.into(),
            language: Some(sample.language.into()),
            kind,
            recorded: recorded.clone(),
        }];
        if sample.script != "Latn" || sample.latin != sample.native {
            names.push(PersonName {
                id: EntryId::generate(),
                text: sample.latin.into(),
                script: "Latn".into(),
                language: Some(sample.language.into()),
                kind: NameKind::Alias,
                recorded,
            });
        }
        names
    }

    /// A case with registration filled in: names in two scripts, birth, sex, nationality.
    /// Roughly what a border officer records in the first minutes.
    pub fn registered_case(&mut self) -> Case {
        let site = SiteId::new(*SITES.choose(&mut self.rng).unwrap_or(&"border-north"));
        let opened = self.recorded();
        let mut case =
            Case::open(CaseId::generate(), ShortCode::generate(&mut self.rng), site, &opened.by, opened.at);
        let given = *GIVEN_NAMES.choose(&mut self.rng).unwrap_or(&GIVEN_NAMES[0]);
        // A family name from the same part of the world: an Arabic given name with a Cyrillic
        // family name makes demo lists and search tests unlike anything seen in the field.
        let kin: Vec<&SampleName> =
            FAMILY_NAMES.iter().filter(|f| region(f.language) == region(given.language)).collect();
        let family = **kin.choose(&mut self.rng).unwrap_or(&&FAMILY_NAMES[0]);
        case.registration.names = self.name(given, NameKind::Given);
        case.registration.names.extend(self.name(family, NameKind::Family));
        case.registration.sex = Some(
            *[Sex::Female, Sex::Male, Sex::Male, Sex::NotStated]
                .choose(&mut self.rng)
                .unwrap_or(&Sex::NotStated),
        );
        case.registration.birth = match self.rng.gen_range(0..4) {
            0 => BirthDate::Unknown,
            1 => BirthDate::Exact {
                date: format!(
                    "{}-{:02}-{:02}",
                    self.rng.gen_range(1985..2014),
                    self.rng.gen_range(1..=12),
                    self.rng.gen_range(1..=28)
                ),
            },
            2 => BirthDate::Approximate { year: self.rng.gen_range(2005..2013), month: None },
            _ => BirthDate::StatedAge { years: self.rng.gen_range(12..30), stated_at: opened.at },
        };
        let nationality = NATIONALITIES.iter().find(|(l, _)| *l == given.language).map_or("XXX", |(_, c)| c);
        case.registration.nationalities = vec![nationality.into()];
        case.registration.languages = vec![given.language.into()];
        case.registration.preferred_language = Some(given.language.into());
        case.registration.accompaniment.status = Some(
            *[
                AccompanimentStatus::Unaccompanied,
                AccompanimentStatus::Separated,
                AccompanimentStatus::Accompanied,
            ]
            .choose(&mut self.rng)
            .unwrap_or(&AccompanimentStatus::Accompanied),
        );
        case.consents.push(self.consent(ConsentPurpose::Registration, ConsentDecision::Given));
        case.consents.push(self.consent(ConsentPurpose::SharingWithHq, ConsentDecision::Given));
        if self.rng.gen_bool(0.6) {
            case.consents.push(self.consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given));
        }
        case
    }

    fn consent(&mut self, purpose: ConsentPurpose, decision: ConsentDecision) -> Consent {
        let recorded = self.recorded();
        Consent {
            id: EntryId::generate(),
            purpose,
            decision,
            given_by: ConsentGiver::Person,
            language: Some("ar".into()),
            interpreter: Some("interpreter-samir".into()),
            at: recorded.at,
            recorded,
        }
    }

    /// A case with every part of the document filled in: interview answers in all four states
    /// and two languages, an age assessment, tracing with a sought person, request and match,
    /// screening, referral, follow-up and transfer. For round-trip and merge tests.
    pub fn full_case(&mut self) -> Case {
        let mut case = self.registered_case();
        let r = self.recorded();
        case.registration.documents.push(DocumentSeen {
            id: EntryId::generate(),
            kind: "birth_certificate".into(),
            number: Some("BC-4471-2010".into()),
            issuer: Some("SYR".into()),
            concerns: Some("held by the travel organiser until arrival".into()),
            recorded: r.clone(),
        });
        case.consents.push(self.consent(ConsentPurpose::Photo, ConsentDecision::Refused));
        case.consents.push(self.consent(ConsentPurpose::Referral, ConsentDecision::Given));
        case.consents.push(Consent {
            given_by: ConsentGiver::Guardian { name: "appointed guardian".into() },
            ..self.consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given)
        });

        let sitting = EntryId::generate();
        case.interview.template_id = "intake".into();
        case.interview.template_version = 1;
        case.interview.sittings.push(Sitting {
            id: sitting.clone(),
            started: r.at,
            ended: Some(Timestamp(r.at.0 + 40 * 60_000)),
            ended_how: Some(SittingEnd::Paused),
            languages: vec!["ar".into(), "ti".into()],
            interpreter: Some("interpreter-samir".into()),
            breaks: vec![waypoint_model::Break {
                start: Timestamp(r.at.0 + 20 * 60_000),
                end: Some(Timestamp(r.at.0 + 25 * 60_000)),
            }],
            recorded: r.clone(),
        });
        for (i, (qid, make)) in ANSWERS.iter().enumerate() {
            let value = make(&mut self.rng);
            case.interview.answers.insert(
                (*qid).into(),
                Answer {
                    id: EntryId::generate(),
                    state: AnswerState::Answered,
                    value: Some(value),
                    language: Some(if i % 2 == 0 { "ar" } else { "ti" }.into()),
                    via: Via::Interpreter,
                    translation: (i == 2).then(|| Translation {
                        language: "en".into(),
                        text: "by bus, then walking".into(),
                        by: UserId::new("interpreter-samir"),
                    }),
                    sitting: Some(sitting.clone()),
                    recorded: r.clone(),
                },
            );
        }
        for (qid, state) in [
            ("family.parents", AnswerState::Declined),
            ("safety_and_work.hurt_or_threatened", AnswerState::NotAsked { reason: "distressed".into() }),
            ("journey.paid_by", AnswerState::Revisit),
        ] {
            case.interview.answers.insert(
                qid.into(),
                Answer {
                    id: EntryId::generate(),
                    state,
                    value: None,
                    language: Some("ar".into()),
                    via: Via::Interpreter,
                    translation: None,
                    sitting: Some(sitting.clone()),
                    recorded: r.clone(),
                },
            );
        }

        case.age_assessments.push(AgeAssessment {
            id: EntryId::generate(),
            method: AgeMethod::Holistic,
            indicators: vec![
                AgeIndicator { kind: "statement".into(), note: None },
                AgeIndicator { kind: "school_history".into(), note: Some("grade 7 finished".into()) },
            ],
            min_age: Some(15),
            max_age: Some(18),
            assessor: self.officer(),
            date: r.at,
            outcome: Some("treated as a child".into()),
            disputed: false,
            recorded: r.clone(),
        });

        let sibling = *GIVEN_NAMES.choose(&mut self.rng).unwrap_or(&GIVEN_NAMES[0]);
        let sought = EntryId::generate();
        case.tracing.sought_persons.push(SoughtPerson {
            id: sought.clone(),
            names: self.name(sibling, NameKind::Given),
            relationship: "brother".into(),
            sex: Some(Sex::Male),
            birth: BirthDate::Approximate { year: 2008, month: None },
            last_seen_place: Some("Agadez bus station".into()),
            last_seen_date: Some("2026-03".into()),
            contacts: vec!["+000 555 0100".into()],
            recorded: r.clone(),
        });
        case.tracing.requests.push(TracingRequest {
            id: EntryId::generate(),
            sought_person: sought.clone(),
            status: TracingRequestStatus::Open,
            recorded: r.clone(),
        });
        case.tracing.matches.push(TracingMatch {
            id: EntryId::generate(),
            sought_person: sought,
            candidate: CaseId::generate(),
            score: 0.87,
            reasons: vec!["match-reason-names-across-scripts".into(), "match-reason-age-overlap".into()],
            status: MatchStatus::Potential,
            decided: None,
            recorded: r.clone(),
        });
        case.screening.indicators.push(IndicatorEntry {
            id: EntryId::generate(),
            indicator: Indicator::DocumentsHeldByOthers,
            source: IndicatorSource::Document,
            note: None,
            dismissed: false,
            recorded: r.clone(),
        });
        case.referrals.push(Referral {
            id: EntryId::generate(),
            service: ReferralService::ChildProtection,
            urgent: true,
            note: None,
            basis: Some(waypoint_model::ReferralBasis::MandatoryReport),
            status: ReferralStatus::Made,
            recorded: r.clone(),
        });
        case.follow_ups.push(FollowUp {
            id: EntryId::generate(),
            due: Timestamp(r.at.0 + 7 * 86_400_000),
            note: Some("check school placement".into()),
            done: None,
            recorded: r.clone(),
        });
        case.transfers.push(Transfer {
            id: EntryId::generate(),
            from_site: case.site.clone(),
            to_site: SiteId::new("shelter-central"),
            reason: Some("placement in shelter".into()),
            accepted: None,
            recorded: r,
        });
        case.status.status = CaseStatus::Open;
        case
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn the_same_seed_gives_the_same_names() {
        let now = Timestamp(1_780_000_000_000);
        let mut a = Generator::new(rand::rngs::StdRng::seed_from_u64(7), now);
        let mut b = Generator::new(rand::rngs::StdRng::seed_from_u64(7), now);
        for _ in 0..20 {
            let (x, y) = (a.registered_case(), b.registered_case());
            assert_eq!(
                x.registration.names.iter().map(|n| &n.text).collect::<Vec<_>>(),
                y.registration.names.iter().map(|n| &n.text).collect::<Vec<_>>()
            );
            assert_eq!(x.code, y.code);
        }
    }

    /// Regression: given and family names were drawn independently (Анастасия Maxamed).
    #[test]
    fn given_and_family_names_come_from_one_region() {
        let mut g = Generator::new(rand::rngs::StdRng::seed_from_u64(3), Timestamp(1_780_000_000_000));
        for _ in 0..200 {
            let case = g.registered_case();
            let region_of = |kind: NameKind| {
                case.registration
                    .names
                    .iter()
                    .find(|n| n.kind == kind)
                    .and_then(|n| n.language.as_deref())
                    .map(region)
            };
            assert_eq!(
                region_of(NameKind::Given),
                region_of(NameKind::Family),
                "{:?}",
                case.registration.names
            );
        }
    }

    #[test]
    fn cases_span_several_scripts() {
        let mut g = Generator::new(rand::rngs::StdRng::seed_from_u64(1), Timestamp(1_780_000_000_000));
        let scripts: std::collections::BTreeSet<String> =
            (0..200).flat_map(|_| g.registered_case().registration.names).map(|n| n.script).collect();
        for s in ["Arab", "Cyrl", "Ethi", "Latn"] {
            assert!(scripts.contains(s), "missing {s}");
        }
    }
}
