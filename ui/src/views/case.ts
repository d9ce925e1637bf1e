// One case: a header with who and what the rules derive, and a tab per part of the work.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App, CaseTab } from "../app";
import { ageScreen } from "./age";
import { conflictsScreen } from "./conflicts";
import { consentScreen } from "./consent";
import { interviewScreen } from "./interview";
import { referralsScreen, transferScreen } from "./referrals";
import { registrationScreen } from "./registration";
import { screeningScreen } from "./screening";
import { tracingScreen } from "./tracing";

const TABS: CaseTab[] = ["registration", "consent", "interview", "age", "tracing", "screening", "referrals", "transfer", "conflicts"];

/** The case screen with `tab` open. */
export function caseScreen(app: App, tab: CaseTab): TemplateResult {
  const view = app.view;
  if (!view) return html``;
  const c = view.case;
  const given = c.registration.names.find((n) => n.kind === "given")?.text ?? "";
  const family = c.registration.names.find((n) => n.kind === "family")?.text ?? "";
  const name = [given, family].filter(Boolean).join(" ");
  return html`<section class="case" data-testid="case-screen">
    <div class="case-head">
      <button class="back" data-testid="back-to-list" @click=${() => void app.closeCase()}>${app.t("app-back-to-list")}</button>
      <h1><bdi data-testid="case-title">${name || app.t("app-no-name")}</bdi> <span class="code" dir="ltr" data-testid="case-code">${c.code}</span></h1>
      <div class="derived">
        ${view.age.treated_as_child
          ? html`<span class="tag child" data-testid="treated-as-child">${app.t("app-age-treated-as-child", { basis: view.age.basis })}</span>`
          : nothing}
        ${view.risk.level !== "none"
          ? html`<span class="tag risk-${view.risk.level}" data-testid="risk-level">${app.t(`app-risk-${view.risk.level}`)}</span>`
          : nothing}
        ${view.conflicts.length
          ? html`<button class="tag conflict" data-testid="conflicts-tag" @click=${() => app.showTab("conflicts")}>${app.t("app-conflicts-count", { count: view.conflicts.length })}</button>`
          : nothing}
      </div>
    </div>
    ${view.risk.referral_prompt.length
      ? html`<div class="referral-prompt" role="note" data-testid="referral-prompt">
          <strong>${app.t("app-referral-prompt")}</strong>
          <ul>${view.risk.reason_messages.map((id) => html`<li>${app.t(id)}</li>`)}</ul>
        </div>`
      : nothing}
    <nav class="tabs" role="tablist">
      ${TABS.map(
        (t) => html`<button role="tab" data-testid="tab-${t}" aria-selected=${t === tab ? "true" : "false"} @click=${() => app.showTab(t)}>
          ${app.t(`app-tab-${t}`)}${t === "conflicts" && view.conflicts.length ? html` <span class="count">${app.ui.number(view.conflicts.length)}</span>` : nothing}
        </button>`,
      )}
    </nav>
    <div class="tab-body">
      ${tab === "registration" ? registrationScreen(app, view) : nothing}
      ${tab === "consent" ? consentScreen(app, view) : nothing}
      ${tab === "interview" ? interviewScreen(app, view) : nothing}
      ${tab === "age" ? ageScreen(app, view) : nothing}
      ${tab === "tracing" ? tracingScreen(app, view) : nothing}
      ${tab === "screening" ? screeningScreen(app, view) : nothing}
      ${tab === "referrals" ? referralsScreen(app, view) : nothing}
      ${tab === "transfer" ? transferScreen(app, view) : nothing}
      ${tab === "conflicts" ? conflictsScreen(app, view) : nothing}
    </div>
  </section>`;
}

