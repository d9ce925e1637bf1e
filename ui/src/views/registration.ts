// Registration: names in any script, sex, date of birth or stated age, nationality, languages,
// accompaniment, where and how the person was met. Every field saves itself.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { BirthInput, CaseView, NameKind } from "../api";
import { LOCALES } from "../i18n";
import { fieldError, textField, valueOf } from "./common";

const SEXES = ["female", "male", "other", "not_stated"] as const;
const ACCOMPANIMENT = ["unaccompanied", "separated", "accompanied"] as const;

function nameField(app: App, view: CaseView, kind: NameKind): TemplateResult {
  const saved = view.case.registration.names.find((n) => n.kind === kind)?.text ?? "";
  return textField(app, {
    key: `name:${kind}`,
    label: app.t(`app-name-${kind}`),
    saved,
    errorField: "none",
    onType: (text) => app.typed(`name:${kind}`, text, { op: "set_name", kind, text }),
  });
}

function list(text: string): string[] {
  return text.split(/[,،;]/).map((s) => s.trim()).filter(Boolean);
}

/** The registration tab. */
export function registrationScreen(app: App, view: CaseView): TemplateResult {
  const r = view.case.registration;
  const aliases = r.names.filter((n) => n.kind === "alias");
  return html`<div class="form registration" data-testid="registration">
    <fieldset>
      <legend>${app.t("app-names")}</legend>
      ${nameField(app, view, "given")} ${nameField(app, view, "family")} ${fieldError(app, "name")}
      ${aliases.length
        ? html`<ul class="aliases">${aliases.map(
            (a) => html`<li><bdi>${a.text}</bdi>
              <button class="link" @click=${() => void app.edit("name", { op: "remove_name", id: a.id })}>${app.t("app-remove")}</button></li>`,
          )}</ul>`
        : nothing}
      <form class="inline" @submit=${(e: Event) => {
        e.preventDefault();
        const input = (e.target as HTMLFormElement).elements.namedItem("alias") as HTMLInputElement;
        void app.edit("name", { op: "add_alias", text: input.value }).then(() => (input.value = ""));
      }}>
        <label class="field"><span>${app.t("app-name-alias")}</span><input name="alias" dir="auto" data-testid="input-alias" /></label>
        <button type="submit">${app.t("app-add")}</button>
      </form>
    </fieldset>

    <fieldset>
      <legend>${app.t("app-sex")}</legend>
      <div class="choices" role="radiogroup">
        ${SEXES.map(
          (s) => html`<label class="choice"><input type="radio" name="sex" data-testid="sex-${s}" .checked=${r.sex === s}
            @change=${() => void app.edit("sex", { op: "set_sex", sex: s })} />${app.t(`app-sex-${s.replace("_", "-")}`)}</label>`,
        )}
      </div>
    </fieldset>

    ${birthFields(app, view)}

    <fieldset>
      <legend>${app.t("app-origin")}</legend>
      ${textField(app, {
        key: "nationalities",
        label: app.t("app-nationalities"),
        saved: r.nationalities.join(", "),
        onType: (text) => app.typed("nationalities", text, { op: "set_nationalities", nationalities: list(text) }),
      })}
      ${textField(app, {
        key: "languages",
        label: app.t("app-languages-spoken"),
        saved: r.languages.join(", "),
        dir: "ltr",
        onType: (text) => app.typed("languages", text, { op: "set_languages", languages: list(text) }),
      })}
      <label class="field"><span>${app.t("app-preferred-language")}</span>
        <select data-testid="preferred-language" @change=${(e: Event) =>
          void app.edit("preferred_language", { op: "set_preferred_language", language: valueOf(e) || null })}>
          <option value="" ?selected=${!r.preferred_language}>${app.t("app-not-known")}</option>
          ${LOCALES.map((l) => html`<option value=${l.code} lang=${l.code} ?selected=${r.preferred_language === l.code}>${l.name}</option>`)}
        </select>${fieldError(app, "preferred_language")}
      </label>
    </fieldset>

    <fieldset>
      <legend>${app.t("app-accompaniment")}</legend>
      <div class="choices" role="radiogroup">
        ${ACCOMPANIMENT.map(
          (s) => html`<label class="choice"><input type="radio" name="accompaniment" data-testid="accompaniment-${s}"
            .checked=${r.accompaniment.status === s}
            @change=${() => void app.edit("accompaniment", { op: "set_accompaniment", status: s })} />${app.t(`app-accompaniment-${s}`)}</label>`,
        )}
      </div>
    </fieldset>

    <fieldset>
      <legend>${app.t("app-encounter")}</legend>
      ${textField(app, {
        key: "place",
        label: app.t("app-encounter-place"),
        saved: r.encounter.place ?? "",
        onType: (place) =>
          app.typed("place", place, { op: "set_encounter", place, circumstances: app.drafts.get("circumstances") ?? r.encounter.circumstances }, "encounter"),
      })}
      ${textField(app, {
        key: "circumstances",
        label: app.t("app-encounter-circumstances"),
        saved: r.encounter.circumstances ?? "",
        multiline: true,
        onType: (circumstances) =>
          app.typed("circumstances", circumstances, { op: "set_encounter", place: app.drafts.get("place") ?? r.encounter.place, circumstances }, "encounter"),
      })}
    </fieldset>
  </div>`;
}

type BirthKind = BirthInput["kind"];

function birthFields(app: App, view: CaseView): TemplateResult {
  const birth = view.case.registration.birth;
  const kind = (app.drafts.get("birth-kind") as BirthKind | undefined) ?? birth.kind;
  const saveBirth = (input: BirthInput) => void app.edit("birth", { op: "set_birth", birth: input });
  const keep = (key: string) => (e: Event) => app.drafts.set(key, valueOf(e));
  const draft = (key: string, saved: string) => app.drafts.get(key) ?? saved;
  let inputs: TemplateResult | typeof nothing = nothing;
  if (kind === "exact") {
    const saved = birth.kind === "exact" ? birth.date : "";
    inputs = html`<label class="field"><span>${app.t("app-birth-date")}</span>
      <input data-testid="birth-date" data-error-field="birth" dir="ltr" placeholder="YYYY-MM-DD" inputmode="numeric" .value=${draft("birth-date", saved)}
        @input=${keep("birth-date")} @change=${(e: Event) => saveBirth({ kind: "exact", date: valueOf(e) })} /></label>`;
  } else if (kind === "approximate") {
    const year = birth.kind === "approximate" ? String(birth.year) : "";
    const month = birth.kind === "approximate" && birth.month ? String(birth.month) : "";
    const save = () => {
      const y = Number(app.drafts.get("birth-year") ?? year);
      const m = app.drafts.get("birth-month") ?? month;
      saveBirth({ kind: "approximate", year: Number.isFinite(y) ? y : 0, month: m ? Number(m) : null });
    };
    inputs = html`<label class="field short"><span>${app.t("app-birth-year")}</span>
        <input data-testid="birth-year" data-error-field="birth" dir="ltr" inputmode="numeric" .value=${draft("birth-year", year)} @input=${keep("birth-year")} @change=${save} /></label>
      <label class="field short"><span>${app.t("app-birth-month")}</span>
        <input data-testid="birth-month" dir="ltr" inputmode="numeric" .value=${draft("birth-month", month)} @input=${keep("birth-month")} @change=${save} /></label>`;
  } else if (kind === "stated_age") {
    const years = birth.kind === "stated_age" ? String(birth.years) : "";
    inputs = html`<label class="field short"><span>${app.t("app-stated-age")}</span>
      <input data-testid="stated-age" data-error-field="birth" dir="ltr" inputmode="numeric" .value=${draft("stated-age", years)} @input=${keep("stated-age")}
        @change=${(e: Event) => saveBirth({ kind: "stated_age", years: Math.max(0, Math.floor(Number(valueOf(e)) || 0)) })} /></label>`;
  }
  return html`<fieldset>
    <legend>${app.t("app-birth")}</legend>
    <div class="choices" role="radiogroup">
      ${(["unknown", "exact", "approximate", "stated_age"] as const).map(
        (k) => html`<label class="choice"><input type="radio" name="birth-kind" data-testid="birth-kind-${k}" .checked=${kind === k}
          @change=${() => {
            app.drafts.set("birth-kind", k);
            if (k === "unknown") saveBirth({ kind: "unknown" });
            app.render();
          }} />${app.t(`app-birth-kind-${k.replace("_", "-")}`)}</label>`,
      )}
    </div>
    ${inputs} ${fieldError(app, "birth")}
  </fieldset>`;
}
