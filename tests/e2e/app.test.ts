// The real app binary, driven through WebDriver as an officer would use it: tauri-driver
// starts `waypoint-app` (WebKitGTK) under the X display the runner provides (Xvfb).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remote } from "webdriverio";

type Browser = Awaited<ReturnType<typeof remote>>;

const ROOT = resolve(import.meta.dirname, "../..");
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
const APP = process.env.WAYPOINT_APP ?? join(TARGET, "debug", "waypoint-app");
const TAURI_DRIVER = process.env.TAURI_DRIVER ?? "tauri-driver";
const PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const SHOTS = process.env.WAYPOINT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), "waypoint-shots-"));
const PASSPHRASE = "river stone lantern";

const GIVEN = "Selam";
const FAMILY = "ተስፋይ";

let driver: ChildProcess;
let dataDir: string;

async function waitForDriver(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/status`);
      if (r.ok || r.status === 404 || r.status === 405) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("tauri-driver did not start");
}

async function launch(): Promise<Browser> {
  const browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "warn",
    capabilities: { "tauri:options": { application: APP } } as WebdriverIO.Capabilities,
  });
  await browser.$('[data-testid="setup-form"], [data-testid="unlock-form"]').waitForExist({ timeout: 20_000 });
  return browser;
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

async function shot(b: Browser, name: string): Promise<void> {
  await b.pause(300);
  await b.saveScreenshot(join(SHOTS, `${name}.png`));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "waypoint-e2e-"));
  mkdirSync(SHOTS, { recursive: true });
  driver = spawn(TAURI_DRIVER, ["--port", String(PORT), "--native-driver", "/usr/bin/WebKitWebDriver"], {
    env: { ...process.env, WAYPOINT_DATA_DIR: dataDir },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForDriver();
});

afterAll(() => {
  driver?.kill();
  rmSync(dataDir, { recursive: true, force: true });
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
      await b.deleteSession();
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
      await b.deleteSession();
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
        }
        await tid(b, "lock").click();
        await tid(b, "unlock-form").waitForDisplayed();
      }
    } finally {
      await b.deleteSession();
    }
  });
});
