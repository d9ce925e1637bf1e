// Age assessment notes: method, indicators, an assessed range; in doubt, a child.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { AgeMethod, CaseView } from "../api";
import { fieldError, valueOf } from "./common";

const METHODS: AgeMethod[] = ["documents", "statement", "holistic"];

function num(app: App, key: string): number | null {
  const v = (app.drafts.get(key) ?? "").trim();
  if (!v) return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

/** The age tab. */
export function ageScreen(app: App, view: CaseView): TemplateResult {
  const status = view.age;
  const method = (app.drafts.get("age-method") as AgeMethod | undefined) ?? "holistic";
  const keep = (key: string) => (e: Event) => app.drafts.set(key, valueOf(e));
  return html`<div class="form age" data-testid="age">
    <p class="age-status" data-testid="age-status">
      ${status.treated_as_child ? app.t("app-age-treated-as-child", { basis: status.basis }) : app.t("app-age-adult", { basis: status.basis })}
      ${status.range ? html` · ${app.t("app-age-range", { min: status.range[0], max: status.range[1] ?? "?" })}` : nothing}
    </p>
    <form class="card" @submit=${(e: Event) => {
      e.preventDefault();
      void app.edit("age_range", {
        op: "add_age_assessment",
        method,
        indicators: (app.drafts.get("age-indicators") ?? "").split("\n").map((s) => s.trim()).filter(Boolean).map((note) => ({ kind: "note", note })),
        min_age: num(app, "age-min"),
        max_age: num(app, "age-max"),
        outcome: app.drafts.get("age-outcome") || null,
        disputed: app.drafts.get("age-disputed") === "yes",
      }).then(() => {
        if (!app.fieldErrors.has("age_range")) for (const k of ["age-min", "age-max", "age-outcome", "age-indicators", "age-disputed"]) app.drafts.delete(k);
        app.render();
      });
    }}>
      <h2>${app.t("app-age-new")}</h2>
      <label class="field"><span>${app.t("app-age-method")}</span>
        <select data-testid="age-method" @change=${(e: Event) => app.drafts.set("age-method", valueOf(e))}>
          ${METHODS.map((m) => html`<option value=${m} ?selected=${m === method}>${app.t(`app-age-method-${m}`)}</option>`)}
        </select></label>
      <div class="row">
        <label class="field short"><span>${app.t("app-age-min")}</span><input data-testid="age-min" data-error-field="age_range" dir="ltr" inputmode="numeric" .value=${app.drafts.get("age-min") ?? ""} @input=${keep("age-min")} /></label>
        <label class="field short"><span>${app.t("app-age-max")}</span><input data-testid="age-max" dir="ltr" inputmode="numeric" .value=${app.drafts.get("age-max") ?? ""} @input=${keep("age-max")} /></label>
      </div>
      ${fieldError(app, "age_range")}
      <label class="field"><span>${app.t("app-age-indicators")}</span><textarea dir="auto" .value=${app.drafts.get("age-indicators") ?? ""} @input=${keep("age-indicators")}></textarea></label>
      <label class="field"><span>${app.t("app-age-outcome")}</span><textarea dir="auto" .value=${app.drafts.get("age-outcome") ?? ""} @input=${keep("age-outcome")}></textarea></label>
      <label class="choice"><input type="checkbox" .checked=${app.drafts.get("age-disputed") === "yes"} @change=${(e: Event) => app.drafts.set("age-disputed", (e.target as HTMLInputElement).checked ? "yes" : "")} />${app.t("app-age-disputed")}</label>
      <button class="primary" type="submit" data-testid="age-save">${app.t("app-age-save")}</button>
    </form>
    <ul class="assessments">${[...view.case.age_assessments].reverse().map(
      (a) => html`<li>${app.ui.dateTime(a.date)} · ${app.t(`app-age-method-${a.method}`)} · ${app.t("app-age-range", { min: a.min_age ?? "?", max: a.max_age ?? "?" })}
        ${a.disputed ? html` · ${app.t("app-age-disputed")}` : nothing} · <bdi>${a.assessor}</bdi></li>`,
    )}</ul>
  </div>`;
}
