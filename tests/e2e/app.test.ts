// The real app binary, driven through WebDriver as an officer would use it: WebKitWebDriver
// launches `waypoint-app` (WebKitGTK) on a virtual display (Xvfb) this suite starts. Every
// process it starts leads a process group and is stopped with all it started
// (../support/processes.mjs), however the suite ends.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
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

/** Presses Alt with `key` (an interview key), then lets Alt go. */
async function alt(b: Browser, key: string): Promise<void> {
  await b.keys(["Alt", key]);
  await b.keys("Alt");
}

/** Presses Tab until the element `id` (or, ending in `*`, one whose id starts so) has the focus,
 * as a keyboard-only user would. */
async function tabTo(b: Browser, id: string): Promise<void> {
  const wanted = (focused: string) => (id.endsWith("*") ? focused.startsWith(id.slice(0, -1)) : focused === id);
  for (let i = 0; i < 80; i++) {
    const focused = await b.execute(() => document.activeElement?.getAttribute("data-testid") ?? "");
    if (wanted(focused)) return;
    await b.keys("Tab");
  }
  throw new Error(`Tab never reached ${id}`);
}

/** axe-core, injected into the page to check it (https://github.com/dequelabs/axe-core). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** axe rules turned off, each with its reason (none today). */
const AXE_OFF: Record<string, string> = {};
/** The screens axe checked (a screen in a locale counts once). */
const checked = new Set<string>();

type Violation = { id: string; impact: string; help: string; nodes: string[] };

/**
 * Checks the screen as it is with axe-core: no violation at the "serious" or "critical" level
 * (WCAG 2.x A and AA rules and best practices).
 */
async function accessible(b: Browser, screen: string): Promise<void> {
  await b.execute(AXE);
  const off = Object.fromEntries(Object.keys(AXE_OFF).map((id) => [id, { enabled: false }]));
  type Result = { found: Violation[]; passed: number; minor: string[] };
  const result = (await b.executeAsync((rules: object, done: (v: Result) => void) => {
    type Run = { id: string; impact: string; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Run[]; passes: Run[] }> } }).axe;
    void axe.run(document, { rules }).then((r) => {
      const serious = (v: Run) => v.impact === "serious" || v.impact === "critical";
      done({
        found: r.violations
          .filter(serious)
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(" ")) })),
        passed: r.passes.length,
        minor: r.violations.filter((v) => !serious(v)).map((v) => `${v.id} (${v.impact})`),
      });
    });
  }, off)) as Result;
  checked.add(screen);
  // The check itself ran: rules passed on this screen.
  expect(result.passed, `${screen}: axe ran no rule`).toBeGreaterThan(5);
  if (result.minor.length > 0) console.log(`${screen}: minor or moderate: ${result.minor.join(", ")}`);
  expect(result.found, `${screen}: ${JSON.stringify(result.found, null, 1)}`).toEqual([]);
}

/** A screenshot once the page says it is drawn: fonts loaded and two frames painted; the
 * screen is checked for accessibility too. */
async function shot(b: Browser, name: string): Promise<void> {
  await b.executeAsync((done: (v: null) => void) => {
    void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
  });
  await b.saveScreenshot(join(SHOTS, `${name}.png`));
  await accessible(b, name);
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
      console.log(`accessibility (axe-core, serious and critical): ${checked.size} screens checked`);
    }
  }
});

describe("the app, as an officer uses it", () => {
  let caseCode = "";

  it("sets up the device, registers a person and interviews in two languages", async () => {
    const b = await launch();
    try {
      await tid(b, "setup-form").waitForDisplayed();
      await accessible(b, "setup-en");
      await typeInto(b, "setup-site", "border-north");
      await typeInto(b, "setup-user", "amina");
      await typeInto(b, "setup-passphrase", PASSPHRASE);
      // Passphrases that differ: the error is checked too (its field marked, described by it).
      await typeInto(b, "setup-passphrase-again", `${PASSPHRASE} not the same`);
      await tid(b, "setup-submit").click();
      await tid(b, "error-passphrase_again").waitForDisplayed();
      expect(await tid(b, "setup-passphrase-again").getAttribute("aria-invalid")).toBe("true");
      expect(await tid(b, "setup-passphrase-again").getAttribute("aria-describedby")).toBe("error-passphrase_again");
      await accessible(b, "setup-with-an-error-en");
      await typeInto(b, "setup-passphrase-again", PASSPHRASE);
      await tid(b, "setup-submit").click();
      await tid(b, "new-case").waitForDisplayed();
      await accessible(b, "cases-empty-en");
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

      // The officer's own observations: in the officer's language only, marked for the officer,
      // never in the person's large text or language (the interview is in Arabic here).
      for (let i = 0; i < 60 && !(await (await question(b, "officer_observations.scripted_account")).isExisting()); i++) {
        await tid(b, "next").click();
      }
      await tid(b, "section-intro-officer").waitForDisplayed();
      expect(await tid(b, "section-intro").isExisting()).toBe(false);
      await tid(b, "next").click();
      await tid(b, "next").click();
      const officer = await question(b, "officer_observations.adult_in_control");
      await officer.waitForDisplayed();
      expect(await (await officer.$('[data-testid="question-person"]')).isExisting()).toBe(false);
      const officerText = await officer.$('[data-testid="question-officer-only"]');
      expect(await officerText.getText()).toContain("accompanying adult");
      expect(await officerText.getAttribute("lang")).toBe("en");
      expect(/[\u0600-\u06FF]/.test(await b.$(".questions").getText())).toBe(false);
      await shot(b, "officer-only-en");
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
      await accessible(b, "neutral-ar");
      const hidden = await b.getPageSource();
      for (const secret of [GIVEN, FAMILY, caseCode, "العربية والتغرينية"]) expect(hidden).not.toContain(secret);
      await tid(b, "reveal").click();
      await tid(b, "case-screen").waitForDisplayed();
      await tid(b, "tab-registration").click();
      await tid(b, "input-name:given").click();
      await b.keys("Escape");
      await tid(b, "neutral-screen").waitForDisplayed();
      expect(await b.getPageSource()).not.toContain(GIVEN);
      // Back from the neutral screen, the officer is where they were.
      await tid(b, "reveal").click();
      await tid(b, "case-screen").waitForDisplayed();
      expect(await b.execute(() => document.activeElement?.getAttribute("data-testid"))).toBe("input-name:given");
      await b.keys("Escape");
      await tid(b, "neutral-screen").waitForDisplayed();
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
      await tid(b, "consent-give-sharing_with_hq").click();
      await saved(b);
      // Withdrawing the sharing erases the case everywhere else: it is asked once more.
      await tid(b, "consent-withdraw-sharing_with_hq").click();
      await tid(b, "confirm-withdraw-sharing").waitForDisplayed();
      await tid(b, "consent-withdraw-cancel").click();
      await tid(b, "confirm-withdraw-sharing").waitForExist({ reverse: true });
      expect(await tid(b, "consent-state-sharing_with_hq").getText()).toBe("Given");
      await tid(b, "back-to-list").click();

      // The first person: screening, then looking for their sister.
      await typeInto(b, "case-search", "Selam");
      await b.waitUntil(async () => (await b.$$('[data-testid="case-row"]').length) === 1, { timeout: 5_000 });
      // No consent to share her case with HQ: the list says it is only on this device.
      await tid(b, "flag-not-shared").waitForDisplayed();
      await tid(b, "case-row").click();
      // The adult she travels with: the relationship could not be checked and worries the officer.
      const adult = await b.$('[data-testid="adult-new"]');
      await adult.waitForDisplayed();
      await (await adult.$('[data-testid="adult-name"]')).setValue("Yonas");
      await (await adult.$('[data-testid="adult-relationship"]')).setValue("uncle");
      await (await adult.$('[data-testid="adult-verified"]')).selectByAttribute("value", "doubtful");
      await (await adult.$('[data-testid="adult-concern"]')).setValue("Answers every question for her.");
      await (await adult.$('[data-testid="adult-submit"]')).click();
      await tid(b, "adult-saved").waitForDisplayed();
      await saved(b);
      await tid(b, "tab-screening").click();
      expect(await tid(b, "risk-summary").getText()).toContain("adult whose relationship is doubtful");
      await tid(b, "record-documents_held_by_others").click();
      await saved(b);
      await tid(b, "record-debt_bondage").click();
      await saved(b);
      expect(await tid(b, "risk-summary").getText()).toContain("owes a debt");
      // No consent to referral yet: refused beside the choice of what allows it, saying why.
      await tid(b, "refer-anti_trafficking").click();
      await tid(b, "error-basis").waitForDisplayed();
      expect(await tid(b, "error-basis").getText()).toContain("not been asked about referral");
      await select(b, "referral-basis", "mandatory_report");
      await tid(b, "refer-anti_trafficking").click();
      await saved(b);
      expect(await tid(b, "error-basis").isExisting()).toBe(false);
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
      await accessible(b, "enroll-form-with-an-error-en");
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
      // Each new screen puts the focus at its start, not on the page body.
      const focused = () => b.execute(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? "");
      await b.waitUntil(async () => (await focused()) === "case-search", { timeout: 5_000, timeoutMsg: "focus on the search" });
      await tabTo(b, "new-case");
      await b.keys("Enter");
      await tid(b, "registration").waitForDisplayed();
      await b.waitUntil(async () => (await focused()) === "H1", { timeout: 5_000, timeoutMsg: "focus on the case's heading" });
      await tabTo(b, "input-name:given");
      await b.keys("Yonas");
      // The case's sections are one tab stop; the arrow keys move between them.
      await tabTo(b, "tab-registration");
      for (let i = 0; i < 5; i++) await b.keys("ArrowRight");
      await tid(b, "screening").waitForDisplayed();
      expect(await focused()).toBe("tab-screening");
      expect(await tid(b, "tab-screening").getAttribute("aria-selected")).toBe("true");
      await tabTo(b, "record-signs_of_abuse");
      await b.keys("Enter");
      await saved(b);
      expect(await tid(b, "indicator-signs_of_abuse").getAttribute("class")).toContain("present");
      const outline = await b.execute(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");

      // The interview by keys: start it, decline the first question (Alt+D), go on (Alt+N),
      // mark the next to revisit (Alt+R), and back (Alt+P). The keys are shown on screen.
      await tabTo(b, "tab-screening");
      for (let i = 0; i < 3; i++) await b.keys("ArrowLeft");
      await tid(b, "start-sitting").waitForDisplayed();
      await tabTo(b, "start-sitting");
      await b.keys("Enter");
      const first = await question(b, "welcome.needs_now");
      await first.waitForDisplayed();
      expect(await tid(b, "interview-keys").getText()).toContain("Alt+D");
      // The start button went with the press: the focus moved to the question, not the page.
      await b.waitUntil(async () => (await focused()) === "question-person", { timeout: 5_000, timeoutMsg: "focus on the question" });
      await alt(b, "d");
      await b.waitUntil(async () => (await first.getAttribute("data-state")) === "declined", { timeout: 5_000, timeoutMsg: "Alt+D declined" });
      await alt(b, "n");
      const second = await question(b, "welcome.preferred_language");
      await second.waitForDisplayed();
      await alt(b, "r");
      await b.waitUntil(async () => (await second.getAttribute("data-state")) === "revisit", { timeout: 5_000, timeoutMsg: "Alt+R to revisit" });
      await alt(b, "p");
      await first.waitForDisplayed();
      await saved(b);

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

      // Text at 200 % (the root size doubled, as a large-text setting does), still portrait:
      // nothing runs off the side, in English and in Arabic.
      await b.execute(() => { document.documentElement.style.fontSize = "32px"; });
      for (const lang of ["en", "ar"]) {
        await select(b, "ui-language", lang);
        for (const tab of ["registration", "consent", "interview", "age", "tracing", "screening", "referrals", "transfer", "conflicts"]) {
          await tid(b, `tab-${tab}`).click();
          const overflow = await b.execute(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${tab} at 200 % (${lang}) fits the width`).toBeLessThanOrEqual(0);
        }
        await tid(b, "tab-registration").click();
        await shot(b, `registration-portrait-200-${lang}`);
        await tid(b, "tab-interview").click();
        await shot(b, `interview-portrait-200-${lang}`);
      }
      await select(b, "ui-language", "en");
      await b.execute(() => { document.documentElement.style.fontSize = ""; });
      await b.setWindowSize(1280, 800);
    } finally {
      await endSession(b);
    }
  });

  it("does a whole intake by keyboard alone", async () => {
    const b = await launch();
    const focusedId = () => b.execute(() => document.activeElement?.getAttribute("data-testid") ?? "");
    /** The next section, by the arrow keys on the section tabs. */
    const section = async (from: string, to: string) => {
      await tabTo(b, `tab-${from}`);
      await b.keys("ArrowRight");
      await tid(b, to).waitForDisplayed();
    };
    try {
      await select(b, "ui-language", "en");
      await tid(b, "unlock-passphrase").waitForDisplayed();
      await b.waitUntil(async () => (await focusedId()).startsWith("unlock-"), { timeout: 5_000, timeoutMsg: "focus in the unlock form" });
      if ((await focusedId()) === "unlock-user") {
        await b.keys("amina");
        await b.keys("Tab");
      }
      await b.keys(PASSPHRASE);
      await b.keys("Enter");
      await tid(b, "case-search").waitForDisplayed();
      await tabTo(b, "new-case");
      await b.keys("Enter");
      await tid(b, "registration").waitForDisplayed();

      // Registration: names, sex, an approximate year of birth.
      await tabTo(b, "input-name:given");
      await b.keys("Meron");
      await tabTo(b, "input-name:family");
      await b.keys("Haile");
      await tabTo(b, "sex-female");
      await b.keys("Space");
      // A radio group is one tab stop; the arrows choose within it.
      await tabTo(b, "birth-kind-unknown");
      await b.keys("ArrowDown");
      await b.keys("ArrowDown");
      await tid(b, "birth-year").waitForDisplayed();
      expect(await tid(b, "birth-kind-approximate").isSelected()).toBe(true);
      await tabTo(b, "birth-year");
      await b.keys("2012");
      await b.keys("Tab");
      await saved(b);
      expect(await tid(b, "sex-female").isSelected()).toBe(true);

      // Consent, given for four purposes.
      await section("registration", "consent");
      // Meron is a child: each purpose is explained to her in a child's words.
      expect(await tid(b, "consent-tell-sharing_with_hq").getText()).toContain("Can we send your file to our main office?");
      for (const purpose of ["registration", "sharing_with_hq", "family_tracing", "referral"]) {
        await tabTo(b, `consent-give-${purpose}`);
        await b.keys("Enter");
        await b.waitUntil(async () => (await tid(b, `consent-state-${purpose}`).getText()) !== "Not asked", { timeout: 5_000, timeoutMsg: `consent for ${purpose}` });
      }

      // The interview: started, one question declined, the next to revisit.
      await section("consent", "interview");
      await tabTo(b, "start-sitting");
      await b.keys("Enter");
      const first = await question(b, "welcome.needs_now");
      await first.waitForDisplayed();
      await alt(b, "d");
      await b.waitUntil(async () => (await first.getAttribute("data-state")) === "declined", { timeout: 5_000, timeoutMsg: "declined" });
      await alt(b, "n");
      const second = await question(b, "welcome.preferred_language");
      await second.waitForDisplayed();
      await tabTo(b, "answer-text");
      await b.keys("Tigrinya");
      await b.keys("Tab");
      await saved(b);

      // Tracing: a sister sought.
      await section("interview", "age");
      await section("age", "tracing");
      await tabTo(b, "add-sought-person");
      await b.keys("Enter");
      await tid(b, "sought-person").waitForDisplayed();
      await tabTo(b, "input-sought_relationship*");
      await b.keys("sister");
      await b.keys("Tab");
      await saved(b);

      // Screening: an indicator recorded; then a referral made.
      await section("tracing", "screening");
      await tabTo(b, "record-signs_of_abuse");
      await b.keys("Enter");
      await saved(b);
      await section("screening", "referrals");
      await tabTo(b, "add-referral");
      await b.keys("Enter");
      await tid(b, "referral").waitForDisplayed();
      await saved(b);

      // All of it is in the case.
      await tabTo(b, "tab-referrals");
      await b.keys("Home");
      await tid(b, "registration").waitForDisplayed();
      expect(await tid(b, "case-title").getText()).toContain("Meron");
      await accessible(b, "whole-intake-by-keyboard-en");
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
        if (lang === "en" || lang === "ar" || lang === "ti") {
          await shot(b, `registration-${lang}`);
          await tid(b, "adults").scrollIntoView();
          await shot(b, `adults-${lang}`);
        }
        await tid(b, "tab-interview").click();
        await select(b, "interview-language", lang === "en" ? "ar" : lang);
        if (await tid(b, "start-sitting").isExisting()) await tid(b, "start-sitting").click();
        await tid(b, "question").waitForDisplayed();
        await shot(b, `interview-${lang}`);
        if (lang === "en" || lang === "ar" || lang === "ti") {
          await tid(b, "tab-consent").click();
          await shot(b, `consent-${lang}`);
          // Checked without a screenshot: the other sections, in every locale shown here.
          for (const tab of ["age", "transfer", "conflicts"]) {
            await tid(b, `tab-${tab}`).click();
            await accessible(b, `${tab}-${lang}`);
          }
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
