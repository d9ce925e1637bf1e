// Registration: names in any script, sex, date of birth or stated age, nationality, languages,
// accompaniment, where and how the person was met. Every field saves itself.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { AdultDetails, BirthInput, CaseView, NameKind, Verification } from "../api";
import { LOCALES } from "../i18n";
import { fieldError, textField, valueOf } from "./common";

const SEXES = ["female", "male", "other", "not_stated"] as const;
const ACCOMPANIMENT = ["unaccompanied", "separated", "accompanied"] as const;
const VERIFICATION: Verification[] = ["not_verified", "verified", "doubtful"];
const ADULT_ERRORS = ["adult_name", "adult_relationship", "adult_verified_how", "adult_documents", "adult_concern"];

type Adult = CaseView["case"]["registration"]["accompaniment"]["adults"][number];

/** One adult's form: `key` names its drafts (`new`, or the adult's entry id). */
function adultForm(app: App, key: string, saved: Adult | null, submit: (details: AdultDetails) => Promise<void>): TemplateResult {
  const draft = (field: string, savedValue: string) => app.drafts.get(`adult-${key}-${field}`) ?? savedValue;
  const keep = (field: string) => (e: Event) => app.drafts.set(`adult-${key}-${field}`, valueOf(e));
  const verified = (draft("verified", saved?.verified ?? "not_verified") as Verification);
  const text = (field: string, label: string, savedValue: string | null | undefined, long = false) => {
    const value = draft(field, savedValue ?? "");
    return html`<label class="field"><span>${app.t(label)}</span>${long
      ? html`<textarea dir="auto" data-testid="adult-${field}" .value=${value} @input=${keep(field)}></textarea>`
      : html`<input dir="auto" data-testid="adult-${field}" .value=${value} @input=${keep(field)} />`}</label>`;
  };
  return html`<form class="card adult" data-testid="adult-${key === "new" ? "new" : "saved"}" @submit=${(e: Event) => {
    e.preventDefault();
    const value = (field: string, savedValue: string | null | undefined) => draft(field, savedValue ?? "").trim() || null;
    const details: AdultDetails = {
      name: draft("name", saved?.name ?? ""),
      claimed_relationship: value("relationship", saved?.claimed_relationship),
      verified,
      verified_how: value("how", saved?.verified_how),
      documents_seen: value("documents", saved?.documents_seen),
      concern: value("concern", saved?.concern),
    };
    for (const f of ADULT_ERRORS) app.fieldErrors.delete(f);
    void submit(details).then(() => {
      if (ADULT_ERRORS.some((f) => app.fieldErrors.has(f))) return;
      for (const f of ["name", "relationship", "verified", "how", "documents", "concern"]) app.drafts.delete(`adult-${key}-${f}`);
      app.render();
    });
  }}>
    ${text("name", "app-adult-name", saved?.name)}
    ${text("relationship", "app-adult-relationship", saved?.claimed_relationship)}
    <label class="field"><span>${app.t("app-adult-verified")}</span>
      <select data-testid="adult-verified" @change=${(e: Event) => { app.drafts.set(`adult-${key}-verified`, valueOf(e)); app.render(); }}>
        ${VERIFICATION.map((v) => html`<option value=${v} ?selected=${verified === v}>${app.t(`app-adult-verified-${v.replaceAll("_", "-")}`)}</option>`)}
      </select></label>
    ${text("how", "app-adult-verified-how", saved?.verified_how)}
    ${text("documents", "app-adult-documents", saved?.documents_seen)}
    ${text("concern", "app-adult-concern", saved?.concern, true)}
    <button type="submit" class=${saved ? "" : "primary"} data-testid="adult-submit">${app.t(saved ? "app-adult-save" : "app-adult-add")}</button>
  </form>`;
}

/** The adults travelling with the person: who they say they are, how it was checked, concerns. */
function adultsSection(app: App, view: CaseView): TemplateResult {
  const adults = view.case.registration.accompaniment.adults;
  return html`<fieldset class="adults" data-testid="adults">
    <legend>${app.t("app-adults")}</legend>
    <p class="hint">${app.t("app-adults-explain")}</p>
    ${adults.length === 0 ? html`<p class="empty">${app.t("app-adults-none")}</p>` : nothing}
    ${adults.map((a) => adultForm(app, a.id, a, (details) => app.edit("adult_name", { op: "update_accompanying_adult", id: a.id, details })))}
    ${adultForm(app, "new", null, (details) => app.edit("adult_name", { op: "add_accompanying_adult", details }))}
    ${ADULT_ERRORS.map((f) => fieldError(app, f))}
  </fieldset>`;
}

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

    ${adultsSection(app, view)}

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
