// Sync with headquarters: where things stand in plain words, "Sync now", and enrolling the
// device with a one-time code. Sync itself runs in the background and never blocks editing.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { SyncStatus } from "../api";
import { fieldError } from "./common";

/** A short line for the top bar: syncing, synced when, or why not. */
export function syncSummary(app: App, s: SyncStatus): string {
  if (!s.enrolled) return app.t("app-sync-status-not-enrolled");
  if (s.running) return app.t("app-sync-status-running");
  if (s.error) return app.t("app-sync-status-error");
  if (s.last_success === null) return app.t("app-sync-status-never");
  return app.t("app-sync-status-ok", { when: app.ui.dateTime(s.last_success) });
}

/** The top bar's sync indicator: one tap opens the sync screen. */
export function syncIndicator(app: App): TemplateResult | typeof nothing {
  const s = app.sync;
  if (!s) return nothing;
  const state = !s.enrolled ? "off" : s.running ? "running" : s.error ? "error" : "ok";
  return html`<button class="sync-indicator sync-${state}" data-testid="sync-indicator" data-state=${state} @click=${() => app.showSync()}>
    ${syncSummary(app, s)}${s.pending_cases > 0 && !s.running ? html` · ${app.ui.number(s.pending_cases)}` : nothing}
  </button>`;
}

function enrollForm(app: App, s: SyncStatus): TemplateResult {
  const url = app.drafts.get("enroll:hq_url") ?? s.hq_url ?? "";
  const code = app.drafts.get("enroll:code") ?? "";
  return html`<form
    class="enroll"
    data-testid="enroll-form"
    @submit=${(e: Event) => {
      e.preventDefault();
      void app.enroll(app.drafts.get("enroll:hq_url") ?? s.hq_url ?? "", app.drafts.get("enroll:code") ?? "");
    }}
  >
    <p class="hint">${app.t("app-sync-enroll-hint")}</p>
    <label class="field"><span>${app.t("app-sync-hq")}</span>
      <input type="url" dir="ltr" data-testid="input-hq-url" .value=${url} @input=${(e: Event) => app.drafts.set("enroll:hq_url", (e.target as HTMLInputElement).value)} />
      ${fieldError(app, "hq_url")}
    </label>
    <label class="field"><span>${app.t("app-sync-code")}</span>
      <input type="text" dir="ltr" autocomplete="off" data-testid="input-enroll-code" .value=${code} @input=${(e: Event) => app.drafts.set("enroll:code", (e.target as HTMLInputElement).value)} />
      ${fieldError(app, "code")}
    </label>
    <button class="primary" type="submit" data-testid="enroll">${app.t("app-sync-enroll")}</button>
  </form>`;
}

/** The sync screen. */
export function syncScreen(app: App): TemplateResult {
  const s = app.sync;
  return html`<section class="sync" data-testid="sync-screen">
    <button class="back" data-testid="back-to-list" @click=${() => void app.closeCase()}>${app.t("app-back-to-list")}</button>
    <h1 tabindex="-1" data-focus-first>${app.t("app-sync-title")}</h1>
    ${!s
      ? html`<p class="loading">${app.t("app-loading")}</p>`
      : html`
          <p class="sync-summary" data-testid="sync-summary" aria-live="polite">${syncSummary(app, s)}</p>
          ${s.error ? html`<p class="field-error" role="alert" data-testid="sync-error">${app.t(s.error.id, s.error.args)}</p>` : nothing}
          ${s.running
            ? html`<p data-testid="sync-progress">${app.t("app-sync-progress", { sent: s.progress.sent_cases, received: s.progress.received_cases })}</p>`
            : nothing}
          <dl class="facts">
            ${s.hq_url ? html`<dt>${app.t("app-sync-hq")}</dt><dd><bdi dir="ltr">${s.hq_url}</bdi></dd>` : nothing}
            <dt>${app.t("app-sync-pending-label")}</dt>
            <dd data-testid="sync-pending">${s.pending_cases === 0 ? app.t("app-sync-nothing-pending") : app.t("app-sync-pending", { count: s.pending_cases })}</dd>
            <dt>${app.t("app-sync-last-success")}</dt>
            <dd>${s.last_success === null ? app.t("app-sync-status-never") : app.ui.dateTime(s.last_success)}</dd>
            ${s.last_attempt !== null ? html`<dt>${app.t("app-sync-last-attempt")}</dt><dd>${app.ui.dateTime(s.last_attempt)}</dd>` : nothing}
          </dl>
          <p class="hint">${app.t("app-sync-works-offline")}</p>
          ${s.enrolled
            ? html`<button class="primary" data-testid="sync-now" ?disabled=${s.running} @click=${() => void app.syncNow()}>${app.t("app-sync-now")}</button>`
            : enrollForm(app, s)}
        `}
  </section>`;
}
