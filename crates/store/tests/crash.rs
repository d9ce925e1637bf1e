//! A writer process appends answers and prints an acknowledgement after each `edit_case`
//! returns; the test kills it with SIGKILL at a random moment, reopens the store and checks
//! that every acknowledged answer is there.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use waypoint_harness::{ProcessGroup, Signal};
use waypoint_model::{Answer, AnswerState, AnswerValue, CaseId, Recorded, Timestamp, UserId, Via};

use crate::{PASS, reopen};

const ROLE: &str = "WAYPOINT_TEST_WRITER_DB";

/// Not a test on its own: the body of the child process (does nothing unless started by
/// `acknowledged_edits_survive_kill_9`).
#[test]
fn writer_child() {
    let Ok(path) = std::env::var(ROLE) else { return };
    let path = std::path::PathBuf::from(path);
    let mut store = reopen(&path);
    let id = CaseId::new(std::env::var("WAYPOINT_TEST_CASE").expect("case"));
    let user = UserId::new(crate::ADMIN);
    for i in 0.. {
        store
            .edit_case(&id, |c| {
                c.interview.answers.insert(
                    format!("q.{i}"),
                    Answer::new(
                        waypoint_model::EntryId::generate(),
                        AnswerState::Answered,
                        Some(AnswerValue::Number(f64::from(i))),
                        Some("ar".into()),
                        Via::Direct,
                        Recorded::new(&user, Timestamp::now()),
                    ),
                );
            })
            .expect("edit");
        println!("ack {i}");
    }
}

#[test]
fn acknowledged_edits_survive_kill_9() {
    for round in 0..3u64 {
        let (_dir, path, mut store) = crate::new_store();
        let id = store.create_case(|_| {}).expect("create");
        drop(store);
        let mut command = Command::new(std::env::current_exe().expect("exe"));
        command
            .args(["--exact", "crash::writer_child", "--nocapture", "--test-threads=1"])
            .env(ROLE, &path)
            .env("WAYPOINT_TEST_CASE", id.as_str())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        // In a group of its own: a writer that never stops must not outlive a failed test.
        let mut writer = ProcessGroup::start("the writer", command).expect("spawn writer");
        let stdout = writer.take_stdout().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let mut acked: Option<u32> = None;
        // Kill after a pseudo-random number of acknowledgements (20..220), mid-stream.
        let target = 20 + (round * 97 + 13) % 200;
        let deadline = Instant::now() + Duration::from_secs(60);
        while let Some(Ok(line)) = lines.next() {
            if let Some(n) = line.strip_prefix("ack ").and_then(|n| n.parse().ok()) {
                acked = Some(n);
                if u64::from(n) >= target || Instant::now() > deadline {
                    break;
                }
            }
        }
        writer.signal(Signal::KILL).expect("kill -9");
        writer.stop().expect("the writer is gone");
        let acked = acked.expect("the writer acknowledged edits");
        let mut store = reopen(&path);
        let case = store.case(&id).expect("case after crash");
        for i in 0..=acked {
            assert!(
                case.interview.answers.contains_key(&format!("q.{i}")),
                "round {round}: lost acknowledged q.{i}"
            );
        }
        assert!(store.verify_audit().is_ok());
        let _ = PASS;
    }
}
