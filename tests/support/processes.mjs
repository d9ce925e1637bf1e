// What the end-to-end and dashboard suites start (a virtual display, WebKitWebDriver and the app
// it launches, waypoint-hq), so that a run never fails by chance and leaves nothing running.
// The Rust side (benches, HQ tests) does the same with the `waypoint-harness` crate.
//
// - Every process leads a process group of its own and is stopped with everything it started:
//   SIGTERM to the group, SIGKILL after a grace period, and a check that no member is alive.
//   A group of its own no longer gets the terminal's Ctrl-C, so this module kills every group
//   still running when this process gets SIGINT, SIGTERM or SIGHUP, or exits.
// - Readiness is asked for (a status request, a connection), retried until a deadline whose
//   error names what was awaited and what was last seen; never a fixed pause.
// - Servers bind port 0; the port they got is read back (HQ prints it; WebKitWebDriver does
//   not, so it is read from /proc), never picked beforehand.

import { spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";

const GRACE_MS = 5_000;
const KILLED_MS = 10_000;

/** Process group ids started here and not stopped yet. */
const live = new Set();

function killAll() {
  for (const pgid of live) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every process in /proc: pid, parent, group and state (Z: exited, not reaped). */
export function processes() {
  const found = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited while being read
    }
    // The command name may hold spaces and parentheses: count fields from the last ')'.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    found.push({ pid: Number(name), state: rest[0], ppid: Number(rest[1]), pgid: Number(rest[2]) });
  }
  return found;
}

/** Live processes of group `pgid` (zombies hold nothing but a slot: not alive). */
export function membersOf(pgid) {
  return processes()
    .filter((p) => p.pgid === pgid && p.state !== "Z")
    .map((p) => p.pid);
}

/** The executable of `pid`, or "" if it cannot be read. */
export function executable(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return "";
  }
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
 * Starts `command` as the leader of a new process group (no standard input). `stdout`:
 * "ignore", "inherit" or "pipe"; `stderr`: "inherit" (the default) or "ignore".
 */
export function startGroup(name, command, args, { env = process.env, stdout = "ignore", stderr = "inherit" } = {}) {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", stdout, stderr] });
  if (child.pid === undefined) throw new Error(`could not start ${name} (${command})`);
  const pgid = child.pid;
  live.add(pgid);
  let exit = null;
  child.on("exit", (code, signal) => {
    exit = signal ?? `exit code ${code}`;
  });
  // An error after the spawn (the program is missing) is reported by `ensureRunning`.
  child.on("error", (e) => {
    exit = String(e);
  });
  return {
    name,
    child,
    pid: pgid,
    /** Why the leader ended, or null while it runs. */
    exited: () => exit,
    /** Throws if the leader has ended: a server that died is not waited for until a deadline. */
    ensureRunning() {
      if (exit !== null) throw new Error(`${name} ended (${exit}) before it was ready`);
    },
    members: () => membersOf(pgid),
    /** SIGTERM, SIGKILL to what is left after a grace period; throws naming any survivor. */
    async stop() {
      if (!live.has(pgid)) return;
      const gone = async (ms) => {
        const end = Date.now() + ms;
        while (Date.now() < end) {
          if (membersOf(pgid).length === 0) return true;
          await sleep(20);
        }
        return membersOf(pgid).length === 0;
      };
      try {
        process.kill(-pgid, "SIGTERM");
      } catch {
        // Every member has already exited.
      }
      if (!(await gone(GRACE_MS))) {
        try {
          process.kill(-pgid, "SIGKILL");
        } catch {
          // Gone meanwhile.
        }
      }
      const stopped = await gone(KILLED_MS);
      live.delete(pgid);
      if (!stopped) throw new Error(`${name}: processes ${membersOf(pgid).join(", ")} survived SIGKILL`);
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
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const body = await r.text();
    return r.ok && accept(body) ? { ready: body } : { notYet: `HTTP ${r.status}: ${body.slice(0, 200)}` };
  } catch (e) {
    return { notYet: String(e?.cause ?? e) };
  }
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

/** Xvfb on a display number it chose itself (`-displayfd`), ready when it accepts a client. */
export async function startDisplay(width, height) {
  const xvfb = startGroup("Xvfb", "Xvfb", ["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", `${width}x${height}x24`], {
    stdout: "pipe",
    // It reports every display number it tried that was taken: noise, not an error.
    stderr: "ignore",
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

/**
 * WebKitWebDriver on port 0, ready when `GET /status` says `ready: true`. Started directly, not
 * through tauri-driver: on Linux that only renames `tauri:options` and forwards requests, but
 * needs ports picked beforehand, answers before the native driver listens, and leaves it
 * running when killed. `env` is added to its environment; the app it launches inherits it.
 */
export async function startWebDriver(env) {
  const driver = startGroup("WebKitWebDriver", "/usr/bin/WebKitWebDriver", ["--port=0", "--host=127.0.0.1"], {
    // Tauri enables automation in its web view only when this is set.
    env: { ...process.env, ...env, TAURI_WEBVIEW_AUTOMATION: "true" },
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

/** The processes of `group` whose executable is `app`. */
export function appProcesses(group, app) {
  const want = realpathSync(app);
  return group.members().filter((pid) => executable(pid) === want);
}

/**
 * `waypoint-hq serve` with `args` (its database) on port 0: ready once it has printed the
 * address it got and answers `/health` there. Returns `{ url, group, stop }`.
 */
export async function startHq(bin, args) {
  const hq = startGroup("waypoint-hq", bin, ["--lang", "en", "serve", ...args, "--listen", "127.0.0.1:0"], { stdout: "pipe" });
  let address = null;
  readLines(hq.child.stdout, (line) => {
    const m = /(\d+\.\d+\.\d+\.\d+:\d+)/.exec(line);
    if (address === null && m) address = m[1];
  });
  try {
    const url = await waitUntil("waypoint-hq to print its address", 60_000, () => {
      hq.ensureRunning();
      return address === null ? { notYet: "no address printed yet" } : { ready: `http://${address}` };
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
