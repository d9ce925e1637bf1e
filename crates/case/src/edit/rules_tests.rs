//! The edits' rules, one test per rule (the helpers are in `edit::tests`).

use waypoint_model::template::QuestionKind;
use waypoint_model::*;

use super::checks::checked_language;
use super::tests::{case, question_of, run};
use super::*;

#[test]
fn names_keep_their_script_and_empty_text_removes_them() {
    let mut c = case();
    run(&mut c, RegistrationEdit::SetName { kind: NameKind::Given, text: " محمد ".into() }).expect("applies");
    assert_eq!(c.registration.names[0].text, "محمد");
    assert_eq!(c.registration.names[0].script, "Arab");
    run(&mut c, RegistrationEdit::SetName { kind: NameKind::Family, text: "Tesfay".into() })
        .expect("applies");
    run(&mut c, RegistrationEdit::SetName { kind: NameKind::Given, text: String::new() }).expect("applies");
    assert_eq!(c.registration.names.len(), 1);
    assert_eq!(c.registration.names[0].script, "Latn");
}

#[test]
fn impossible_birth_dates_are_refused_next_to_the_field() {
    let mut c = case();
    for (birth, id) in [
        (BirthInput::Exact { date: "2010-02-30".into() }, "app-error-birth-date-invalid"),
        (BirthInput::Exact { date: "2099-01-01".into() }, "app-error-birth-date-future"),
        (BirthInput::Approximate { year: 1700, month: None }, "app-error-birth-year-range"),
        (BirthInput::Approximate { year: 2010, month: Some(13) }, "app-error-birth-date-invalid"),
        (BirthInput::StatedAge { years: 300 }, "app-error-age-too-high"),
    ] {
        let err = run(&mut c, RegistrationEdit::SetBirth { birth }).expect_err("refused");
        assert_eq!(err.id, id);
        assert_eq!(err.field.as_deref(), Some("birth"));
    }
    assert_eq!(c.registration.birth, BirthDate::Unknown, "nothing saved by a refused edit");
    run(&mut c, RegistrationEdit::SetBirth { birth: BirthInput::Exact { date: "2010-02-28".into() } })
        .expect("applies");
    assert_eq!(c.registration.birth, BirthDate::Exact { date: "2010-02-28".into() });
}

#[test]
fn an_age_range_with_maximum_under_minimum_is_refused() {
    let mut c = case();
    let edit = |min, max| AgeEdit::AddAgeAssessment {
        method: AgeMethod::Holistic,
        indicators: vec![],
        min_age: Some(min),
        max_age: Some(max),
        outcome: None,
        disputed: false,
    };
    let err = run(&mut c, edit(17, 15)).expect_err("refused");
    assert_eq!(err.id, "app-error-age-range-inverted");
    assert!(c.age_assessments.is_empty());
    run(&mut c, edit(15, 17)).expect("applies");
    assert_eq!(c.age_assessments.len(), 1);
    assert_eq!(c.age_assessments[0].assessor.as_str(), "amina");
}

#[test]
fn answers_record_state_language_and_sitting() {
    let mut c = case();
    run(&mut c, InterviewEdit::StartSitting { language: "ar".into(), interpreter: None }).expect("applies");
    let text_q = question_of(QuestionKind::Text);
    run(
        &mut c,
        InterviewEdit::Answer {
            question: text_q.clone(),
            state: AnswerState::Answered,
            value: Some(AnswerValue::Text("نعم".into())),
            language: Some("ar".into()),
            via: Via::Interpreter,
        },
    )
    .expect("applies");
    run(&mut c, InterviewEdit::SwitchInterviewLanguage { language: "ti".into() }).expect("applies");
    let yes_no = question_of(QuestionKind::YesNo);
    run(
        &mut c,
        InterviewEdit::Answer {
            question: yes_no.clone(),
            state: AnswerState::Declined,
            value: None,
            language: Some("ti".into()),
            via: Via::Interpreter,
        },
    )
    .expect("applies");
    let sitting = &c.interview.sittings[0];
    assert_eq!(sitting.languages, ["ar", "ti"]);
    assert_eq!(c.interview.answers[&text_q].language.as_deref(), Some("ar"));
    assert_eq!(c.interview.answers[&yes_no].state, AnswerState::Declined);
    assert_eq!(c.interview.answers[&yes_no].sitting.as_ref(), Some(&sitting.id));
    assert_eq!(c.interview.template_id, "intake");
}

#[test]
fn answers_must_fit_their_question() {
    let mut c = case();
    let yes_no = question_of(QuestionKind::YesNo);
    let wrong_kind = InterviewEdit::Answer {
        question: yes_no.clone(),
        state: AnswerState::Answered,
        value: Some(AnswerValue::Text("maybe".into())),
        language: None,
        via: Via::Direct,
    };
    assert_eq!(run(&mut c, wrong_kind).expect_err("refused").id, "app-error-answer-kind");
    let unknown = InterviewEdit::Answer {
        question: "nope.nothing".into(),
        state: AnswerState::Declined,
        value: None,
        language: None,
        via: Via::Direct,
    };
    assert_eq!(run(&mut c, unknown).expect_err("refused").id, "app-error-unknown-question");
    let bad_reason = InterviewEdit::Answer {
        question: yes_no,
        state: AnswerState::NotAsked { reason: "bored".into() },
        value: None,
        language: None,
        via: Via::Direct,
    };
    assert_eq!(run(&mut c, bad_reason).expect_err("refused").id, "app-error-not-asked-reason");
    assert!(c.interview.answers.is_empty());
}

#[test]
fn pauses_and_stops_are_recorded_on_the_open_sitting() {
    let mut c = case();
    assert_eq!(run(&mut c, InterviewEdit::StartBreak).expect_err("refused").id, "app-error-no-open-sitting");
    run(&mut c, InterviewEdit::StartSitting { language: "fa".into(), interpreter: Some("Reza".into()) })
        .expect("applies");
    run(&mut c, InterviewEdit::StartBreak).expect("applies");
    run(&mut c, InterviewEdit::StartBreak).expect("applies");
    assert_eq!(c.interview.sittings[0].breaks.len(), 1, "one open break at a time");
    run(&mut c, InterviewEdit::EndSitting { how: SittingEnd::StoppedByPerson }).expect("applies");
    let s = &c.interview.sittings[0];
    assert_eq!(s.ended_how, Some(SittingEnd::StoppedByPerson));
    assert!(s.breaks[0].end.is_some(), "stopping ends the break too");
    run(&mut c, InterviewEdit::StartSitting { language: "fa".into(), interpreter: None }).expect("applies");
    assert_eq!(c.interview.sittings.len(), 2, "a new sitting after a stop");
}

#[test]
fn consent_withdrawal_is_a_new_entry() {
    let mut c = case();
    for decision in [ConsentDecision::Given, ConsentDecision::Withdrawn] {
        run(
            &mut c,
            ConsentEdit::RecordConsent {
                purpose: ConsentPurpose::FamilyTracing,
                decision,
                given_by: ConsentGiver::Person,
                language: Some("so".into()),
                interpreter: None,
            },
        )
        .expect("applies");
    }
    assert_eq!(c.consents.len(), 2);
    let guardian_without_name = ConsentEdit::RecordConsent {
        purpose: ConsentPurpose::Referral,
        decision: ConsentDecision::Given,
        given_by: ConsentGiver::Guardian { name: " ".into() },
        language: None,
        interpreter: None,
    };
    assert_eq!(
        run(&mut c, guardian_without_name).expect_err("refused").id,
        "app-error-guardian-name-missing"
    );
}

#[test]
fn language_tags_are_checked() {
    assert!(checked_language("ar", "f").is_ok());
    assert!(checked_language("zh-Hant-TW", "f").is_ok());
    assert!(checked_language("", "f").is_err());
    assert!(checked_language("arabic!", "f").is_err());
    assert!(checked_language("a", "f").is_err());
}

#[test]
fn a_sought_person_is_traced_under_every_spelling_and_bad_dates_are_refused() {
    let mut c = case();
    run(&mut c, FamilyTracingEdit::AddSoughtPerson { relationship: "mother".into() }).expect("applies");
    let id = c.tracing.sought_persons[0].id.clone();
    assert_eq!(c.tracing.requests[0].sought_person, id, "a tracing request is opened");
    let names = FamilyTracingEdit::SetSoughtPerson {
        id: id.clone(),
        detail: SoughtDetail::Names { names: vec!["Hiwet".into(), " ሕወት ".into(), "Hiwet".into()] },
    };
    run(&mut c, names).expect("applies");
    let scripts: Vec<&str> = c.tracing.sought_persons[0].names.iter().map(|n| n.script.as_str()).collect();
    assert_eq!(scripts, ["Latn", "Ethi"], "variants kept once each, with their script");
    let bad = FamilyTracingEdit::SetSoughtPerson {
        id: id.clone(),
        detail: SoughtDetail::LastSeenDate { text: Some("2024-02-31".into()) },
    };
    assert_eq!(run(&mut c, bad).expect_err("refused").field.as_deref(), Some("last_seen_date"));
    let bad_birth = FamilyTracingEdit::SetSoughtPerson {
        id: id.clone(),
        detail: SoughtDetail::Birth { birth: BirthInput::Exact { date: "1980-13-01".into() } },
    };
    assert_eq!(run(&mut c, bad_birth).expect_err("refused").field.as_deref(), Some("sought_birth"));
    let place = FamilyTracingEdit::SetSoughtPerson {
        id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-0000000000ff"),
        detail: SoughtDetail::LastSeenPlace { text: Some("Kassala".into()) },
    };
    assert_eq!(run(&mut c, place).expect_err("refused").id, "app-error-entry-missing");
    assert_eq!(c.tracing.sought_persons[0].last_seen_date, None, "nothing changed by refusals");
}

#[test]
fn a_match_decision_is_recorded_once_and_can_be_changed() {
    let mut c = case();
    run(&mut c, FamilyTracingEdit::AddSoughtPerson { relationship: "brother".into() }).expect("applies");
    let sought = c.tracing.sought_persons[0].id.clone();
    let other = "0190f5a4-2c3b-7d4e-8f00-000000000002".to_owned();
    let decide = |decision| FamilyTracingEdit::DecideMatch {
        sought_person: sought.clone(),
        candidate: other.clone(),
        score: 0.82,
        reasons: vec!["tracing-reason-name".into()],
        decision,
    };
    run(&mut c, decide(MatchStatus::Confirmed)).expect("applies");
    run(&mut c, decide(MatchStatus::Rejected)).expect("applies");
    assert_eq!(c.tracing.matches.len(), 1);
    assert_eq!(c.tracing.matches[0].status, MatchStatus::Rejected);
    assert!(c.tracing.matches[0].decided.is_some());
    let itself = FamilyTracingEdit::DecideMatch {
        sought_person: sought,
        candidate: c.id.to_string(),
        score: 0.9,
        reasons: vec![],
        decision: MatchStatus::Confirmed,
    };
    assert!(run(&mut c, itself).is_err(), "a case never matches itself");
}

#[test]
fn indicators_are_recorded_once_and_dismissing_keeps_them() {
    let mut c = case();
    let record = ScreeningEdit::RecordIndicator {
        indicator: Indicator::DebtBondage,
        source: IndicatorSource::Stated,
        note: Some("owes the driver".into()),
    };
    run(&mut c, record.clone()).expect("applies");
    let id = c.screening.indicators[0].id.clone();
    run(&mut c, ScreeningEdit::DismissIndicator { id: id.clone(), dismissed: true }).expect("applies");
    assert!(c.screening.indicators[0].dismissed);
    run(&mut c, record).expect("applies");
    assert_eq!(c.screening.indicators.len(), 1, "the same indicator and source: one entry");
    assert!(!c.screening.indicators[0].dismissed, "recorded again: in force again");
}

#[test]
fn referrals_follow_ups_and_transfer() {
    let mut c = case();
    let referral = |basis| ReferralEdit::AddReferral {
        service: ReferralService::ChildProtection,
        urgent: true,
        note: Some("kept only if the referral is".into()),
        basis,
    };
    // Without the person's consent to referral, and without a legal basis: refused next to the
    // basis, with the reason, and nothing is written.
    for asked in [None, Some(ReferralBasis::Consent)] {
        let refused = run(&mut c, referral(asked)).expect_err("refused");
        assert_eq!(
            (refused.id.as_str(), refused.field.as_deref()),
            ("app-error-referral-needs-basis", Some("basis"))
        );
        assert!(refused.args.iter().any(|(k, v)| k == "state" && v == "not_recorded"));
    }
    assert!(c.referrals.is_empty());
    // A mandatory report or a best-interest decision is a basis of its own, and recorded.
    run(&mut c, referral(Some(ReferralBasis::MandatoryReport))).expect("applies");
    assert_eq!(c.referrals[0].basis, Some(ReferralBasis::MandatoryReport));
    // Consent refused: still refused, saying so; given: the referral rests on it.
    let decide = |decision| ConsentEdit::RecordConsent {
        purpose: ConsentPurpose::Referral,
        decision,
        given_by: ConsentGiver::Person,
        language: None,
        interpreter: None,
    };
    run(&mut c, decide(ConsentDecision::Refused)).expect("applies");
    let refused = run(&mut c, referral(None)).expect_err("refused");
    assert!(refused.args.iter().any(|(k, v)| k == "state" && v == "refused"));
    run(&mut c, decide(ConsentDecision::Given)).expect("applies");
    run(&mut c, referral(None)).expect("applies");
    assert_eq!(c.referrals[1].basis, Some(ReferralBasis::Consent));
    c.referrals.truncate(1);
    let id = c.referrals[0].id.clone();
    run(&mut c, ReferralEdit::SetReferralStatus { id, status: ReferralStatus::Accepted }).expect("applies");
    assert_eq!(c.referrals[0].status, ReferralStatus::Accepted);

    let bad = ReferralEdit::AddFollowUp { due: "2026-02-30".into(), note: None };
    assert_eq!(run(&mut c, bad).expect_err("refused").field.as_deref(), Some("due"));
    run(&mut c, ReferralEdit::AddFollowUp { due: "2026-12-01".into(), note: Some("call shelter".into()) })
        .expect("applies");
    let id = c.follow_ups[0].id.clone();
    run(&mut c, ReferralEdit::SetFollowUpDone { id, done: true }).expect("applies");
    assert_eq!(c.follow_ups[0].done.as_ref().map(|d| d.by.as_str()), Some("amina"));

    let same = TransferEdit::TransferCase { to_site: "border-north".into(), reason: None };
    assert_eq!(run(&mut c, same).expect_err("refused").id, "app-error-transfer-same-site");
    run(&mut c, TransferEdit::TransferCase { to_site: "shelter-east".into(), reason: Some("bed".into()) })
        .expect("applies");
    assert_eq!(c.status.status, CaseStatus::Transferred);
    assert_eq!(c.transfers[0].from_site.as_str(), "border-north");
    assert_eq!(c.transfers[0].to_site.as_str(), "shelter-east");
}

#[test]
fn an_accompanying_adult_is_recorded_with_how_they_were_checked_and_the_officers_concern() {
    let mut c = case();
    let details = |name: &str, verified| AdultDetails {
        name: name.into(),
        claimed_relationship: Some("uncle".into()),
        verified,
        verified_how: Some("  ".into()),
        documents_seen: Some("passport of the adult".into()),
        concern: None,
    };
    let nameless =
        RegistrationEdit::AddAccompanyingAdult { details: details(" ", Verification::NotVerified) };
    let refused = run(&mut c, nameless).expect_err("refused");
    assert_eq!(
        (refused.id.as_str(), refused.field.as_deref()),
        ("app-error-adult-name-missing", Some("adult_name"))
    );
    run(
        &mut c,
        RegistrationEdit::AddAccompanyingAdult { details: details("Yonas", Verification::NotVerified) },
    )
    .expect("applies");
    let adult = &c.registration.accompaniment.adults[0];
    assert_eq!((adult.name.as_str(), adult.verified_how.as_deref()), ("Yonas", None), "blank is nothing");
    let id = adult.id.clone();
    let concern = AdultDetails {
        concern: Some("answered every question for the girl".into()),
        ..details("Yonas", Verification::Doubtful)
    };
    run(&mut c, RegistrationEdit::UpdateAccompanyingAdult { id: id.clone(), details: concern })
        .expect("applies");
    assert_eq!(c.registration.accompaniment.adults.len(), 1);
    assert_eq!(c.registration.accompaniment.adults[0].verified, Verification::Doubtful);
    let unknown = RegistrationEdit::UpdateAccompanyingAdult {
        id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-0000000000ff"),
        details: details("Yonas", Verification::Verified),
    };
    assert!(run(&mut c, unknown).is_err(), "no such adult");
}
