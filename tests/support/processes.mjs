// What the end-to-end and dashboard suites start (a virtual display, WebKitWebDriver and the app
// it launches, waypoint-hq), so that a run never fails by chance and leaves nothing running.
// The Rust side (benches, HQ tests) does the same with the `waypoint-harness` crate.
//
// - Every process leads a process group of its own and is stopped with everything it started:
//   SIGTERM to the group and to every descendant (some leave the group: PostgreSQL's backends,
//   Chromium's crash handler), SIGKILL after a grace period, and a check that none is alive.
//   A descendant is known by its process id *and* start time, and a group is only signalled
//   while a process carrying its mark (WAYPOINT_GROUP in its environment) is in it, so a process
//   id given to a stranger meanwhile is never signalled.
//   A group of its own no longer gets the terminal's Ctrl-C, so this module kills every group
//   still running when this process gets SIGINT, SIGTERM or SIGHUP, or exits.
// - Readiness is asked for (a status request, a connection), retried until a deadline whose
//   error names what was awaited and what was last seen; never a fixed pause.
// - Servers bind port 0; the port they got is read back (HQ prints it; WebKitWebDriver does
//   not, so it is read from /proc), never picked beforehand.

import { spawn } from "node:child_process";
import { get as httpsGet } from "node:https";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";

const GRACE_MS = 5_000;
const KILLED_MS = 10_000;

/** Groups started here and not stopped yet: pgid → the mark its processes carry. */
const live = new Map();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One process from /proc: pid, parent, group, state (Z: exited, not reaped) and start time. */
function stat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null; // exited while being read
  }
  // The command name may hold spaces and parentheses: count fields from the last ')'.
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { pid: Number(pid), state: rest[0], ppid: Number(rest[1]), pgid: Number(rest[2]), start: rest[19] };
}

/** Every process in /proc. */
export function processes() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(stat)
    .filter((p) => p !== null);
}

/** Whether `p` (as seen before) is still the same live process. */
export function stillAlive(p) {
  const now = stat(p.pid);
  return now !== null && now.start === p.start && now.state !== "Z";
}

/** Live processes of group `pgid`. */
export function membersOf(pgid) {
  return processes()
    .filter((p) => p.pgid === pgid && p.state !== "Z")
    .map((p) => p.pid);
}

/** The live members of group `pgid` and all their live descendants, wherever they are. */
export function treeOf(pgid) {
  const all = processes();
  const tree = all.filter((p) => p.pgid === pgid);
  for (let i = 0; i < tree.length; i++) {
    for (const p of all) if (p.ppid === tree[i].pid && !tree.some((t) => t.pid === p.pid)) tree.push(p);
  }
  return tree.filter((p) => p.state !== "Z");
}

/** Live processes whose environment holds `entry` (`NAME=value`). */
export function carrying(entry) {
  return processes().filter((p) => {
    if (p.state === "Z") return false;
    try {
      return readFileSync(`/proc/${p.pid}/environ`, "latin1").split("\0").includes(entry);
    } catch {
      return false;
    }
  });
}

/** The executable of `pid`, or "" if it cannot be read. */
export function executable(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return "";
  }
}

/** `pid command line`, for messages. */
function describe(p) {
  try {
    return `${p.pid} ${readFileSync(`/proc/${p.pid}/cmdline`, "utf8").replaceAll("\0", " ").trim()}`;
  } catch {
    return String(p.pid);
  }
}

function signal(target, sig) {
  try {
    process.kill(target, sig);
  } catch (e) {
    // Gone already: nothing to do. Anything else (not ours to signal) must be said.
    if (e?.code !== "ESRCH") throw e;
  }
}

/** Signals group `pgid` while one of its processes still carries `mark`. */
function signalGroup(pgid, mark, sig) {
  if (carrying(mark).some((p) => p.pgid === pgid)) signal(-pgid, sig);
}

function killAll() {
  for (const [pgid, mark] of live) {
    const marked = new Set(carrying(mark).map((p) => p.pid));
    try {
      if ([...marked].some((pid) => stat(pid)?.pgid === pgid)) signal(-pgid, "SIGKILL");
      for (const p of treeOf(pgid)) if (marked.has(p.pid)) signal(p.pid, "SIGKILL");
    } catch {
      // Leaving anyway: the end-of-run check names what is left.
    }
  }
  live.clear();
}

process.on("exit", killAll);
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    killAll();
    // Raised again with its default action: the right exit status, and no test runner's
    // stubbed `process.exit` in the way.
    process.removeAllListeners(sig);
    process.kill(process.pid, sig);
  });
}

/**
 * Asks `probe` every 50 ms until it returns `{ ready: value }`, at most `ms`; it returns
 * `{ notYet: "what it saw" }` otherwise, or throws to give up at once.
 */
export async function waitUntil(what, ms, probe) {
  const end = Date.now() + ms;
  let last = "never asked";
  for (;;) {
    const seen = await probe();
    if ("ready" in seen) return seen.ready;
    last = seen.notYet;
    if (Date.now() >= end) throw new Error(`waited ${ms} ms for ${what}; last seen: ${last}`);
    await sleep(50);
  }
}

/**
 * Starts `command` as the leader of a new process group (no standard input), its processes
 * marked in their environment. `stdout`: "ignore", "inherit" or "pipe"; `stderr`: "inherit"
 * (the default), "ignore", or "keep" (its last lines are kept for the error message).
 */
export function startGroup(name, command, args, { env = process.env, stdout = "ignore", stderr = "inherit", hint = "" } = {}) {
  const mark = `WAYPOINT_GROUP=${randomUUID()}`;
  const [key, value] = mark.split("=");
  const child = spawn(command, args, {
    env: { ...env, [key]: value },
    detached: true,
    stdio: ["ignore", stdout, stderr === "keep" ? "pipe" : stderr],
  });
  let exit = null;
  // Before anything can throw: a program that is missing is reported here, not as an
  // unhandled error event.
  child.on("error", (e) => {
    exit = `${e.code === "ENOENT" ? "not installed" : String(e)}${hint ? ` (${hint})` : ""}`;
  });
  child.on("exit", (code, sig) => {
    exit = sig ?? `exit code ${code}`;
  });
  let kept = "";
  if (stderr === "keep") {
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      kept = (kept + chunk).split("\n").slice(-8).join("\n");
    });
  }
  if (child.pid === undefined) {
    throw new Error(`could not start ${name} (${command})${hint ? `: ${hint}` : ""}`);
  }
  const pgid = child.pid;
  live.set(pgid, mark);
  return {
    name,
    child,
    pid: pgid,
    mark,
    /** Why the leader ended, or null while it runs. */
    exited: () => exit,
    /** Throws if the leader has ended: a server that died is not waited for until a deadline. */
    ensureRunning() {
      if (exit !== null) throw new Error(`${name} ended (${exit}) before it was ready${kept ? `; it wrote:\n${kept}` : ""}`);
    },
    members: () => membersOf(pgid),
    tree: () => treeOf(pgid),
    /** SIGTERM, SIGKILL to what is left after a grace period; throws naming any survivor. */
    async stop() {
      if (!live.has(pgid)) return;
      // Seen before any signal, while the tree is whole: afterwards orphans have new parents.
      const tree = treeOf(pgid);
      const left = () => tree.filter(stillAlive).concat(processes().filter((p) => p.pgid === pgid && p.state !== "Z"));
      const gone = async (ms) => {
        const end = Date.now() + ms;
        while (Date.now() < end) {
          if (left().length === 0) return true;
          await sleep(20);
        }
        return left().length === 0;
      };
      signalGroup(pgid, mark, "SIGTERM");
      for (const p of tree) if (stillAlive(p)) signal(p.pid, "SIGTERM");
      if (!(await gone(GRACE_MS))) {
        signalGroup(pgid, mark, "SIGKILL");
        for (const p of left()) signal(p.pid, "SIGKILL");
      }
      const stopped = await gone(KILLED_MS);
      live.delete(pgid);
      if (!stopped) throw new Error(`${name}: these processes survived SIGKILL: ${left().map(describe).join("; ")}`);
    },
  };
}

/** Loopback TCP ports in LISTEN state held by any of `pids`' sockets, from /proc. */
export function listeningPorts(pids) {
  const inodes = new Set();
  for (const pid of pids) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]);
      } catch {
        // Closed while being read.
      }
    }
  }
  const ports = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === "0A" && inodes.has(f[9])) ports.add(parseInt(f[1].split(":").pop(), 16));
    }
  }
  return [...ports].sort((a, b) => a - b);
}

/** GET `url`: `{ ready: body }` on 200, `{ notYet: why }` otherwise. */
async function ask(url, accept = () => true) {
  if (url.startsWith("https://")) return askTls(url, accept);
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const body = await r.text();
    return r.ok && accept(body) ? { ready: body } : { notYet: `HTTP ${r.status}: ${body.slice(0, 200)}` };
  } catch (e) {
    return { notYet: String(e?.cause ?? e) };
  }
}

/**
 * `ask` over HTTPS to a loopback server with a certificate of its own (HQ makes one): a
 * readiness probe, not a trust decision — devices pin HQ's certificate at enrollment.
 */
function askTls(url, accept) {
  return new Promise((resolve) => {
    const req = httpsGet(url, { rejectUnauthorized: false, timeout: 5_000 }, (r) => {
      let body = "";
      r.setEncoding("utf8");
      r.on("data", (chunk) => (body += chunk));
      r.on("end", () =>
        resolve(r.statusCode === 200 && accept(body) ? { ready: body } : { notYet: `HTTP ${r.statusCode}: ${body.slice(0, 200)}` }),
      );
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (e) => resolve({ notYet: String(e) }));
  });
}

/** Lines of a piped stdout, each passed to `onLine`; the stream is read to its end. */
function readLines(stream, onLine) {
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    buffered += chunk;
    let i;
    while ((i = buffered.indexOf("\n")) >= 0) {
      onLine(buffered.slice(0, i));
      buffered = buffered.slice(i + 1);
    }
  });
}

/** Xvfb on a display number it chose itself (`-displayfd`), ready when it reports it. */
export async function startDisplay(width, height) {
  const xvfb = startGroup("Xvfb", "Xvfb", ["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", `${width}x${height}x24`], {
    stdout: "pipe",
    // It reports every display number it tried that was taken: kept, shown only on failure.
    stderr: "keep",
    hint: "apt install xvfb",
  });
  let number = null;
  readLines(xvfb.child.stdout, (line) => {
    if (number === null && /^\d+$/.test(line.trim())) number = line.trim();
  });
  try {
    await waitUntil("Xvfb to report its display number", 30_000, () => {
      xvfb.ensureRunning();
      return number === null ? { notYet: "no display number yet" } : { ready: number };
    });
  } catch (e) {
    await xvfb.stop();
    throw e;
  }
  return { name: `:${number}`, group: xvfb, stop: () => xvfb.stop() };
}

/** Where WebKitWebDriver is: `WEBKIT_WEBDRIVER`, or where Debian's webkit2gtk-driver puts it. */
export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver";

/**
 * WebKitWebDriver on port 0, ready when `GET /status` says `ready: true`. Started directly, not
 * through tauri-driver: on Linux that only renames `tauri:options` and forwards requests, but
 * needs ports picked beforehand, answers before the native driver listens, and when it is
 * killed leaves the native driver (SIGKILL) or the app (SIGTERM) running. Port 0 was checked
 * with WebKitWebDriver 2.50 (Debian 12). `env` is added to its environment; the app it
 * launches inherits it.
 */
export async function startWebDriver(env) {
  const driver = startGroup("WebKitWebDriver", WEBKIT_WEBDRIVER, ["--port=0", "--host=127.0.0.1"], {
    // Tauri enables automation in its web view only when this is set.
    env: { ...process.env, ...env, TAURI_WEBVIEW_AUTOMATION: "true" },
    stderr: "keep",
    hint: "apt install webkit2gtk-driver, or set WEBKIT_WEBDRIVER",
  });
  try {
    const port = await waitUntil("WebKitWebDriver to listen (port 0)", 30_000, () => {
      driver.ensureRunning();
      const [found] = listeningPorts([driver.pid]);
      return found === undefined ? { notYet: "no listening socket yet" } : { ready: found };
    });
    const url = `http://127.0.0.1:${port}`;
    await waitUntil(`WebKitWebDriver to be ready (GET ${url}/status)`, 30_000, async () => {
      driver.ensureRunning();
      return ask(`${url}/status`, (body) => JSON.parse(body)?.value?.ready === true);
    });
    return { port, url, group: driver, stop: () => driver.stop() };
  } catch (e) {
    await driver.stop();
    throw e;
  }
}

/** WebDriver capabilities of a session that launches `app` (WebKitGTK's own names). */
export function appCapabilities(app) {
  return { "webkitgtk:browserOptions": { binary: app, args: [] } };
}

/** The processes of `group` (and what it started) whose executable is `app`. */
export function appProcesses(group, app) {
  const want = realpathSync(app);
  return group
    .tree()
    .map((p) => p.pid)
    .filter((pid) => executable(pid) === want);
}

/**
 * What a suite needs before it starts, each with how to get it: `[what, path or command on
 * PATH, how]`. Throws one message listing everything missing.
 */
export function requireInstalled(needs) {
  const onPath = (cmd) => (process.env.PATH ?? "").split(":").some((dir) => existsSync(`${dir}/${cmd}`));
  const missing = needs.filter(([, where]) => !(where.includes("/") ? existsSync(where) : onPath(where)));
  if (missing.length) {
    throw new Error(`missing before this suite can run:\n${missing.map(([what, where, how]) => `  ${what} (${where}): ${how}`).join("\n")}`);
  }
}

/**
 * `waypoint-hq serve` with `args` (its database) on port 0: ready once it has printed the
 * address it got and answers `/health` there. Returns `{ url, group, stop }`.
 */
export async function startHq(bin, args) {
  const hq = startGroup("waypoint-hq", bin, ["--lang", "en", "serve", ...args, "--listen", "127.0.0.1:0"], {
    stdout: "pipe",
    hint: "cargo build -p waypoint-hq, or set WAYPOINT_HQ",
  });
  let address = null;
  readLines(hq.child.stdout, (line) => {
    // "… listening on https://127.0.0.1:40123." (http:// with --plain-http)
    const m = /(https?):\/\/(\d+\.\d+\.\d+\.\d+:\d+)/.exec(line);
    if (address === null && m) address = `${m[1]}://${m[2]}`;
  });
  try {
    const url = await waitUntil("waypoint-hq to print its address", 60_000, () => {
      hq.ensureRunning();
      return address === null ? { notYet: "no address printed yet" } : { ready: address };
    });
    await waitUntil(`waypoint-hq to answer ${url}/health`, 30_000, async () => {
      hq.ensureRunning();
      return ask(`${url}/health`);
    });
    return { url, group: hq, stop: () => hq.stop() };
  } catch (e) {
    await hq.stop();
    throw e;
  }
}
