// The commands of the app shell, with errors turned into exceptions the screens can show.
import {
  type AdultDetails_Deserialize,
  type AppState_Serialize,
  type CaseEdit_Deserialize,
  type CaseFilter_Deserialize,
  type CaseSummary_Serialize,
  type CaseView_Serialize,
  commands,
  type Question_Serialize,
  type Settings_Serialize,
  type SyncStatus_Serialize,
  type Template_Serialize,
  type TracingCandidate as TracingCandidateBinding,
  type Value as JsonValue,
  type PathSeg,
  type UserError_Serialize,
} from "./bindings";

// What the shell sends (`_Serialize`) and what it takes (`_Deserialize`), by their plain names.
export type AdultDetails = AdultDetails_Deserialize;
export type AppState = AppState_Serialize;
export type CaseEdit = CaseEdit_Deserialize;
export type CaseFilter = Required<CaseFilter_Deserialize>;
export type CaseSummary = CaseSummary_Serialize;
export type CaseView = CaseView_Serialize;
export type Question = Question_Serialize;
export type Settings = Settings_Serialize;
export type SyncStatus = SyncStatus_Serialize;
export type Template = Template_Serialize;
export type TracingCandidate = TracingCandidateBinding;
export type { JsonValue };
export type UserError = UserError_Serialize;
export type {
  AgeMethod,
  AnswerState,
  AnswerValue,
  BirthInput,
  ConsentDecision,
  ConsentGiver,
  ConsentPurpose,
  Indicator,
  IndicatorSource,
  MatchStatus,
  NameKind,
  ReferralBasis,
  ReferralService,
  ReferralStatus,
  SoughtDetail,
  Verification,
} from "./bindings";

type Result<T> = { status: "ok"; data: T } | { status: "error"; error: UserError };

/** A refusal from the app shell: a message id to show in the user's language. */
export class Refusal extends Error {
  constructor(readonly error: UserError) {
    super(error.id);
  }
}

/**
 * Reports a failure that is a bug, not a refusal. Only its kind is logged: the text of an IPC
 * or serde error can echo the arguments, which hold what the person typed.
 */
export function reportBug(e: unknown): void {
  console.error("command failed:", e instanceof Error ? e.name : typeof e);
}

/** The user error inside anything thrown by a command, or a generic one. */
export function userError(e: unknown): UserError {
  if (e instanceof Refusal) return e.error;
  return { id: "error-internal", args: {}, field: null };
}

async function ok<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (r.status === "ok") return r.data;
  // The shell's own refusals carry a message id; anything else (a malformed call) is a bug.
  const e = r.error as unknown;
  if (e && typeof e === "object" && "id" in e) throw new Refusal(r.error);
  reportBug(e);
  throw new Refusal({ id: "error-internal", args: {}, field: null });
}

/** Typed calls to the app shell. */
export const api = {
  appState: () => ok(commands.appState()),
  setUp: (site: string, user: string, passphrase: string) => ok(commands.setUp(site, user, passphrase)),
  unlock: (user: string, passphrase: string) => ok(commands.unlock(user, passphrase)),
  lock: () => ok(commands.lock()),
  updateSettings: (s: Settings) => ok(commands.updateSettings(s)),
  keepAlive: () => ok(commands.keepAlive()),
  listCases: (f: CaseFilter) => ok(commands.listCases(f)),
  newCase: () => ok(commands.newCase()),
  openCase: (id: string) => ok(commands.openCase(id)),
  editCase: (id: string, edit: CaseEdit) => ok(commands.editCase(id, edit)),
  interviewTemplate: () => ok(commands.interviewTemplate()),
  resolveConflict: (id: string, path: PathSeg[], chosen: JsonValue) => ok(commands.resolveConflict(id, path, chosen)),
  tracingCandidates: (id: string, sought: string) => ok(commands.tracingCandidates(id, sought)),
  syncStatus: () => ok(commands.syncStatus()),
  syncNow: () => ok(commands.syncNow()),
  enrollDevice: (hqUrl: string, code: string) => ok(commands.enrollDevice(hqUrl, code)),
};
