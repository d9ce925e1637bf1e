// Screening for trafficking and exploitation: indicators observed or stated (never asked as a
// checklist in front of the person), the derived risk level with its reasons, and the
// referral prompt with one-tap referrals.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { CaseView, Indicator, IndicatorSource } from "../api";
import { basisField, chosenBasis } from "./referrals";

const INDICATORS: Indicator[] = [
  "irregular_travel", "sudden_separation", "living_change", "documents_held_by_others", "debt_bondage", "work_exploitation",
  "signs_of_abuse", "controlled_movement", "deceptive_recruitment", "no_contact_with_family", "fear_of_authorities", "scripted_account",
  "someone_else_answers", "worst_forms_of_child_labour", "child_labour_under_minimum_age", "sexual_exploitation", "forced_marriage",
  "armed_group_recruitment",
];
const SOURCES = ["observed", "stated", "document", "third_party"] as const;

const sourceLabel = (app: App, s: IndicatorSource) => app.t(`app-indicator-source-${s.kind.replace("_", "-")}`);

/** The screening tab. */
export function screeningScreen(app: App, view: CaseView): TemplateResult {
  const risk = view.risk;
  const source = (app.drafts.get("indicator-source") as (typeof SOURCES)[number] | undefined) ?? "observed";
  return html`<div class="form screening" data-testid="screening">
    <section class="card risk risk-${risk.level}" data-testid="risk-summary">
      <h2>${app.t(`app-risk-${risk.level}`)}</h2>
      ${risk.reasons.length
        ? html`<p>${app.t("app-screening-reasons")}</p><ul>${risk.reason_messages.map((id) => html`<li>${app.t(id)}</li>`)}</ul>`
        : html`<p>${app.t("app-screening-no-reasons")}</p>`}
      ${risk.referral_prompt.length
        ? html`<div class="referral-prompt" role="note"><strong>${app.t("app-referral-prompt")}</strong>
            <div class="actions">${risk.referral_prompt.map((service) => {
              const made = view.case.referrals.some((r) => r.service === service);
              return html`<button data-testid="refer-${service}" ?disabled=${made}
                @click=${() => void app.edit("basis", { op: "add_referral", service, urgent: true, note: null, basis: chosenBasis(app) })}>
                ${app.t(`app-service-${service.replaceAll("_", "-")}`)}${made ? html` ✓` : nothing}</button>`;
            })}</div>${basisField(app)}</div>`
        : nothing}
    </section>
    <fieldset>
      <legend>${app.t("app-screening-source")}</legend>
      <div class="choices">${SOURCES.map((s) => html`<label class="choice"><input type="radio" name="indicator-source" .checked=${source === s}
        @change=${() => { app.drafts.set("indicator-source", s); app.render(); }} />${app.t(`app-indicator-source-${s.replace("_", "-")}`)}</label>`)}</div>
    </fieldset>
    <p class="hint">${app.t("app-screening-explain")}</p>
    <ul class="indicators">
      ${INDICATORS.map((indicator) => {
        const entries = view.case.screening.indicators.filter((e) => e.indicator === indicator);
        const live = entries.filter((e) => !e.dismissed);
        return html`<li class="indicator ${live.length ? "present" : ""}" data-testid="indicator-${indicator}">
          <span class="label">${app.t(`risk-reason-${indicator.replaceAll("_", "-")}`)}</span>
          <span class="sources">${entries.map((e) => html`<span class="tag ${e.dismissed ? "dismissed" : ""}">${sourceLabel(app, e.source)}${e.dismissed ? ` · ${app.t("app-screening-dismissed")}` : ""}</span>
            <button class="link" data-testid="dismiss-${indicator}" @click=${() => void app.edit("indicator", { op: "dismiss_indicator", id: e.id, dismissed: !e.dismissed })}>
              ${e.dismissed ? app.t("app-screening-restore") : app.t("app-screening-dismiss")}</button>`)}</span>
          <button data-testid="record-${indicator}" @click=${() => void app.edit("indicator", { op: "record_indicator", indicator, source: { kind: source }, note: null })}>${app.t("app-screening-record")}</button>
        </li>`;
      })}
    </ul>
  </div>`;
}
