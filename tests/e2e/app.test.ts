// The real app binary, driven through WebDriver as an officer would use it: WebKitWebDriver
// launches `waypoint-app` (WebKitGTK) on a virtual display (Xvfb) this suite starts. Every
// process it starts leads a process group and is stopped with all it started
// (../support/processes.mjs), however the suite ends.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remote } from "webdriverio";
import {
  appCapabilities,
  appProcesses,
  carrying,
  executable,
  listeningPorts,
  membersOf,
  startDisplay,
  startHq,
  requireInstalled,
  startGroup,
  startWebDriver,
  stillAlive,
  waitUntil,
  WEBKIT_WEBDRIVER,
} from "../support/processes.mjs";

type Browser = Awaited<ReturnType<typeof remote>>;
type Driver = Awaited<ReturnType<typeof startWebDriver>>;

const ROOT = resolve(import.meta.dirname, "../..");
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
const APP = process.env.WAYPOINT_APP ?? join(TARGET, "debug", "waypoint-app");
const HQ = process.env.WAYPOINT_HQ ?? join(TARGET, "debug", "waypoint-hq");
// Screenshots: into docs/screenshots with WAYPOINT_SCREENSHOTS=docs/screenshots, else a temporary
// folder (named at the end), so that a test run leaves the checkout as it was.
const SHOTS = process.env.WAYPOINT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), "waypoint-shots-"));
const PASSPHRASE = "river stone lantern";

const GIVEN = "Selam";
const FAMILY = "ተስፋይ";

let display: Awaited<ReturnType<typeof startDisplay>>;
let driver: Driver;
let dataDir: string;

async function launch(on: Driver = driver): Promise<Browser> {
  const browser = await remote({
    hostname: "127.0.0.1",
    port: on.port,
    logLevel: "warn",
    connectionRetryTimeout: 30_000,
    // A session request that timed out is not sent again: a second app on the same data folder.
    connectionRetryCount: 0,
    capabilities: appCapabilities(APP) as WebdriverIO.Capabilities,
  });
  await browser.$('[data-testid="setup-form"], [data-testid="unlock-form"]').waitForExist({ timeout: 20_000 });
  return browser;
}

/** Ends a session and waits until its app has gone (the next session opens the same data). */
async function endSession(b: Browser, on: Driver = driver): Promise<void> {
  await b.deleteSession();
  await waitUntil("the app of the ended session to exit", 30_000, () => {
    const left = appProcesses(on.group, APP);
    return left.length === 0 ? { ready: true } : { notYet: `app processes ${left.join(", ")}` };
  });
}

const tid = (b: Browser, id: string) => b.$(`[data-testid="${id}"]`);

async function typeInto(b: Browser, id: string, text: string): Promise<void> {
  const el = tid(b, id);
  await el.waitForDisplayed();
  await el.setValue(text);
}

async function saved(b: Browser): Promise<void> {
  await b.waitUntil(async () => (await tid(b, "save-status").getAttribute("data-status")) === "saved", {
    timeout: 10_000,
    timeoutMsg: "autosave did not report saved",
  });
}

async function select(b: Browser, id: string, value: string): Promise<void> {
  await tid(b, id).selectByAttribute("value", value);
}

async function question(b: Browser, id: string) {
  return b.$(`[data-testid="question"][data-question="${id}"]`);
}

async function unlock(b: Browser): Promise<void> {
  await typeInto(b, "unlock-user", "amina");
  await typeInto(b, "unlock-passphrase", PASSPHRASE);
  await tid(b, "unlock-submit").click();
  await tid(b, "case-search").waitForDisplayed();
}

/** Presses Tab until the element `id` has the focus, as a keyboard-only user would. */
async function tabTo(b: Browser, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const focused = await b.execute(() => document.activeElement?.getAttribute("data-testid") ?? "");
    if (focused === id) return;
    await b.keys("Tab");
  }
  throw new Error(`Tab never reached ${id}`);
}

/** A screenshot once the page says it is drawn: fonts loaded and two frames painted. */
async function shot(b: Browser, name: string): Promise<void> {
  await b.executeAsync((done: (v: null) => void) => {
    void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
  });
  await b.saveScreenshot(join(SHOTS, `${name}.png`));
}

beforeAll(async () => {
  requireInstalled([
    ["the app", APP, "cd ui && npm ci && npm run build; cargo build -p waypoint-app (or set WAYPOINT_APP)"],
    ["headquarters", HQ, "cargo build -p waypoint-hq (or set WAYPOINT_HQ)"],
    ["WebKitWebDriver", WEBKIT_WEBDRIVER, "apt install webkit2gtk-driver (or set WEBKIT_WEBDRIVER)"],
    ["a virtual display", "Xvfb", "apt install xvfb"],
  ]);
  dataDir = mkdtempSync(join(tmpdir(), "waypoint-e2e-"));
  mkdirSync(SHOTS, { recursive: true });
  display = await startDisplay(1600, 1400);
  driver = await startWebDriver({ DISPLAY: display.name, WAYPOINT_DATA_DIR: dataDir });
});

afterAll(async () => {
  try {
    await driver?.stop();
  } finally {
    try {
      await display?.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      if (!process.env.WAYPOINT_SCREENSHOTS) console.log(`screenshots: ${SHOTS}`);
    }
  }
});

describe("the app, as an officer uses it", () => {
  let caseCode = "";

  it("sets up the device, registers a person and interviews in two languages", async () => {
    const b = await launch();
    try {
      await typeInto(b, "setup-site", "border-north");
      await typeInto(b, "setup-user", "amina");
      await typeInto(b, "setup-passphrase", PASSPHRASE);
      await typeInto(b, "setup-passphrase-again", PASSPHRASE);
      await tid(b, "setup-submit").click();
      await tid(b, "new-case").waitForDisplayed();
      await tid(b, "new-case").click();
      await tid(b, "registration").waitForDisplayed();
      caseCode = await tid(b, "case-code").getText();

      await typeInto(b, "input-name:given", GIVEN);
      await typeInto(b, "input-name:family", FAMILY);
      await tid(b, "sex-female").click();
      await saved(b);

      // Bad input: a translated message next to the field; what was typed stays.
      await tid(b, "birth-kind-exact").click();
      await typeInto(b, "birth-date", "2011-02-30");
      await tid(b, "input-name:given").click();
      await tid(b, "error-birth").waitForDisplayed();
      expect(await tid(b, "error-birth").getText()).toContain("does not exist");
      expect(await tid(b, "birth-date").getValue()).toBe("2011-02-30");
      await typeInto(b, "birth-date", "2011-02-28");
      await tid(b, "input-name:given").click();
      await tid(b, "error-birth").waitForExist({ reverse: true });
      await saved(b);

      // Interview in Tigrinya, then the interpreter switches to Arabic mid-interview.
      await tid(b, "tab-interview").click();
      await select(b, "interview-language", "ti");
      await tid(b, "start-sitting").click();
      const first = await question(b, "welcome.needs_now");
      await first.waitForDisplayed();
      expect(await (await first.$('[data-testid="question-person"]')).getAttribute("lang")).toBe("ti");
      await (await first.$('[data-testid="choice-water"]')).click();
      await saved(b);
      await tid(b, "next").click();

      await select(b, "interview-language", "ar");
      const second = await question(b, "welcome.preferred_language");
      await second.waitForDisplayed();
      expect(await (await second.$('[data-testid="question-person"]')).getAttribute("dir")).toBe("rtl");
      await (await second.$('[data-testid="answer-text"]')).setValue("العربية والتغرينية");
      await saved(b);
      await tid(b, "next").click();

      const third = await question(b, "welcome.someone_present");
      await (await third.$('[data-testid="decline"]')).click();
      await saved(b);
      expect(await (await question(b, "welcome.someone_present")).getAttribute("data-state")).toBe("declined");
    } finally {
      await endSession(b);
    }
  });

  it("after a restart, finds everything again, switches to Arabic and hides every name", async () => {
    const b = await launch();
    try {
      await typeInto(b, "unlock-user", "amina");
      await typeInto(b, "unlock-passphrase", PASSPHRASE);
      await tid(b, "unlock-submit").click();
      await typeInto(b, "case-search", "Salam");
      await b.waitUntil(async () => (await b.$$('[data-testid="case-row"]').length) === 1, { timeout: 5_000 });
      expect(await tid(b, "case-row").getAttribute("data-code")).toBe(caseCode);
      await tid(b, "case-row").click();
      expect(await tid(b, "input-name:given").getValue()).toBe(GIVEN);
      expect(await tid(b, "input-name:family").getValue()).toBe(FAMILY);
      expect(await tid(b, "birth-date").getValue()).toBe("2011-02-28");

      await tid(b, "tab-interview").click();
      // The sitting left open when the app closed continues, at the first open question.
      await tid(b, "question").waitForDisplayed();
      expect(await tid(b, "start-sitting").isExisting()).toBe(false);
      await tid(b, "previous").click();
      expect(await (await question(b, "welcome.someone_present")).getAttribute("data-state")).toBe("declined");
      await tid(b, "previous").click();
      const second = await question(b, "welcome.preferred_language");
      expect(await (await second.$('[data-testid="answer-text"]')).getValue()).toBe("العربية والتغرينية");
      expect(await (await second.$('[data-testid="answer-state"]')).getText()).toContain("العربية");
      await tid(b, "previous").click();
      const first = await question(b, "welcome.needs_now");
      expect(await (await first.$('[data-testid="choice-water"]')).getAttribute("aria-pressed")).toBe("true");
      expect(await (await first.$('[data-testid="answer-state"]')).getText()).toContain("ትግርኛ");

      await select(b, "ui-language", "ar");
      await b.waitUntil(async () => (await b.execute(() => document.documentElement.dir)) === "rtl");
      const layout = await b.execute(() => {
        const bar = document.querySelector(".topbar")!;
        const brand = document.querySelector(".brand")!.getBoundingClientRect();
        return { direction: getComputedStyle(bar).direction, brandRight: brand.right, width: window.innerWidth };
      });
      expect(layout.direction).toBe("rtl");
      expect(layout.brandRight).toBeGreaterThan(layout.width * 0.8);

      await tid(b, "quick-hide").click();
      await tid(b, "neutral-screen").waitForDisplayed();
      const hidden = await b.getPageSource();
      for (const secret of [GIVEN, FAMILY, caseCode, "العربية والتغرينية"]) expect(hidden).not.toContain(secret);
      await tid(b, "reveal").click();
      await tid(b, "case-screen").waitForDisplayed();
      await b.keys("Escape");
      await tid(b, "neutral-screen").waitForDisplayed();
      expect(await b.getPageSource()).not.toContain(GIVEN);
    } finally {
      await endSession(b);
    }
  });

  it("screens a case, traces a relative, refers, and syncs with a real headquarters", async () => {
    const hqDir = mkdtempSync(join(tmpdir(), "waypoint-e2e-hq-"));
    const db = join(hqDir, "hq.db");
    const printed = execFileSync(HQ, ["--lang", "en", "device", "add", "--db", db, "--site", "border-north"], { encoding: "utf8" });
    const code = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(printed)?.[0] ?? "";
    expect(code).not.toBe("");
    // Port 0: HQ prints the address it got.
    const hq = await startHq(HQ, ["--db", db]);
    let session: Browser | undefined;
    try {
      const b = (session = await launch());
      await select(b, "ui-language", "en");
      await unlock(b);

      // A second person, who consented to be found by family tracing.
      await tid(b, "new-case").click();
      await typeInto(b, "input-name:given", "Hiwet");
      await typeInto(b, "input-name:family", "Tesfay");
      await tid(b, "sex-female").click();
      await saved(b);
      await tid(b, "tab-consent").click();
      await tid(b, "consent-give-family_tracing").click();
      await saved(b);
      await tid(b, "back-to-list").click();

      // The first person: screening, then looking for their sister.
      await typeInto(b, "case-search", "Selam");
      await b.waitUntil(async () => (await b.$$('[data-testid="case-row"]').length) === 1, { timeout: 5_000 });
      await tid(b, "case-row").click();
      await tid(b, "tab-screening").click();
      await tid(b, "record-documents_held_by_others").click();
      await saved(b);
      await tid(b, "record-debt_bondage").click();
      await saved(b);
      expect(await tid(b, "risk-summary").getText()).toContain("owes a debt");
      await tid(b, "refer-anti_trafficking").click();
      await saved(b);
      await shot(b, "screening-en");
      await tid(b, "tab-referrals").click();
      expect(await tid(b, "referral").getAttribute("data-service")).toBe("anti_trafficking");
      await typeInto(b, "follow-up-due", "2026-12-01");
      await tid(b, "add-follow-up").click();
      await tid(b, "follow-up").waitForDisplayed();
      await shot(b, "referrals-en");

      await tid(b, "tab-consent").click();
      await tid(b, "consent-give-family_tracing").click();
      await saved(b);
      await tid(b, "tab-tracing").click();
      await tid(b, "add-sought-person").click();
      await tid(b, "sought-person").waitForDisplayed();
      const sought = await tid(b, "sought-person");
      await (await sought.$('[data-testid^="input-sought_relationship"]')).setValue("sister");
      await (await sought.$('[data-testid^="input-sought_names"]')).setValue("Hiwet Tesfay");
      await (await sought.$('[data-testid^="input-sought_birth"]')).click();
      await saved(b);
      await tid(b, "find-candidates").click();
      await tid(b, "candidate").waitForDisplayed();
      expect(await tid(b, "candidate").getText()).toContain("Hiwet");
      await tid(b, "confirm-match").click();
      await b.waitUntil(async () => (await tid(b, "candidate").getAttribute("data-status")) === "confirmed", { timeout: 5_000 });
      await shot(b, "tracing-en");

      // Sync: not connected yet; enroll with the one-time code, and everything goes to HQ.
      await tid(b, "sync-indicator").click();
      await tid(b, "enroll-form").waitForDisplayed();
      await typeInto(b, "input-hq-url", hq.url);
      await typeInto(b, "input-enroll-code", "WRONG-CODE-0000");
      await tid(b, "enroll").click();
      await tid(b, "error-code").waitForDisplayed();
      await typeInto(b, "input-enroll-code", code);
      await tid(b, "enroll").click();
      await b.waitUntil(async () => (await tid(b, "sync-summary").getText()).startsWith("Synced"), { timeout: 20_000 });
      expect(await tid(b, "sync-pending").getText()).toContain("Nothing");
      expect(await tid(b, "sync-indicator").getAttribute("data-state")).toBe("ok");
      await shot(b, "sync-en");
    } finally {
      try {
        if (session) await endSession(session);
      } finally {
        await hq.stop();
        rmSync(hqDir, { recursive: true, force: true });
      }
    }
  });

  it("works with the keyboard alone, and on a portrait tablet", async () => {
    const b = await launch();
    try {
      await select(b, "ui-language", "en");
      await tid(b, "unlock-user").click();
      await b.keys("amina");
      await b.keys("Tab");
      await b.keys(PASSPHRASE);
      await b.keys("Enter");
      await tid(b, "case-search").waitForDisplayed();
      await tabTo(b, "new-case");
      await b.keys("Enter");
      await tid(b, "registration").waitForDisplayed();
      await tabTo(b, "input-name:given");
      await b.keys("Yonas");
      await tabTo(b, "tab-screening");
      await b.keys("Enter");
      await tid(b, "screening").waitForDisplayed();
      await tabTo(b, "record-signs_of_abuse");
      await b.keys("Enter");
      await saved(b);
      expect(await tid(b, "indicator-signs_of_abuse").getAttribute("class")).toContain("present");
      const outline = await b.execute(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");

      // Portrait 800×1280: nothing runs off the side, touch targets stay large.
      await b.setWindowSize(800, 1280);
      await b.waitUntil(async () => (await b.execute(() => window.innerWidth)) <= 800, { timeout: 5_000 });
      for (const tab of ["registration", "interview", "tracing", "screening", "referrals"]) {
        await tid(b, `tab-${tab}`).click();
        const fit = await b.execute(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          smallest: Math.min(...Array.from(document.querySelectorAll("main button")).map((e) => e.getBoundingClientRect().height).filter((h) => h > 0)),
        }));
        expect(fit.overflow, `${tab} fits the width`).toBeLessThanOrEqual(0);
        expect(fit.smallest, `${tab} buttons stay touchable`).toBeGreaterThanOrEqual(32);
      }
      await tid(b, "tab-registration").click();
      await shot(b, "registration-portrait-en");
      await b.setWindowSize(1280, 800);
    } finally {
      await endSession(b);
    }
  });

  it("shows the main screens in English, Arabic and Tigrinya (screenshots)", async () => {
    const b = await launch();
    try {
      for (const lang of ["en", "ar", "ti", "fa", "am", "uk"]) {
        await select(b, "ui-language", lang);
        if (lang === "en" || lang === "ar" || lang === "ti") await shot(b, `unlock-${lang}`);
        if (!(await tid(b, "unlock-passphrase").isExisting())) continue;
        await typeInto(b, "unlock-user", "amina");
        await typeInto(b, "unlock-passphrase", PASSPHRASE);
        await tid(b, "unlock-submit").click();
        await tid(b, "case-row").waitForDisplayed();
        if (lang === "en" || lang === "ar" || lang === "ti") await shot(b, `cases-${lang}`);
        await typeInto(b, "case-search", GIVEN);
        await b.waitUntil(async () => (await b.$$('[data-testid="case-row"]').length) === 1, { timeout: 5_000 });
        await tid(b, "case-row").click();
        await tid(b, "registration").waitForDisplayed();
        if (lang === "en" || lang === "ar" || lang === "ti") await shot(b, `registration-${lang}`);
        await tid(b, "tab-interview").click();
        await select(b, "interview-language", lang === "en" ? "ar" : lang);
        if (await tid(b, "start-sitting").isExisting()) await tid(b, "start-sitting").click();
        await tid(b, "question").waitForDisplayed();
        await shot(b, `interview-${lang}`);
        if (lang === "en" || lang === "ar" || lang === "ti") {
          await tid(b, "tab-consent").click();
          await shot(b, `consent-${lang}`);
          if (lang !== "en") {
            for (const tab of ["tracing", "screening", "referrals"]) {
              await tid(b, `tab-${tab}`).click();
              await shot(b, `${tab}-${lang}`);
            }
            await tid(b, "sync-indicator").click();
            await tid(b, "sync-screen").waitForDisplayed();
            await shot(b, `sync-${lang}`);
          }
        }
        await tid(b, "lock").click();
        await tid(b, "unlock-form").waitForDisplayed();
      }
    } finally {
      await endSession(b);
    }
  });
});

describe("what the suite starts, it stops", () => {
  it("stops the driver, the app and every process they started, even after the app was killed mid-session", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waypoint-e2e-kill-"));
    const own = await startWebDriver({ DISPLAY: display.name, WAYPOINT_DATA_DIR: dir });
    try {
      const b = await launch(own);
      expect(executable(own.group.pid)).toContain("WebKitWebDriver");
      const [app] = appProcesses(own.group, APP);
      expect(app, "the driver launched the app").toBeDefined();
      // Everything they started, in the group or not (by parent), with start times.
      const tree = own.group.tree();
      expect(tree.length, "the driver, the app and its web processes").toBeGreaterThanOrEqual(3);
      const port = own.port;

      // The app dies under a live session, as it does when it crashes or a test kills it.
      process.kill(app!, "SIGKILL");
      await expect(b.getTitle()).rejects.toThrow();
      await own.stop();
      expect(tree.filter(stillAlive).map((p) => p.pid), "none of them is left").toEqual([]);
      expect(carrying(own.group.mark), "nothing carrying the group's mark").toEqual([]);
      expect(carrying(`WAYPOINT_DATA_DIR=${dir}`), "nothing of this app's data folder").toEqual([]);
      await expect(fetch(`http://127.0.0.1:${port}/status`)).rejects.toThrow();
    } finally {
      await own.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops every process it started on Ctrl-C", async () => {
    // The holder is a process group of its own, so that however this test ends its group, and
    // the groups it started (its descendants), are stopped.
    const holder = startGroup("a holder of a session", process.execPath, [join(import.meta.dirname, "hold-session.mjs"), APP], {
      stdout: "pipe",
    });
    try {
      let printed = "";
      holder.child.stdout!.on("data", (chunk: Buffer) => {
        printed += chunk.toString();
      });
      const line = await waitUntil<string>("the holder to print its process groups", 90_000, () => {
        holder.ensureRunning();
        return printed.includes("\n") ? { ready: printed.split("\n")[0]! } : { notYet: "nothing printed yet" };
      });
      const { groups, apps, mark } = JSON.parse(line) as { groups: number[]; apps: number[]; mark: string };
      expect(apps.length, "the app was running").toBeGreaterThan(0);
      const tree = holder.tree();
      expect(tree.some((p) => apps.includes(p.pid)), "the app is the holder's descendant").toBe(true);

      process.kill(holder.pid, "SIGINT");
      const ended = await waitUntil("the holder to exit", 30_000, () => {
        const e = holder.exited();
        return e === null ? { notYet: "still running" } : { ready: e };
      });
      expect(ended).toBe("SIGINT");
      // SIGKILL is delivered at once, but a process leaves /proc a moment later: asked, not assumed.
      await waitUntil("every process the holder started to be gone", 10_000, () => {
        const left = tree.filter((p) => p.pid !== holder.pid && stillAlive(p)).map((p) => p.pid);
        left.push(...groups.flatMap((g) => membersOf(g)));
        return left.length === 0 ? { ready: true } : { notYet: `processes ${left.join(", ")}` };
      });
      expect(carrying(mark), "nothing carrying the holder's data folder").toEqual([]);
    } finally {
      await holder.stop();
    }
  });
});
