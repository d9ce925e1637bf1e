// The case list: search by name in any script or by short code, filters, new case.
import { html, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { CaseSummary } from "../api";
import { valueOf } from "./common";

const AGE_BANDS = ["0-4", "5-11", "12-14", "15-17", "18-59", "60+", "unknown"];
const RISKS = ["none", "low", "medium", "high"];
const STATUSES = ["open", "transferred", "closed"];
const FLAGS = ["unaccompanied", "separated", "referral-prompt", "age-disputed", "trafficking-risk"];

let searchTimer: ReturnType<typeof setTimeout> | null = null;

function filterSelect(app: App, name: "status" | "risk" | "age_band" | "flag", values: string[]): TemplateResult {
  return html`<label class="filter"><span>${app.t(`app-filter-${name.replace("_", "-")}`)}</span>
    <select data-testid="filter-${name}" @change=${(e: Event) => void app.setFilter({ [name]: valueOf(e) || null })}>
      <option value="" ?selected=${!app.filter[name]}>${app.t("app-filter-any")}</option>
      ${values.map((v) => html`<option value=${v} ?selected=${app.filter[name] === v}>${app.t(`app-${name.replace("_", "-")}-${v.replace("+", "-plus")}`)}</option>`)}
    </select></label>`;
}

/** The list screen. */
export function casesScreen(app: App): TemplateResult {
  return html`<section class="cases">
    <h1 class="visually-hidden">${app.t("app-cases-title")}</h1>
    <div class="toolbar">
      <input
        class="search"
        type="search"
        dir="auto"
        data-testid="case-search"
        data-focus-first
        placeholder=${app.t("app-search-placeholder")}
        aria-label=${app.t("app-search-placeholder")}
        .value=${app.filter.query}
        @input=${(e: Event) => {
          const query = valueOf(e);
          if (searchTimer) clearTimeout(searchTimer);
          searchTimer = setTimeout(() => void app.setFilter({ query }), 200);
        }}
      />
      <button class="primary" data-testid="new-case" @click=${() => void app.newCase()}>${app.t("app-new-case")}</button>
    </div>
    <div class="filters">
      <label class="filter"><span>${app.t("app-filter-site")}</span>
        <input type="text" dir="auto" data-testid="filter-site" .value=${app.filter.site ?? ""}
          @input=${(e: Event) => {
            const site = valueOf(e).trim();
            if (searchTimer) clearTimeout(searchTimer);
            searchTimer = setTimeout(() => void app.setFilter({ site: site || null }), 200);
          }} /></label>
      ${filterSelect(app, "status", STATUSES)} ${filterSelect(app, "risk", RISKS)}
      ${filterSelect(app, "age_band", AGE_BANDS)} ${filterSelect(app, "flag", FLAGS)}
    </div>
    ${app.cases.length === 0
      ? html`<p class="empty" data-testid="no-cases">${app.t("app-no-cases")}</p>`
      : html`<ul class="case-list" data-testid="case-list">${app.cases.map((c) => row(app, c))}</ul>`}
  </section>`;
}

function row(app: App, c: CaseSummary): TemplateResult {
  const name = c.display_name || app.t("app-no-name");
  return html`<li>
    <button class="case-row" data-testid="case-row" data-code=${c.code} @click=${() => void app.openCase(c.case_id)}>
      <span class="code" dir="ltr">${c.code}</span>
      <bdi class="name" data-testid="case-name">${name}</bdi>
      <span class="tags">
        ${c.child ? html`<span class="tag child">${app.t("app-flag-child")}</span>` : ""}
        ${c.risk !== "none" ? html`<span class="tag risk-${c.risk}">${app.t(`app-risk-${c.risk}`)}</span>` : ""}
        ${c.flags.split(" ").filter((f) => f === "unaccompanied" || f === "separated" || f === "not-shared").map((f) => html`<span class="tag" data-testid="flag-${f}">${app.t(`app-flag-${f}`)}</span>`)}
        ${c.conflicts > 0 ? html`<span class="tag conflict">${app.t("app-conflicts-count", { count: c.conflicts })}</span>` : ""}
      </span>
      <span class="updated">${app.ui.dateTime(c.updated)}</span>
    </button>
  </li>`;
}
