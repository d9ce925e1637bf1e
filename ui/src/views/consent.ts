// Consent, one purpose at a time: given, refused or withdrawn, by whom, in which language.
// Each purpose is explained to the person in the interview language, in a child's words for a
// child. Withdrawal is a new decision; the history stays visible.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { CaseView, ConsentDecision, ConsentGiver, ConsentPurpose } from "../api";
import { nativeName } from "../i18n";
import { fieldError, valueOf } from "./common";

const PURPOSES: ConsentPurpose[] = ["registration", "sharing_with_hq", "family_tracing", "referral", "photo"];

function giver(app: App): ConsentGiver {
  const kind = app.drafts.get("consent-giver") ?? "person";
  if (kind === "guardian") return { kind: "guardian", name: app.drafts.get("consent-guardian") ?? "" };
  if (kind === "best_interest_decision") return { kind: "best_interest_decision", role: app.drafts.get("consent-role") ?? "" };
  return { kind: "person" };
}

/** The consent tab. */
export function consentScreen(app: App, view: CaseView): TemplateResult {
  const kind = app.drafts.get("consent-giver") ?? "person";
  const person = app.person;
  const decide = (purpose: ConsentPurpose, decision: ConsentDecision) =>
    void app.edit("given_by", {
      op: "record_consent",
      purpose,
      decision,
      given_by: giver(app),
      language: app.interviewLanguage,
      interpreter: null,
    });
  return html`<div class="form consent" data-testid="consent">
    <p class="hint">${app.t("app-consent-explain", { language: nativeName(app.interviewLanguage) })} ${app.t("app-consent-read-aloud")}</p>
    <fieldset>
      <legend>${app.t("app-consent-given-by")}</legend>
      <div class="choices">
        ${(["person", "guardian", "best_interest_decision"] as const).map(
          (k) => html`<label class="choice"><input type="radio" name="giver" .checked=${kind === k}
            @change=${() => { app.drafts.set("consent-giver", k); app.render(); }} />${app.t(`app-consent-giver-${k.replaceAll("_", "-")}`)}</label>`,
        )}
      </div>
      ${kind === "guardian"
        ? html`<label class="field"><span>${app.t("app-consent-guardian-name")}</span><input dir="auto" data-error-field="given_by" .value=${app.drafts.get("consent-guardian") ?? ""}
            @input=${(e: Event) => app.drafts.set("consent-guardian", valueOf(e))} /></label>`
        : nothing}
      ${kind === "best_interest_decision"
        ? html`<label class="field"><span>${app.t("app-consent-role")}</span><input dir="auto" .value=${app.drafts.get("consent-role") ?? ""}
            @input=${(e: Event) => app.drafts.set("consent-role", valueOf(e))} /></label>`
        : nothing}
      ${fieldError(app, "given_by")}
    </fieldset>
    <table class="consents">
      <tbody>
        ${PURPOSES.map((purpose) => {
          const history = view.case.consents.filter((c) => c.purpose === purpose);
          const latest = history[history.length - 1];
          const tell = `app-consent-tell-${purpose.replaceAll("_", "-")}${view.age.treated_as_child ? "-child" : ""}`;
          return html`<tr data-testid="consent-${purpose}">
            <th scope="row">${app.t("app-consent-purpose", { purpose })}
              <p class="person-text tell" lang=${person.code} dir=${person.dir} data-testid="consent-tell-${purpose}">${person.t(tell)}</p>
              ${person.code !== app.ui.code ? html`<p class="muted" lang=${app.ui.code}>${app.t(tell)}</p>` : nothing}</th>
            <td class="state" data-testid="consent-state-${purpose}">${latest ? app.t(`app-consent-${latest.decision}`) : app.t("app-consent-not-asked")}</td>
            <td class="actions"><div>
              <button data-testid="consent-give-${purpose}" @click=${() => decide(purpose, "given")}>${app.t("app-consent-give")}</button>
              <button data-testid="consent-refuse-${purpose}" @click=${() => decide(purpose, "refused")}>${app.t("app-consent-refuse")}</button>
              ${latest?.decision === "given"
                ? html`<button data-testid="consent-withdraw-${purpose}" @click=${() => {
                    // Withdrawing the sharing erases the case everywhere but here: asked once more.
                    if (purpose !== "sharing_with_hq") return decide(purpose, "withdrawn");
                    app.drafts.set("consent-confirm-withdraw", "yes");
                    app.render();
                  }}>${app.t("app-consent-withdraw")}</button>`
                : nothing}
              ${purpose === "sharing_with_hq" && latest?.decision === "given" && app.drafts.get("consent-confirm-withdraw") === "yes"
                ? html`<div class="confirm" role="alertdialog" aria-labelledby="withdraw-sharing-explain" data-testid="confirm-withdraw-sharing">
                    <p id="withdraw-sharing-explain">${app.t("app-consent-withdraw-sharing-explain")}</p>
                    <button class="danger" data-testid="consent-withdraw-confirm" data-focus-first
                      @click=${() => { app.drafts.delete("consent-confirm-withdraw"); decide(purpose, "withdrawn"); }}>${app.t("app-consent-withdraw-confirm")}</button>
                    <button data-testid="consent-withdraw-cancel"
                      @click=${() => { app.drafts.delete("consent-confirm-withdraw"); app.render(); }}>${app.t("app-consent-withdraw-cancel")}</button>
                  </div>`
                : nothing}
            </div></td>
            <td class="history">${history.map((c) => html`<div>${app.t(`app-consent-${c.decision}`)} · ${app.ui.dateTime(c.at)} · <bdi>${c.recorded.by}</bdi></div>`)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
