import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppState, CaseEdit, CaseView, SyncStatus, UserError } from "./api";

const calls: { cmd: string; args: unknown[] }[] = [];
const handlers: Record<string, (...args: never[]) => unknown> = {};

vi.mock("./api", () => {
  class Refusal extends Error {
    constructor(readonly error: UserError) {
      super(error.id);
    }
  }
  const call =
    (cmd: string) =>
    async (...args: unknown[]) => {
      calls.push({ cmd, args });
      const h = handlers[cmd];
      if (!h) throw new Error(`no handler for ${cmd}`);
      return (h as (...a: unknown[]) => unknown)(...args);
    };
  return {
    Refusal,
    userError: (e: unknown) => (e instanceof Refusal ? e.error : { id: "error-internal", args: {}, field: null }),
    api: new Proxy({}, { get: (_t, cmd: string) => call(cmd) }),
  };
});

const { App } = await import("./app");
const { Refusal } = await import("./api");

const refuse = (id: string, field: string | null = null) => {
  throw new Refusal({ id, args: {}, field });
};

function state(over: Partial<AppState> = {}): AppState {
  return {
    needs_setup: false,
    user: { user: "amina", role: "officer", site: "border-north" },
    settings: { ui_language: null, auto_lock_minutes: 5, hq_url: null, enrollment_code: null },
    ...over,
  };
}

function view(over: { names?: string[]; sittingOpen?: boolean } = {}): CaseView {
  const recorded = { by: "amina", at: 1 };
  return {
    case: {
      schema: 1,
      id: "0190c0de-0000-7000-8000-000000000001",
      code: "ACD-EFG",
      site: "border-north",
      opened: recorded,
      registration: {
        names: (over.names ?? []).map((text, i) => ({ id: `n${i}`, text, script: "Latn", language: null, kind: "given", recorded })),
        sex: null,
        birth: { kind: "unknown" },
        nationalities: [],
        languages: [],
        preferred_language: null,
        encounter: { site: "border-north", at: 1, place: null, circumstances: null },
        accompaniment: { status: null, adults: [] },
        documents: [],
      },
      consents: [],
      interview: {
        template_id: "intake",
        template_version: 1,
        sittings: over.sittingOpen
          ? [{ id: "s1", started: 1, ended: null, ended_how: null, languages: ["ti"], interpreter: null, breaks: [], recorded }]
          : [],
        answers: {},
      },
      age_assessments: [],
      tracing: { sought: [], requests: [], matches: [] },
      screening: { indicators: [] },
      referrals: [],
      follow_ups: [],
      transfers: [],
      status: { status: "open", recorded },
    },
    age: { treated_as_child: true, range: null, basis: "doubt" },
    risk: { level: "none", score: 0, reasons: [], referral_prompt: [] },
    conflicts: [],
    diagnostics: [],
  } as unknown as CaseView;
}

let renders = 0;
function app() {
  return new App(() => renders++, ["ar-EG"]);
}

beforeEach(() => {
  calls.length = 0;
  for (const k of Object.keys(handlers)) delete handlers[k];
  handlers.interviewTemplate = () => ({ sections: [], intro: [], controls: {}, not_asked_reasons: [] });
  handlers.listCases = () => [];
  handlers.keepAlive = () => null;
});

describe("App", () => {
  it("starts in the system language and on the set-up screen of a new device", async () => {
    handlers.appState = () => state({ needs_setup: true, user: null });
    const a = app();
    await a.start();
    expect(a.ui.code).toBe("ar");
    expect(a.ui.dir).toBe("rtl");
    expect(a.screen.kind).toBe("setup");
  });

  it("refuses two different passphrases before asking the shell", async () => {
    const a = app();
    await a.setUp("border-north", "amina", "one passphrase", "another one");
    expect(a.fieldErrors.get("passphrase_again")?.id).toBe("app-error-passphrase-mismatch");
    expect(calls.some((c) => c.cmd === "setUp")).toBe(false);
  });

  it("keeps the UI language picked on the unlock screen over the one saved before", async () => {
    handlers.appState = () => state({ user: null, settings: { ui_language: "ar", auto_lock_minutes: 5, hq_url: null, enrollment_code: null } });
    handlers.unlock = () => state({ settings: { ui_language: "ar", auto_lock_minutes: 5, hq_url: null, enrollment_code: null } });
    handlers.updateSettings = (s: unknown) => s;
    const a = app();
    await a.start();
    expect(a.ui.code).toBe("ar");
    await a.setUiLanguage("ti");
    await a.unlock("amina", "river stone lantern");
    expect(a.ui.code).toBe("ti");
    expect(calls.find((c) => c.cmd === "updateSettings")?.args[0]).toMatchObject({ ui_language: "ti" });
  });

  it("shows a failed unlock next to the passphrase", async () => {
    handlers.unlock = () => refuse("app-error-unlock-failed", "passphrase");
    const a = app();
    await a.unlock("amina", "wrong");
    expect(a.fieldErrors.get("passphrase")?.id).toBe("app-error-unlock-failed");
  });

  it("keeps what was typed when a save is refused, and clears the error once saved", async () => {
    handlers.newCase = () => view();
    const a = app();
    await a.newCase();
    handlers.editCase = (_id: string, edit: CaseEdit) =>
      edit.op === "set_name" && edit.text.length > 5 ? refuse("app-error-text-too-long", "name") : view({ names: [edit.op === "set_name" ? edit.text : ""] });
    a.typed("name:given", "Mohammed", { op: "set_name", kind: "given", text: "Mohammed" });
    await a.flush();
    expect(a.fieldErrors.get("name")?.id).toBe("app-error-text-too-long");
    expect(a.drafts.get("name:given")).toBe("Mohammed");
    expect(a.saveStatus).toBe("error");
    a.typed("name:given", "Moha", { op: "set_name", kind: "given", text: "Moha" });
    await a.flush();
    expect(a.fieldErrors.has("name")).toBe(false);
    expect(a.saveStatus).toBe("saved");
    expect(a.view?.case.registration.names[0]?.text).toBe("Moha");
  });

  it("records a switch of interview language on the open sitting", async () => {
    handlers.newCase = () => view({ sittingOpen: true });
    handlers.editCase = () => view({ sittingOpen: true });
    const a = app();
    await a.newCase();
    await a.setInterviewLanguage("ar");
    expect(a.interviewLanguage).toBe("ar");
    expect(calls.find((c) => c.cmd === "editCase")?.args[1]).toEqual({ op: "switch_interview_language", language: "ar" });
  });

  it("quick-hide hides at once; lock saves what is pending, then forgets every personal datum", async () => {
    handlers.newCase = () => view();
    handlers.editCase = () => view({ names: ["Selam"] });
    handlers.lock = () => state({ user: null });
    const a = app();
    await a.newCase();
    a.typed("name:given", "Selam", { op: "set_name", kind: "given", text: "Selam" });
    a.hide();
    expect(a.hidden).toBe(true);
    await a.lock();
    expect(calls.filter((c) => c.cmd === "editCase")).toHaveLength(1);
    expect(a.screen.kind).toBe("unlock");
    expect(a.view).toBeNull();
    expect(a.drafts.size).toBe(0);
    expect(a.hidden).toBe(false);
  });

  it("locks itself after the configured inactivity", async () => {
    handlers.appState = () => state();
    handlers.lock = () => state({ user: null });
    const a = app();
    await a.start();
    a.activity();
    a.checkIdle(Date.now() + 60_000);
    expect(calls.some((c) => c.cmd === "lock")).toBe(false);
    a.checkIdle(Date.now() + 5 * 60_000);
    await vi.waitFor(() => expect(a.screen.kind).toBe("unlock"));
  });

  it("a session the shell locked sends the window to the unlock screen", async () => {
    handlers.listCases = () => refuse("app-error-locked");
    handlers.appState = () => state();
    const a = app();
    await a.start();
    await a.loadCases();
    expect(a.screen.kind).toBe("unlock");
    expect(a.notice?.id).toBe("app-error-locked");
  });
});

function syncStatus(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    enrolled: true,
    hq_url: "http://127.0.0.1:8750",
    running: false,
    progress: { rounds: 0, sent_cases: 0, received_cases: 0 },
    pending_cases: 0,
    last_success: null,
    last_attempt: null,
    error: null,
    ...over,
  };
}

describe("sync", () => {
  it("a wrong enrollment code is shown next to the code, and no sync is started", async () => {
    handlers.appState = () => state();
    handlers.syncStatus = () => syncStatus({ enrolled: false });
    handlers.enrollDevice = () => refuse("app-sync-enrollment-code", "code");
    const a = app();
    await a.start();
    a.showSync();
    await vi.waitFor(() => expect(a.sync?.enrolled).toBe(false));
    await a.enroll("http://127.0.0.1:8750", "WRONG");
    expect(a.fieldErrors.get("code")?.id).toBe("app-sync-enrollment-code");
    expect(calls.some((c) => c.cmd === "syncNow")).toBe(false);
    expect(a.screen.kind).toBe("sync");
  });

  it("enrolling syncs at once, and the summary says when", async () => {
    handlers.appState = () => state();
    handlers.enrollDevice = () => syncStatus();
    handlers.syncNow = () => syncStatus({ last_success: Date.UTC(2026, 10, 30, 12, 0) });
    const a = app();
    await a.start();
    await a.enroll("http://127.0.0.1:8750", "GOOD-CODE");
    expect(calls.map((c) => c.cmd)).toContain("syncNow");
    expect(a.sync?.last_success).not.toBeNull();
    const { syncSummary } = await import("./views/sync");
    expect(syncSummary(a, a.sync!)).toContain(a.ui.dateTime(a.sync!.last_success!));
  });

  it("the summary says plainly why a sync did not happen", async () => {
    const a = app();
    await a.setUiLanguage("en");
    const { syncSummary } = await import("./views/sync");
    expect(syncSummary(a, syncStatus({ enrolled: false }))).toBe("Not connected to headquarters");
    expect(syncSummary(a, syncStatus({ running: true }))).toBe("Syncing…");
    expect(syncSummary(a, syncStatus({ error: { id: "app-sync-unreachable", args: {}, field: null } }))).toBe("Not synced");
    expect(syncSummary(a, syncStatus())).toBe("Not synced yet");
  });

  it("polling the status of a session locked by the shell shows the unlock screen", async () => {
    handlers.appState = () => state();
    handlers.syncStatus = () => refuse("app-error-locked");
    const a = app();
    await a.start();
    await a.refreshSync();
    expect(a.screen.kind).toBe("unlock");
    expect(a.sync).toBeNull();
  });
});
