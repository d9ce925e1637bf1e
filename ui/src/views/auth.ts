// First set-up of a device, and unlock.
import { html, type TemplateResult } from "lit-html";
import type { App } from "../app";
import { fieldError } from "./common";

function form(e: Event): Record<string, string> {
  e.preventDefault();
  const data = new FormData(e.target as HTMLFormElement);
  const out: Record<string, string> = {};
  data.forEach((v, k) => (out[k] = String(v)));
  return out;
}

/** Set-up or unlock, whichever the device needs. */
export function authScreen(app: App): TemplateResult {
  if (app.screen.kind === "setup") {
    return html`<form class="card auth" data-testid="setup-form" @submit=${(e: Event) => {
      const f = form(e);
      void app.setUp(f.site ?? "", f.user ?? "", f.passphrase ?? "", f.passphrase_again ?? "");
    }}>
      <h1>${app.t("app-setup-title")}</h1>
      <p>${app.t("app-setup-explain")}</p>
      <label class="field"><span>${app.t("app-setup-site")}</span><input name="site" data-testid="setup-site" autocomplete="off" required data-focus-first />${fieldError(app, "site")}</label>
      <label class="field"><span>${app.t("app-user")}</span><input name="user" data-testid="setup-user" autocomplete="username" required />${fieldError(app, "user")}</label>
      <label class="field"><span>${app.t("app-passphrase")}</span><input name="passphrase" type="password" data-testid="setup-passphrase" autocomplete="new-password" required />${fieldError(app, "passphrase")}</label>
      <label class="field"><span>${app.t("app-passphrase-again")}</span><input name="passphrase_again" type="password" data-testid="setup-passphrase-again" autocomplete="new-password" required />${fieldError(app, "passphrase_again")}</label>
      <button class="primary" type="submit" data-testid="setup-submit">${app.t("app-setup-submit")}</button>
    </form>`;
  }
  return html`<form class="card auth" data-testid="unlock-form" @submit=${(e: Event) => {
    const f = form(e);
    void app.unlock(f.user ?? "", f.passphrase ?? "");
  }}>
    <h1>${app.t("app-unlock-title")}</h1>
    <label class="field"><span>${app.t("app-user")}</span><input name="user" data-testid="unlock-user" autocomplete="username" .value=${app.lastUser} required ?data-focus-first=${!app.lastUser} />${fieldError(app, "user")}</label>
    <label class="field"><span>${app.t("app-passphrase")}</span><input name="passphrase" type="password" data-testid="unlock-passphrase" autocomplete="current-password" required ?data-focus-first=${!!app.lastUser} />${fieldError(app, "passphrase")}</label>
    <button class="primary" type="submit" data-testid="unlock-submit">${app.t("app-unlock-submit")}</button>
  </form>`;
}
