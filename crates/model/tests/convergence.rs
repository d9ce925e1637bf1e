use std::collections::{BTreeMap, BTreeSet};

use automerge::ActorId;
use proptest::prelude::*;
use waypoint_model::{AnswerState, AnswerValue, CaseDoc, Timestamp, UserId};

use crate::{answered, full_case};

/// One random operation by one replica.
#[derive(Debug, Clone)]
enum Op {
    /// Replica answers question `q` with text `t`.
    Answer { replica: usize, q: u8, t: u8 },
    /// Replica declines question `q`.
    Decline { replica: usize, q: u8 },
    /// Replica `to` receives everything replica `from` has.
    Sync { from: usize, to: usize },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..3usize, 0..5u8, 0..50u8).prop_map(|(replica, q, t)| Op::Answer { replica, q, t }),
        1 => (0..3usize, 0..5u8).prop_map(|(replica, q)| Op::Decline { replica, q }),
        2 => (0..3usize, 0..3usize).prop_map(|(from, to)| Op::Sync { from, to }),
    ]
}

/// A write in the reference model: which question, what it said, and which writes its replica
/// had seen when it was made (its causal past).
struct Write {
    question: String,
    shown: String,
    seen: BTreeSet<usize>,
}

/// How an answer shows in the reference model and in the document: its text, or DECLINED.
fn shown(state: &AnswerState, value: Option<&AnswerValue>) -> String {
    match (state, value) {
        (AnswerState::Declined, _) => "DECLINED".into(),
        (_, Some(AnswerValue::Text(t))) => t.clone(),
        other => format!("{other:?}"),
    }
}

fn shown_json(v: &serde_json::Value) -> String {
    if v["state"]["state"] == "declined" || v["state"] == "Declined" {
        return "DECLINED".into();
    }
    v["value"]["Text"].as_str().or_else(|| v["value"]["value"].as_str()).unwrap_or("?").to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Whatever the interleaving of edits and partial syncs on three replicas: after a full
    /// exchange they hold the same case, and for every question the values on show (the visible
    /// one plus any conflicting ones) are exactly the writes no replica had overwritten after
    /// seeing them — so no answer is lost and none comes back from the dead.
    #[test]
    fn replicas_converge_and_no_answer_is_lost(ops in proptest::collection::vec(op(), 1..40)) {
        let users = [UserId::new("a"), UserId::new("b"), UserId::new("c")];
        let mut origin = CaseDoc::create(&full_case(9), ActorId::from(vec![9; 16]), &users[0], Timestamp(1)).expect("create");
        let mut replicas: Vec<CaseDoc> = (0..3u8).map(|i| origin.fork(ActorId::from(vec![i + 1; 16]))).collect();
        let mut writes: Vec<Write> = Vec::new();
        let mut known: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); 3];
        let mut clock = 10;

        for op in ops {
            clock += 1;
            let (replica, q, answer) = match op {
                Op::Answer { replica, q, t } => {
                    let by = &users[replica];
                    (replica, q, answered(&format!("answer {t} from {replica}"), "ar", by, clock))
                }
                Op::Decline { replica, q } => {
                    let mut a = answered("", "ar", &users[replica], clock);
                    a.state = AnswerState::Declined;
                    a.value = None;
                    (replica, q, a)
                }
                Op::Sync { from, to } => {
                    if from != to {
                        let mut source = replicas[from].clone();
                        replicas[to].merge(&mut source).expect("merge");
                        let k = known[from].clone();
                        known[to].extend(k);
                    }
                    continue;
                }
            };
            let question = format!("q.{q}");
            writes.push(Write { question: question.clone(), shown: shown(&answer.state, answer.value.as_ref()), seen: known[replica].clone() });
            known[replica].insert(writes.len() - 1);
            replicas[replica].edit(&users[replica], Timestamp(clock), |c| {
                c.interview.answers.insert(question, answer);
            }).expect("edit");
        }

        // Full exchange.
        for i in 0..3 {
            for j in 0..3 {
                if i != j {
                    let mut other = replicas[j].clone();
                    replicas[i].merge(&mut other).expect("merge");
                }
            }
        }
        let cases: Vec<_> = replicas.iter().map(|r| r.case().expect("hydrate")).collect();
        prop_assert_eq!(&cases[0], &cases[1]);
        prop_assert_eq!(&cases[1], &cases[2]);

        // Reference: per question, the writes that no later write had seen.
        let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (i, w) in writes.iter().enumerate() {
            let overwritten = writes.iter().any(|o| o.question == w.question && o.seen.contains(&i));
            if !overwritten {
                expected.entry(w.question.clone()).or_default().push(w.shown.clone());
            }
        }
        let conflicts = replicas[0].conflicts();
        let mut actual: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (qid, answer) in cases[0].interview.answers.iter().filter(|(q, _)| q.starts_with("q.")) {
            let path = format!("interview/answers/{qid}");
            let shown_values = match conflicts.iter().find(|c| c.path_string() == path) {
                Some(c) => c.values.iter().map(|v| shown_json(&v.value)).collect(),
                None => vec![shown(&answer.state, answer.value.as_ref())],
            };
            actual.insert(qid.clone(), shown_values);
        }
        for v in expected.values_mut().chain(actual.values_mut()) {
            v.sort();
        }
        prop_assert_eq!(expected, actual);
    }
}
