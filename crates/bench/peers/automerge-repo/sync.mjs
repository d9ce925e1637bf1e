// The comparison peer of `waypoint-bench sync`: the same offline edits and one reconnect,
// through automerge-repo (one document per case, NodeFS storage on both sides, WebSocket).
//
//   node sync.mjs --cases 1000 --answers 40
//
// A "device" repo edits every case offline (one change per answer, as the app autosaves), then
// connects to an "HQ" repo running in a worker thread (its own core, as `waypoint-hq` has).
// Timed: from connecting until HQ holds every document at the device's heads and has flushed
// them to its storage. Counted: WebSocket message bytes each way, at HQ's sockets.
// Prints `<metric> <value> <unit>` lines, like waypoint-bench; with WAYPOINT_BENCH_SPANS set,
// also when the offline edits were done (stderr).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { randomUUID } from "node:crypto";

import { Repo } from "@automerge/automerge-repo";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import {
  WebSocketClientAdapter,
  WebSocketServerAdapter,
} from "@automerge/automerge-repo-network-websocket";
import { WebSocketServer } from "ws";
import * as A from "@automerge/automerge";

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number.parseInt(process.argv[i + 1] ?? "", 10);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a non-negative number`);
    process.exit(2);
  }
  return value;
}

const sameHeads = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

// ---- HQ, in a worker thread ----

async function hq({ dir }) {
  let up = 0;
  let down = 0;
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  // Registered before the adapter's own handler, so every frame is counted.
  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      up += data.byteLength ?? data.length;
    });
    const send = socket.send.bind(socket);
    socket.send = (data, ...rest) => {
      down += data.byteLength ?? data.length;
      return send(data, ...rest);
    };
  });
  await new Promise((resolve) => wss.on("listening", resolve));
  const repo = new Repo({
    storage: new NodeFSStorageAdapter(dir),
    network: [new WebSocketServerAdapter(wss)],
    // A hub answers; it does not announce documents to devices.
    sharePolicy: async () => false,
  });
  parentPort.postMessage({ port: wss.address().port });

  const expected = await new Promise((resolve) => parentPort.once("message", resolve));
  // Done when every document is here at the device's heads. Polled every 100 ms, only the
  // documents still missing: often enough to add little to the time, rarely enough not to take
  // the CPU the repo needs.
  let waiting = new Map(Object.entries(expected.heads));
  // A sync that never converges must fail the bench, not hang it.
  const deadline = Date.now() + 10 * 60_000;
  while (waiting.size > 0) {
    if (Date.now() > deadline) {
      throw new Error(`automerge-repo did not converge in 10 minutes: ${waiting.size} documents still differ`);
    }
    const still = new Map();
    for (const [id, heads] of waiting) {
      const handle = repo.handles[id];
      const doc = handle?.isReady() ? handle.doc() : undefined;
      if (!doc || !sameHeads(A.getHeads(doc), heads)) still.set(id, heads);
    }
    waiting = still;
    if (waiting.size > 0) await new Promise((r) => setTimeout(r, 100));
  }
  await repo.flush();
  parentPort.postMessage({ done: true, up, down });
  await new Promise((resolve) => parentPort.once("message", resolve));
  await repo.shutdown();
  wss.close();
}

// ---- the device, in the main thread ----

// Strings as plain values, as Waypoint's model stores them (not collaborative text, which
// Automerge 3 makes of a JavaScript string by default: one operation per character).
const str = (s) => new A.ImmutableString(s);

// The shape of an answer in Waypoint's case document.
function answer(i, q) {
  return {
    id: str(randomUUID()),
    state: str("answered"),
    value: { Text: str(`answer ${q} of case ${i}: a sentence as an interpreter would type it`) },
    language: str("ar"),
    via: str("interpreter"),
    translation: null,
    sitting: null,
    recorded: { by: str("officer-amina"), at: Date.now() },
  };
}

async function device(cases, answers) {
  const root = mkdtempSync(join(tmpdir(), "waypoint-automerge-repo-"));
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir: join(root, "hq") } });
    worker.on("error", (e) => {
      console.error(`automerge-repo HQ failed: ${e?.message ?? e}`);
      process.exit(1);
    });
    const { port } = await new Promise((resolve) => worker.once("message", resolve));

    // Offline: no network adapter yet.
    const repo = new Repo({ storage: new NodeFSStorageAdapter(join(root, "device")) });
    const heads = {};
    for (let i = 0; i < cases; i++) {
      // Edited with Automerge itself (one change per answer, as the app autosaves), then put
      // in the repo and its storage: the same history as through `handle.change`, without the
      // repo's per-change events and storage writes, which are setup here, not sync.
      let doc = A.from({
        schema: 1,
        id: str(randomUUID()),
        site: str("border-north"),
        opened: { by: str("officer-amina"), at: Date.now() },
        interview: { answers: {} },
      });
      for (let q = 0; q < answers; q++) {
        const key = `q${String(q).padStart(2, "0")}`;
        doc = A.change(doc, (d) => {
          d.interview.answers[key] = answer(i, q);
        });
      }
      const handle = repo.import(A.save(doc));
      heads[handle.documentId] = A.getHeads(handle.doc());
    }
    if (process.env.WAYPOINT_BENCH_SPANS) console.error(`span edits ${(performance.now() / 1000).toFixed(3)} s`);
    await repo.flush();
    if (process.env.WAYPOINT_BENCH_SPANS) console.error(`span flushed ${(performance.now() / 1000).toFixed(3)} s`);

    worker.postMessage({ heads });
    const start = process.hrtime.bigint();
    repo.networkSubsystem.addNetworkAdapter(new WebSocketClientAdapter(`ws://127.0.0.1:${port}`));
    const result = await new Promise((resolve) => worker.once("message", resolve));
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;

    console.log(`automerge_repo_cases ${cases.toFixed(3)} count`);
    console.log(`automerge_repo_sync_time ${seconds.toFixed(3)} s`);
    console.log(`automerge_repo_bytes_up ${result.up.toFixed(3)} bytes`);
    console.log(`automerge_repo_bytes_down ${result.down.toFixed(3)} bytes`);

    worker.postMessage({ stop: true });
    await repo.shutdown();
    await new Promise((resolve) => worker.once("exit", resolve));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (isMainThread) {
  await device(argument("cases", 1000), argument("answers", 40));
  process.exit(0);
} else {
  await hq(workerData);
}
