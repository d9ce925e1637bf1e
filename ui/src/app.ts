// The app's state and the actions screens call. Rendering is a pure function of this state
// (views/*.ts); every action changes the state, then asks for a render.
import { api, type JsonValue, Refusal, reportBug, userError } from "./api";
import type {
  AppState,
  CaseEdit,
  CaseFilter,
  CaseSummary,
  CaseView,
  Question,
  Settings,
  SyncStatus,
  Template,
  TracingCandidate,
  UserError,
} from "./api";
import { LOCALES, negotiate, Translator } from "./i18n";
import { Saver, type SaveStatus } from "./saver";

/** The case screen's tabs. */
export type CaseTab =
  | "registration"
  | "consent"
  | "interview"
  | "age"
  | "tracing"
  | "screening"
  | "referrals"
  | "transfer"
  | "conflicts";

/** Which screen is up. */
export type Screen =
  | { kind: "loading" }
  | { kind: "setup" }
  | { kind: "unlock" }
  | { kind: "cases" }
  | { kind: "case"; tab: CaseTab }
  | { kind: "sync" };

/** Seconds between keep-alive calls while a person is active without saving. */
const KEEP_ALIVE_EVERY_MS = 20_000;
/** The window locks itself this long before the shell would, so nothing pending is refused. */
const LOCK_MARGIN_MS = 30_000;

/** Everything the screens show. */
export class App {
  screen: Screen = { kind: "loading" };
  state: AppState | null = null;
  ui: Translator;
  /** The person's language; separate from the UI language and switchable at any moment. */
  interviewLanguage: string;
  hidden = false;
  cases: CaseSummary[] = [];
  filter: CaseFilter = { query: "", site: null, status: null, risk: null, age_band: null, flag: null };
  view: CaseView | null = null;
  template: Template | null = null;
  questionIndex = 0;
  interviewLayout: "one" | "section" = "one";
  saveStatus: SaveStatus = "idle";
  /** Errors next to fields, by field name. */
  fieldErrors = new Map<string, UserError>();
  /** An error not tied to a field (shown at the top). */
  notice: UserError | null = null;
  /** What the person typed, by input key, until the case is closed: never lost to a re-render. */
  drafts = new Map<string, string>();
  lastUser = "";
  /** Tracing candidates found for each sought person of the open case, by sought person id. */
  candidates = new Map<string, TracingCandidate[]>();
  /** Sync with headquarters, as last polled (null while locked). */
  sync: SyncStatus | null = null;
  /** The person picked the UI language in this window: it wins over the one saved before. */
  private uiChosen = false;
  private lastActivity = Date.now();
  private lastKeepAlive = 0;
  private saver: Saver<{ id: string; edit: CaseEdit; field: string }, CaseView>;

  constructor(private readonly rerender: () => void, systemLanguages: readonly string[]) {
    this.ui = new Translator(negotiate(systemLanguages));
    this.interviewLanguage = this.ui.code;
    this.saver = new Saver(
      ({ id, edit }) => api.editCase(id, edit),
      {
        onSaved: (key, view) => {
          this.fieldErrors.delete(fieldOf(key));
          if (this.view && this.view.case.id === view.case.id) this.view = view;
          this.render();
        },
        onError: (key, e) => this.failed(e, fieldOf(key)),
        onStatus: (s) => {
          this.saveStatus = s;
          this.render();
        },
      },
    );
  }

  render(): void {
    this.rerender();
  }

  t(id: string, args?: Record<string, string | number>): string {
    return this.ui.t(id, args);
  }

  /** The interview-language translator (question text for the person). */
  get person(): Translator {
    if (this.personT?.code !== this.interviewLanguage) this.personT = new Translator(this.interviewLanguage);
    return this.personT;
  }
  private personT: Translator | null = null;

  // --- start, set-up, unlock, lock --------------------------------------------------------

  async start(): Promise<void> {
    try {
      this.applyState(await api.appState());
      this.template = await api.interviewTemplate();
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  private applyState(state: AppState): void {
    this.state = state;
    if (state.settings.ui_language && !this.uiChosen) this.ui = new Translator(state.settings.ui_language);
    if (state.needs_setup) this.screen = { kind: "setup" };
    else if (!state.user) this.screen = { kind: "unlock" };
    else if (this.screen.kind === "loading" || this.screen.kind === "setup" || this.screen.kind === "unlock") {
      this.screen = { kind: "cases" };
    }
    if (state.user) this.lastUser = state.user.user;
  }

  async setUp(site: string, user: string, passphrase: string, again: string): Promise<void> {
    this.fieldErrors.clear();
    if (passphrase !== again) {
      this.fieldErrors.set("passphrase_again", { id: "app-error-passphrase-mismatch", args: {}, field: "passphrase_again" });
      return this.render();
    }
    try {
      this.applyState(await api.setUp(site, user, passphrase));
      await this.loadCases();
    } catch (e) {
      this.failed(e, "site");
    }
    this.render();
  }

  async unlock(user: string, passphrase: string): Promise<void> {
    this.fieldErrors.clear();
    this.notice = null;
    try {
      const state = await api.unlock(user, passphrase);
      this.applyState(state);
      this.activity();
      // A language picked on the unlock screen is the user's choice: keep it for next time.
      if (this.uiChosen && state.settings.ui_language !== this.ui.code) {
        await this.saveSettings({ ...state.settings, ui_language: this.ui.code });
      }
      await this.loadCases();
    } catch (e) {
      this.failed(e, "passphrase");
    }
    this.render();
  }

  /** Locks now: pending edits are saved first, then every personal datum leaves the window. */
  async lock(): Promise<void> {
    await this.saver.flush();
    try {
      this.applyState(await api.lock());
    } catch (e) {
      this.failed(e);
    }
    this.forgetPersonalData();
    this.screen = { kind: "unlock" };
    this.render();
  }

  private forgetPersonalData(): void {
    this.view = null;
    this.candidates.clear();
    this.sync = null;
    this.cases = [];
    this.drafts.clear();
    this.fieldErrors.clear();
    this.filter = { ...this.filter, query: "" };
    this.hidden = false;
  }

  // --- quick-hide and inactivity ----------------------------------------------------------

  /** Hides every personal datum behind a neutral screen at once (one tap, or Escape). */
  hide(): void {
    // Where the officer was, to come back to it (a field's test id: no personal data).
    this.focusBeforeHiding = document.activeElement?.getAttribute("data-testid") ?? null;
    this.hidden = true;
    this.render();
    void this.saver.flush();
  }

  reveal(): void {
    this.hidden = false;
    this.render();
    const back = this.focusBeforeHiding;
    this.focusBeforeHiding = null;
    if (back) document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(back)}"]`)?.focus();
  }

  /** The field that had the focus when the screen was hidden (see [`App.hide`]). */
  private focusBeforeHiding: string | null = null;

  /** Called on every key press, tap and pointer move of the person using the app. */
  activity(): void {
    const now = Date.now();
    this.lastActivity = now;
    if (this.state?.user && now - this.lastKeepAlive > KEEP_ALIVE_EVERY_MS) {
      this.lastKeepAlive = now;
      api.keepAlive().catch((e) => this.failed(e));
    }
  }

  /** Checked every few seconds: locks after the configured inactivity. */
  checkIdle(now = Date.now()): void {
    if (!this.state?.user) return;
    const limit = this.state.settings.auto_lock_minutes * 60_000 - LOCK_MARGIN_MS;
    if (now - this.lastActivity >= Math.max(limit, 30_000)) void this.lock();
  }

  // --- languages and settings -------------------------------------------------------------

  async setUiLanguage(code: string): Promise<void> {
    this.uiChosen = true;
    this.ui = new Translator(code);
    this.render();
    if (this.state?.user) {
      await this.saveSettings({ ...this.state.settings, ui_language: code });
    } else if (this.state) {
      this.state.settings.ui_language = code;
    }
  }

  async saveSettings(settings: Settings): Promise<void> {
    try {
      const saved = await api.updateSettings(settings);
      if (this.state) this.state.settings = saved;
      this.fieldErrors.delete("auto_lock_minutes");
    } catch (e) {
      this.failed(e, "auto_lock_minutes");
    }
    this.render();
  }

  /** The interpreter or the person switched language: recorded on the open sitting. */
  async setInterviewLanguage(code: string): Promise<void> {
    this.interviewLanguage = code;
    this.render();
    const sitting = this.openSitting();
    if (this.view && sitting) {
      await this.saver.now("interview_language", { id: this.view.case.id, edit: { op: "switch_interview_language", language: code }, field: "interview_language" });
    }
  }

  // --- sync with headquarters -------------------------------------------------------------

  /** Polled every few seconds while unlocked; a refusal here (locked) shows the unlock screen. */
  async refreshSync(): Promise<void> {
    if (!this.state?.user || this.hidden) return;
    try {
      this.sync = await api.syncStatus();
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  showSync(): void {
    void this.saver.flush();
    this.view = null;
    this.drafts.clear();
    this.screen = { kind: "sync" };
    void this.refreshSync();
  }

  async syncNow(): Promise<void> {
    if (this.sync) this.sync = { ...this.sync, running: true };
    this.render();
    try {
      this.sync = await api.syncNow();
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  async enroll(hqUrl: string, code: string): Promise<void> {
    this.fieldErrors.delete("hq_url");
    this.fieldErrors.delete("code");
    try {
      this.sync = await api.enrollDevice(hqUrl, code);
      await this.syncNow();
    } catch (e) {
      this.failed(e, "code");
    }
    this.render();
  }

  // --- cases ------------------------------------------------------------------------------

  async loadCases(): Promise<void> {
    try {
      this.cases = await api.listCases(this.filter);
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  async setFilter(patch: Partial<CaseFilter>): Promise<void> {
    this.filter = { ...this.filter, ...patch };
    await this.loadCases();
  }

  async newCase(): Promise<void> {
    try {
      this.showCase(await api.newCase(), "registration");
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  async openCase(id: string): Promise<void> {
    try {
      this.showCase(await api.openCase(id), "registration");
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  private showCase(view: CaseView, tab: CaseTab): void {
    this.view = view;
    this.candidates.clear();
    this.drafts.clear();
    this.fieldErrors.clear();
    this.notice = null;
    this.questionIndex = firstOpenQuestion(view, this.template);
    const preferred = view.case.registration.preferred_language;
    if (preferred && LOCALES.some((l) => l.code === preferred)) this.interviewLanguage = preferred;
    this.screen = { kind: "case", tab };
  }

  async closeCase(): Promise<void> {
    await this.saver.flush();
    this.view = null;
    this.drafts.clear();
    this.screen = { kind: "cases" };
    await this.loadCases();
  }

  showTab(tab: CaseTab): void {
    void this.saver.flush();
    if (this.screen.kind === "case") this.screen = { kind: "case", tab };
    this.render();
  }

  /** Typing in a field: kept as a draft at once, saved after a short pause. */
  typed(key: string, text: string, edit: CaseEdit, saveKey = key): void {
    this.drafts.set(key, text);
    if (!this.view) return;
    this.saver.later(saveKey, { id: this.view.case.id, edit, field: fieldOf(saveKey) });
  }

  /** A choice, a button: saved now. */
  async edit(field: string, edit: CaseEdit): Promise<void> {
    if (!this.view) return;
    await this.saver.now(field, { id: this.view.case.id, edit, field: fieldOf(field) });
  }

  /** Looks for registered persons who may be this sought person (needs tracing consent). */
  async findCandidates(soughtPerson: string): Promise<void> {
    if (!this.view) return;
    await this.saver.flush();
    this.fieldErrors.delete(`tracing:${soughtPerson}`);
    try {
      this.candidates.set(soughtPerson, await api.tracingCandidates(this.view.case.id, soughtPerson));
    } catch (e) {
      this.failed(e, `tracing:${soughtPerson}`);
    }
    this.render();
  }

  /** Keeps one value of a conflict; the choice is a new edit that syncs like any other. */
  async resolveConflict(path: (string | number)[], chosen: unknown): Promise<void> {
    if (!this.view) return;
    await this.saver.flush();
    try {
      this.view = await api.resolveConflict(this.view.case.id, path, chosen as JsonValue);
    } catch (e) {
      this.failed(e);
    }
    this.render();
  }

  /** Sends everything pending (leaving a field). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  openSitting() {
    return this.view?.case.interview.sittings.find((s) => s.ended === null) ?? null;
  }

  private failed(e: unknown, field?: string): void {
    const err = userError(e);
    if (!(e instanceof Refusal)) reportBug(e);
    if (err.id === "app-error-locked") {
      this.forgetPersonalData();
      this.screen = { kind: "unlock" };
      this.notice = err;
      if (this.state) this.state.user = null;
    } else if (err.field || field) {
      this.fieldErrors.set(err.field ?? field!, err);
    } else {
      this.notice = err;
    }
    this.render();
  }
}

/** The field name of an input key (`answer:welcome.ready` → `answer`). */
function fieldOf(key: string): string {
  return key.split(":")[0] ?? key;
}

/** Questions of the template in interview order, each with its section. */
export function questionsOf(template: Template): { section: Template["sections"][number]; question: Question }[] {
  return template.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
}

/** The first question not yet answered, declined or not asked: where to continue. */
export function firstOpenQuestion(view: CaseView, template: Template | null): number {
  if (!template) return 0;
  const i = questionsOf(template).findIndex(({ question: q }) => {
    const a = view.case.interview.answers[q.id];
    return !a || a.state.state === "revisit";
  });
  return i < 0 ? 0 : i;
}
