// The frame around every screen: top bar with the UI language, the save indicator, quick-hide
// and lock; and the neutral screen quick-hide shows.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import { authScreen } from "./auth";
import { caseScreen } from "./case";
import { casesScreen } from "./cases";
import { languageSelect } from "./common";
import { syncIndicator, syncScreen } from "./sync";

/** The whole window for the current state. */
export function appView(app: App): TemplateResult {
  if (app.hidden) return neutralScreen(app);
  const unlocked = Boolean(app.state?.user);
  return html`
    <header class="topbar">
      <span class="brand">Waypoint</span>
      ${unlocked ? html`<span class="who" data-testid="who">${app.state?.user?.user} · ${app.state?.user?.site}</span>` : nothing}
      <span class="spacer"></span>
      ${unlocked ? syncIndicator(app) : nothing}
      ${saveIndicator(app)}
      <label class="ui-language">
        <span class="visually-hidden">${app.t("app-ui-language")}</span>
        ${languageSelect(app.ui.code, (c) => void app.setUiLanguage(c), "ui-language", app.t("app-ui-language"))}
      </label>
      ${unlocked
        ? html`<button class="hide" data-testid="quick-hide" title=${app.t("app-quick-hide-hint")} @click=${() => app.hide()}>
              ${app.t("app-quick-hide")}
            </button>
            <button data-testid="lock" @click=${() => void app.lock()}>${app.t("app-lock")}</button>`
        : nothing}
    </header>
    ${app.notice
      ? html`<div class="notice" role="alert" data-testid="notice">
          ${app.t(app.notice.id, app.notice.args)}
          <button class="link" @click=${() => { app.notice = null; app.render(); }}>${app.t("app-dismiss")}</button>
        </div>`
      : nothing}
    <main>${screen(app)}</main>
  `;
}

function screen(app: App): TemplateResult {
  switch (app.screen.kind) {
    case "loading":
      return html`<p class="loading">${app.t("app-loading")}</p>`;
    case "setup":
    case "unlock":
      return authScreen(app);
    case "cases":
      return casesScreen(app);
    case "case":
      return caseScreen(app, app.screen.tab);
    case "sync":
      return syncScreen(app);
  }
}

/** The autosave status. Seen: saving, saved, error. Heard (a live region that is always there,
 * since screen readers announce only changes to a region they already know): an error at
 * once; "saving… saved" at every pause in typing would talk over the person, so it is not. */
function saveIndicator(app: App): TemplateResult {
  const seen = app.saveStatus === "idle" ? "" : app.t(`app-save-${app.saveStatus}`);
  return html`<span class="save save-${app.saveStatus}" data-testid="save-status" data-status=${app.saveStatus} aria-hidden="true">${seen}</span
    ><span class="visually-hidden" role="status" aria-live="polite">${app.saveStatus === "error" ? seen : ""}</span>`;
}

/** What the screen shows while hidden: nothing about anyone, and a way back. */
function neutralScreen(app: App): TemplateResult {
  return html`<div class="neutral" data-testid="neutral-screen">
    <p class="neutral-title">${app.t("app-neutral-title")}</p>
    <button data-testid="reveal" data-focus-first @click=${() => app.reveal()}>${app.t("app-neutral-continue")}</button>
  </div>`;
}
