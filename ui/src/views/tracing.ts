// Family tracing: the relatives the person is looking for, every spelling of their names in
// any script, and candidate matches across all sites to confirm or reject.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { BirthInput, CaseView, MatchStatus, SoughtDetail, TracingCandidate } from "../api";
import { fieldError, textField } from "./common";

type Sought = CaseView["case"]["tracing"]["sought_persons"][number];
const SEXES = ["female", "male", "other", "not_stated"] as const;

const lines = (text: string) => text.split("\n").map((s) => s.trim()).filter(Boolean);

function soughtCard(app: App, view: CaseView, p: Sought): TemplateResult {
  const key = (f: string) => `${f}:${p.id}`;
  const set = (saveKey: string, draftKey: string, text: string, detail: SoughtDetail) =>
    app.typed(draftKey, text, { op: "set_sought_person", id: p.id, detail }, saveKey);
  const age = p.birth.kind === "stated_age" ? String(p.birth.years) : "";
  const candidates = app.candidates.get(p.id);
  return html`<article class="card sought" data-testid="sought-person">
    ${textField(app, { key: key("sought_relationship"), label: app.t("app-tracing-relationship"), saved: p.relationship,
      onType: (t) => set(key("sought_relationship"), key("sought_relationship"), t, { detail: "relationship", text: t }) })}
    ${textField(app, { key: key("sought_names"), label: app.t("app-tracing-names"), saved: p.names.map((n) => n.text).join("\n"), multiline: true,
      errorField: "sought_names",
      onType: (t) => set(key("sought_names"), key("sought_names"), t, { detail: "names", names: lines(t) }) })}
    <fieldset><legend>${app.t("app-sex")}</legend><div class="choices">
      ${SEXES.map((s) => html`<label class="choice"><input type="radio" name=${key("sex")} .checked=${p.sex === s}
        @change=${() => void app.edit(key("sought_sex"), { op: "set_sought_person", id: p.id, detail: { detail: "sex", sex: s } })} />${app.t(`app-sex-${s.replace("_", "-")}`)}</label>`)}
    </div></fieldset>
    ${textField(app, { key: key("sought_birth"), label: app.t("app-tracing-age"), saved: age, dir: "ltr", errorField: "sought_birth",
      onType: (t) => {
        const years = Number(t.trim());
        const birth: BirthInput =
          t.trim() === "" ? { kind: "unknown" } : Number.isInteger(years) && years >= 0 ? { kind: "stated_age", years } : { kind: "exact", date: t };
        set(key("sought_birth"), key("sought_birth"), t, { detail: "birth", birth });
      } })}
    ${textField(app, { key: key("last_seen_place"), label: app.t("app-tracing-last-seen-place"), saved: p.last_seen_place ?? "",
      onType: (t) => set(key("last_seen_place"), key("last_seen_place"), t, { detail: "last_seen_place", text: t || null }) })}
    ${textField(app, { key: key("last_seen_date"), label: app.t("app-tracing-last-seen-date"), saved: p.last_seen_date ?? "", dir: "ltr",
      onType: (t) => set(key("last_seen_date"), key("last_seen_date"), t, { detail: "last_seen_date", text: t || null }) })}
    ${textField(app, { key: key("contacts"), label: app.t("app-tracing-contacts"), saved: p.contacts.join("\n"), multiline: true,
      onType: (t) => set(key("contacts"), key("contacts"), t, { detail: "contacts", contacts: lines(t) }) })}
    <div class="actions">
      <button class="primary" data-testid="find-candidates" @click=${() => void app.findCandidates(p.id)}>${app.t("app-tracing-find")}</button>
    </div>
    ${fieldError(app, `tracing:${p.id}`)}
    ${candidates === undefined ? nothing : candidateList(app, view, p, candidates)}
    ${decided(app, view, p)}
  </article>`;
}

function decide(app: App, p: Sought, c: { case_id: string; score: number | null; reasons: string[] }, decision: MatchStatus): void {
  void app.edit(`match:${p.id}`, {
    op: "decide_match",
    sought_person: p.id,
    candidate: c.case_id,
    score: c.score ?? 0,
    reasons: c.reasons,
    decision,
  });
}

function candidateList(app: App, view: CaseView, p: Sought, candidates: TracingCandidate[]): TemplateResult {
  if (candidates.length === 0) return html`<p class="empty" data-testid="no-candidates">${app.t("app-tracing-no-candidates")}</p>`;
  return html`<ul class="candidates" data-testid="candidates">
    ${candidates.map((c) => {
      const status = view.case.tracing.matches.find((m) => m.sought_person === p.id && m.candidate === c.case_id)?.status;
      return html`<li class="candidate" data-testid="candidate" data-status=${status ?? "potential"}>
        <div><span class="code" dir="ltr">${c.code}</span> <bdi class="name">${c.display_name || app.t("app-no-name")}</bdi>
          <span class="tag">${app.t("app-tracing-score", { score: Math.round((c.score ?? 0) * 100) })}</span>
          ${status && status !== "potential" ? html`<span class="tag match-${status}">${app.t(`app-tracing-${status}`)}</span>` : nothing}</div>
        <ul class="reasons">${c.reasons.map((r) => html`<li>${app.t(r)}</li>`)}</ul>
        <div class="actions">
          <button data-testid="confirm-match" @click=${() => decide(app, p, c, "confirmed")}>${app.t("app-tracing-confirm")}</button>
          <button data-testid="reject-match" @click=${() => decide(app, p, c, "rejected")}>${app.t("app-tracing-reject")}</button>
        </div>
      </li>`;
    })}
  </ul>`;
}

/** Decisions already taken, so they stay visible without searching again. */
function decided(app: App, view: CaseView, p: Sought): TemplateResult | typeof nothing {
  const done = view.case.tracing.matches.filter((m) => m.sought_person === p.id && m.status !== "potential");
  if (done.length === 0) return nothing;
  return html`<ul class="decided" data-testid="decided-matches">${done.map((m) => html`<li>
    <span class="tag match-${m.status}">${app.t(`app-tracing-${m.status}`)}</span>
    ${app.t("app-tracing-decided-by", { user: m.decided?.by ?? "?", when: app.ui.dateTime(m.decided?.at ?? m.recorded.at) })}
  </li>`)}</ul>`;
}

/** The family tracing tab. */
export function tracingScreen(app: App, view: CaseView): TemplateResult {
  return html`<div class="form tracing" data-testid="tracing">
    <p class="hint">${app.t("app-tracing-explain")}</p>
    ${view.case.tracing.sought_persons.map((p) => soughtCard(app, view, p))}
    <button data-testid="add-sought-person" @click=${() => void app.edit("sought", { op: "add_sought_person", relationship: "" })}>${app.t("app-tracing-add")}</button>
  </div>`;
}
