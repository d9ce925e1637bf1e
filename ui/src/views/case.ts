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

/**
 * Arrow keys move between the case's sections (the way they read: in right-to-left text the
 * left arrow goes forward), Home and End to the first and last; the focus follows.
 */
function tabKeys(app: App, tab: CaseTab, e: KeyboardEvent): void {
  const rtl = app.ui.dir === "rtl";
  const at = TABS.indexOf(tab);
  const next: Record<string, number> = {
    ArrowRight: rtl ? at - 1 : at + 1,
    ArrowLeft: rtl ? at + 1 : at - 1,
    Home: 0,
    End: TABS.length - 1,
  };
  if (!(e.key in next) || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  const to = TABS[(next[e.key]! + TABS.length) % TABS.length]!;
  app.showTab(to);
  document.getElementById(`tab-${to}`)?.focus();
}

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
      <h1 tabindex="-1" data-focus-first><bdi data-testid="case-title">${name || app.t("app-no-name")}</bdi> <span class="code" dir="ltr" data-testid="case-code">${c.code}</span></h1>
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
    <div class="tabs" role="tablist" aria-label=${app.t("app-case-sections")} @keydown=${(e: KeyboardEvent) => tabKeys(app, tab, e)}>
      ${TABS.map(
        (t) => html`<button role="tab" id="tab-${t}" aria-controls=${t === tab ? "tab-panel" : nothing} tabindex=${t === tab ? "0" : "-1"} data-testid="tab-${t}" aria-selected=${t === tab ? "true" : "false"} @click=${() => app.showTab(t)}>
          ${app.t(`app-tab-${t}`)}${t === "conflicts" && view.conflicts.length ? html` <span class="count">${app.ui.number(view.conflicts.length)}</span>` : nothing}
        </button>`,
      )}
    </div>
    <div class="tab-body" role="tabpanel" id="tab-panel" tabindex="0" aria-labelledby="tab-${tab}">
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

