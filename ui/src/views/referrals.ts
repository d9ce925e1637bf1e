// Referrals to services and follow-ups to do; and the transfer of a case to another site.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { CaseView, ReferralBasis, ReferralService, ReferralStatus } from "../api";
import { fieldError, valueOf } from "./common";

const SERVICES: ReferralService[] = ["child_protection", "anti_trafficking", "health", "psychosocial", "legal", "shelter", "guardianship", "family_tracing"];
const STATUSES: ReferralStatus[] = ["proposed", "made", "accepted", "declined", "completed"];
const BASES: ReferralBasis[] = ["consent", "best_interest_decision", "mandatory_report"];

/** What allows the next referral, as chosen (the person's consent unless a legal basis is chosen). */
export function chosenBasis(app: App): ReferralBasis {
  return (app.drafts.get("referral-basis") as ReferralBasis | undefined) ?? "consent";
}

/** The choice of what allows a referral, with the refusal's reason beside it. */
export function basisField(app: App): TemplateResult {
  return html`<label class="field"><span>${app.t("app-referral-basis")}</span>
    <select data-testid="referral-basis" data-error-field="basis" @change=${(e: Event) => { app.drafts.set("referral-basis", valueOf(e)); app.fieldErrors.delete("basis"); app.render(); }}>
      ${BASES.map((b) => html`<option value=${b} ?selected=${chosenBasis(app) === b}>${app.t(`app-referral-basis-${b.replaceAll("_", "-")}`)}</option>`)}
    </select></label>
  ${fieldError(app, "basis")}`;
}
const keep = (app: App, key: string) => (e: Event) => app.drafts.set(key, valueOf(e));
const dash = (s: string) => s.replaceAll("_", "-");

/** The referrals and follow-ups tab. */
export function referralsScreen(app: App, view: CaseView): TemplateResult {
  const c = view.case;
  const referrals = [...c.referrals].sort((a, b) => Number(b.urgent) - Number(a.urgent));
  const now = Date.now();
  return html`<div class="form referrals" data-testid="referrals">
    <h2>${app.t("app-tab-referrals")}</h2>
    ${referrals.length === 0 ? html`<p class="empty">${app.t("app-referrals-none")}</p>` : nothing}
    <ul class="entries">${referrals.map((r) => html`<li data-testid="referral" data-service=${r.service}>
      <strong>${app.t(`app-service-${dash(r.service)}`)}</strong>
      ${r.urgent ? html`<span class="tag risk-high">${app.t("app-referral-urgent")}</span>` : nothing}
      ${r.note ? html`<bdi class="note">${r.note}</bdi>` : nothing}
      <label class="inline"><span class="visually-hidden">${app.t("app-referral-status")}</span>
        <select data-testid="referral-status" @change=${(e: Event) => void app.edit("referral", { op: "set_referral_status", id: r.id, status: valueOf(e) as ReferralStatus })}>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${r.status === s}>${app.t(`app-referral-status-${s}`)}</option>`)}
        </select></label>
      <span class="meta">${app.ui.dateTime(r.recorded.at)} · <bdi>${r.recorded.by}</bdi></span>
    </li>`)}</ul>
    <form class="card" @submit=${(e: Event) => {
      e.preventDefault();
      const service = (app.drafts.get("referral-service") as ReferralService | undefined) ?? "child_protection";
      void app.edit("basis", { op: "add_referral", service, urgent: app.drafts.get("referral-urgent") === "yes", note: app.drafts.get("referral-note") || null, basis: chosenBasis(app) })
        .then(() => {
          // The basis was for this referral: the next one asks again.
          if (!app.fieldErrors.has("basis")) {
            app.drafts.delete("referral-note");
            app.drafts.delete("referral-basis");
          }
          app.render();
        });
    }}>
      <label class="field"><span>${app.t("app-referral-service")}</span>
        <select data-testid="referral-service" @change=${keep(app, "referral-service")}>
          ${SERVICES.map((s) => html`<option value=${s} ?selected=${(app.drafts.get("referral-service") ?? "child_protection") === s}>${app.t(`app-service-${dash(s)}`)}</option>`)}
        </select></label>
      ${basisField(app)}
      <label class="choice"><input type="checkbox" .checked=${app.drafts.get("referral-urgent") === "yes"}
        @change=${(e: Event) => app.drafts.set("referral-urgent", (e.target as HTMLInputElement).checked ? "yes" : "no")} />${app.t("app-referral-urgent")}</label>
      <label class="field"><span>${app.t("app-referral-note")}</span><textarea dir="auto" data-error-field="referral_note" .value=${app.drafts.get("referral-note") ?? ""} @input=${keep(app, "referral-note")}></textarea></label>
      ${fieldError(app, "referral_note")}
      <button class="primary" type="submit" data-testid="add-referral">${app.t("app-referrals-add")}</button>
    </form>

    <h2>${app.t("app-follow-ups")}</h2>
    ${c.follow_ups.length === 0 ? html`<p class="empty">${app.t("app-follow-ups-none")}</p>` : nothing}
    <ul class="entries">${[...c.follow_ups].sort((a, b) => a.due - b.due).map((f) => html`<li data-testid="follow-up">
      <label class="choice"><input type="checkbox" .checked=${f.done !== null}
        @change=${(e: Event) => void app.edit("follow_up", { op: "set_follow_up_done", id: f.id, done: (e.target as HTMLInputElement).checked })} />
        ${app.t("app-follow-up-done")}</label>
      <span class="due">${app.ui.date(f.due)}</span>
      ${f.done === null && f.due < now ? html`<span class="tag risk-medium">${app.t("app-follow-up-overdue")}</span>` : nothing}
      ${f.note ? html`<bdi class="note">${f.note}</bdi>` : nothing}
    </li>`)}</ul>
    <form class="card" @submit=${(e: Event) => {
      e.preventDefault();
      void app.edit("due", { op: "add_follow_up", due: app.drafts.get("follow-up-due") ?? "", note: app.drafts.get("follow-up-note") || null })
        .then(() => { if (!app.fieldErrors.has("due")) { app.drafts.delete("follow-up-due"); app.drafts.delete("follow-up-note"); } app.render(); });
    }}>
      <label class="field"><span>${app.t("app-follow-up-due")}</span><input type="date" dir="ltr" data-testid="follow-up-due" .value=${app.drafts.get("follow-up-due") ?? ""} @input=${keep(app, "follow-up-due")} />${fieldError(app, "due")}</label>
      <label class="field"><span>${app.t("app-follow-up-note")}</span><input dir="auto" .value=${app.drafts.get("follow-up-note") ?? ""} @input=${keep(app, "follow-up-note")} /></label>
      <button class="primary" type="submit" data-testid="add-follow-up">${app.t("app-follow-up-add")}</button>
    </form>
  </div>`;
}

/** The transfer tab. */
export function transferScreen(app: App, view: CaseView): TemplateResult {
  const c = view.case;
  return html`<div class="form transfer" data-testid="transfer">
    <p class="hint">${app.t("app-transfer-explain")}</p>
    <ul class="entries">${c.transfers.map((t) => html`<li data-testid="transfer-entry">${app.t("app-transfer-history", {
      from: t.from_site, to: t.to_site, when: app.ui.dateTime(t.recorded.at), user: t.recorded.by })}
      ${t.reason ? html` · <bdi>${t.reason}</bdi>` : nothing}</li>`)}</ul>
    <form class="card" @submit=${(e: Event) => {
      e.preventDefault();
      void app.edit("to_site", { op: "transfer_case", to_site: app.drafts.get("transfer-to") ?? "", reason: app.drafts.get("transfer-reason") || null })
        .then(() => { if (!app.fieldErrors.has("to_site")) { app.drafts.delete("transfer-to"); app.drafts.delete("transfer-reason"); } app.render(); });
    }}>
      <label class="field"><span>${app.t("app-transfer-to")}</span><input dir="auto" data-testid="transfer-to" .value=${app.drafts.get("transfer-to") ?? ""} @input=${keep(app, "transfer-to")} />${fieldError(app, "to_site")}</label>
      <label class="field"><span>${app.t("app-transfer-reason")}</span><textarea dir="auto" .value=${app.drafts.get("transfer-reason") ?? ""} @input=${keep(app, "transfer-reason")}></textarea></label>
      <button class="primary" type="submit" data-testid="transfer-case">${app.t("app-transfer-do")}</button>
    </form>
  </div>`;
}
