// The interview: each question in the person's language (large, for the interpreter or the
// person) and in the officer's; answered, declined, not asked with a reason, or left to
// revisit; pause and stop always in reach. Nothing forces a question.
import { html, nothing, type TemplateResult } from "lit-html";
import { type App, questionsOf } from "../app";
import type { AnswerState, AnswerValue, CaseView, Question, Template } from "../api";
import { direction, nativeName, type Translator } from "../i18n";
import { fieldError, languageSelect, valueOf } from "./common";

/** The text of a question for this person: the child wording when the person is treated as a child. */
export function questionTextId(q: Question, child: boolean): string {
  return child && q.child_text ? q.child_text : q.text;
}

/** The interview tab. */
export function interviewScreen(app: App, view: CaseView): TemplateResult {
  const template = app.template;
  if (!template) return html``;
  const sitting = app.openSitting();
  const person = app.person;
  return html`<div class="interview" data-testid="interview">
    <div class="interview-bar">
      <label class="field inline"><span>${app.t("app-interview-language")}</span>
        ${languageSelect(app.interviewLanguage, (c) => void app.setInterviewLanguage(c), "interview-language", app.t("app-interview-language"))}
      </label>
      ${sitting
        ? html`<span class="spacer"></span>
            <div class="sitting-controls" role="group" aria-label=${app.t("app-sitting-controls")}>
              ${sitting.breaks.some((b) => b.end === null)
                ? nothing
                : html`<button data-testid="pause" @click=${() => void app.edit("sitting", { op: "start_break" })}>${both(app, person, template.controls.pause)}</button>`}
              <button class="stop" data-testid="stop" @click=${() => void app.edit("sitting", { op: "end_sitting", how: "stopped_by_person" })}>
                ${both(app, person, template.controls.stop)}
              </button>
              <button data-testid="end-sitting" @click=${() => void app.edit("sitting", { op: "end_sitting", how: "completed" })}>${app.t("app-end-sitting")}</button>
            </div>`
        : nothing}
    </div>
    ${!sitting ? startPanel(app, view, template, person) : sitting.breaks.some((b) => b.end === null) ? breakPanel(app, template, person) : questionPanel(app, view, template, person)}
  </div>`;
}

/** A control's text in the person's language, with the officer's below when they differ. */
function both(app: App, person: Translator, id: string): TemplateResult {
  if (person.code === app.ui.code) return html`${app.t(id)}`;
  return html`<span lang=${person.code} dir=${person.dir}>${person.t(id)}</span><small lang=${app.ui.code}>${app.t(id)}</small>`;
}

function startPanel(app: App, view: CaseView, template: Template, person: Translator): TemplateResult {
  const sittings = view.case.interview.sittings;
  return html`<div class="start card">
    <h2 lang=${person.code} dir=${person.dir} class="person-text">${person.t(template.title)}</h2>
    <ol class="intro" lang=${person.code} dir=${person.dir}>
      ${template.intro.map((id) => html`<li class="person-text">${person.t(id)}</li>`)}
    </ol>
    ${person.code !== app.ui.code ? html`<details><summary>${app.t("app-in-your-language")}</summary><ol>${template.intro.map((id) => html`<li>${app.t(id)}</li>`)}</ol></details>` : nothing}
    <label class="field"><span>${app.t("app-interpreter")}</span>
      <input dir="auto" data-testid="interpreter" .value=${app.drafts.get("interpreter") ?? ""} @input=${(e: Event) => app.drafts.set("interpreter", valueOf(e))} /></label>
    <button class="primary" data-testid="start-sitting" @click=${() =>
      void app.edit("sitting", { op: "start_sitting", language: app.interviewLanguage, interpreter: app.drafts.get("interpreter") || null })}>
      ${app.t(sittings.length ? "app-continue-interview" : "app-start-interview", { language: nativeName(app.interviewLanguage) })}
    </button>
    ${sittings.length
      ? html`<ul class="sittings">${sittings.map(
          (s) => html`<li>${app.ui.dateTime(s.started)} · ${languageChanges(app, s.languages)}
            ${s.ended_how ? html` · ${app.t(`app-sitting-${s.ended_how.replaceAll("_", "-")}`)}` : nothing}</li>`,
        )}</ul>`
      : nothing}
  </div>`;
}

function breakPanel(app: App, template: Template, person: Translator): TemplateResult {
  return html`<div class="break card" data-testid="on-break">
    <p class="person-text" lang=${person.code} dir=${person.dir}>${person.t(template.controls.break_offer)}</p>
    <button class="primary" data-testid="resume" data-focus-after @click=${() => void app.edit("sitting", { op: "end_break" })}>${both(app, person, template.controls.resume)}</button>
  </div>`;
}

/** The interview's keys while its questions are shown (set by each drawing of them). */
let interviewKeys: ((e: KeyboardEvent) => void) | null = null;
if (typeof document !== "undefined") {
  document.addEventListener("keydown", (e) => {
    if (interviewKeys && document.querySelector(".questions")) interviewKeys(e);
  });
}

function questionPanel(app: App, view: CaseView, template: Template, person: Translator): TemplateResult {
  const all = questionsOf(template);
  const index = Math.min(app.questionIndex, all.length - 1);
  const current = all[index]!;
  const go = (i: number) => {
    void app.flush();
    app.questionIndex = Math.max(0, Math.min(all.length - 1, i));
    app.render();
  };
  const shown = app.interviewLayout === "one" ? [current] : all.filter((x) => x.section.id === current.section.id);
  // Keys for the interview, by key position (Alt with N, P, D, R, O on any keyboard layout),
  // wherever the focus is while the questions are shown; D, R and O act on the question that
  // has the focus, else the current one.
  interviewKeys = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    const focused = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-testid="question"]') : null;
    const card = () => focused ?? document.querySelector<HTMLElement>(`[data-testid="question"][data-question="${current.question.id}"]`);
    const act: Record<string, () => void> = {
      KeyN: () => go(index + 1),
      KeyP: () => go(index - 1),
      KeyD: () => card()?.querySelector<HTMLElement>('[data-testid="decline"]')?.click(),
      KeyR: () => card()?.querySelector<HTMLElement>('[data-testid="revisit"]')?.click(),
      KeyO: () => card()?.querySelector<HTMLElement>('[data-testid="not-asked"]')?.focus(),
    };
    const run = act[e.code];
    if (!run) return;
    e.preventDefault();
    run();
  };
  return html`<div class="questions">
    <div class="progress">
      <span data-testid="progress">${app.t("app-question-progress", { n: index + 1, total: all.length })}</span>
      <span class="section-title">${app.t(current.section.title)}</span>
      <button class="link" data-testid="layout" @click=${() => { app.interviewLayout = app.interviewLayout === "one" ? "section" : "one"; app.render(); }}>
        ${app.t(app.interviewLayout === "one" ? "app-layout-section" : "app-layout-one")}
      </button>
    </div>
    ${sectionIntro(app, person, current.section, app.interviewLayout !== "one" || all.findIndex((x) => x.section.id === current.section.id) === index)}
    ${shown.map(({ section, question }) => questionCard(app, view, template, section.for_officer ? app.ui : person, question, section.for_officer))}
    <div class="nav">
      <button data-testid="previous" aria-keyshortcuts="Alt+P" ?disabled=${index === 0} @click=${() => go(index - 1)}>${app.t("app-previous")}</button>
      <button class="primary" data-testid="next" aria-keyshortcuts="Alt+N" ?disabled=${index === all.length - 1} @click=${() => go(index + 1)}>${app.t("app-next")}</button>
    </div>
    <p class="muted keys" data-testid="interview-keys">${app.t("app-interview-keys")}</p>
  </div>`;
}

type Section = Template["sections"][number];

/** A section's introduction, before its first question: read to the person in their language
 * (a hard topic is announced before it begins), or, for the officer's own section, shown to the
 * officer only. */
function sectionIntro(app: App, person: Translator, section: Section, first: boolean): TemplateResult | typeof nothing {
  if (!first || !section.intro) return nothing;
  if (section.for_officer) {
    return html`<aside class="officer-panel" data-testid="section-intro-officer"><strong>${app.t("app-officer-only")}</strong> ${app.t(section.intro)}</aside>`;
  }
  return html`<div class="section-intro" data-testid="section-intro">
    <p class="person-text" lang=${person.code} dir=${person.dir}>${person.t(section.intro)}</p>
    ${person.code !== app.ui.code ? html`<p class="officer-text" lang=${app.ui.code}>${app.t(section.intro)}</p>` : nothing}
  </div>`;
}

/** One question. The officer's own questions (`forOfficer`) are shown in the officer's language
 * only, marked for the officer, never in the person's large text; every officer note sits in an
 * officer-only panel. */
function questionCard(app: App, view: CaseView, template: Template, person: Translator, q: Question, forOfficer = false): TemplateResult {
  const child = view.age.treated_as_child;
  const textId = questionTextId(q, child);
  const answer = view.case.interview.answers[q.id];
  const via = app.openSitting()?.interpreter ? "interpreter" : "direct";
  const save = (state: AnswerState, value: AnswerValue | null) =>
    void app.edit(`answer:${q.id}`, { op: "answer", question: q.id, state, value, language: app.interviewLanguage, via });
  const err = app.fieldErrors.get("answer");
  return html`<article class="question card ${forOfficer ? "for-officer" : ""}" data-testid="question" data-question=${q.id} data-state=${answer?.state.state ?? "open"}>
    ${q.sensitive ? html`<p class="sensitive" role="note">${app.t("app-sensitive-question")}</p>` : nothing}
    ${forOfficer
      ? html`<p class="officer-only-tag">${app.t("app-officer-only")}</p>
          <p class="officer-question" lang=${app.ui.code} data-testid="question-officer-only" tabindex="-1" data-focus-after>${app.t(textId)}</p>`
      : html`<p class="person-text" lang=${person.code} dir=${person.dir} data-testid="question-person" tabindex="-1" data-focus-after>${person.t(textId)}</p>
          ${person.code !== app.ui.code ? html`<p class="officer-text" lang=${app.ui.code} data-testid="question-officer">${app.t(textId)}</p>` : nothing}`}
    ${q.officer_note ? html`<aside class="officer-panel" data-testid="officer-note"><details class="officer-note"><summary>${app.t("app-officer-note")}</summary>${app.t(q.officer_note)}</details></aside>` : nothing}
    <div class="answer-input">${answerInput(app, person, q, answer?.value ?? null, save)}</div>
    ${err ? fieldError(app, "answer") : nothing}
    <div class="answer-controls" role="group">
      <button data-testid="decline" aria-keyshortcuts="Alt+D" aria-pressed=${answer?.state.state === "declined" ? "true" : "false"} @click=${() => save({ state: "declined" }, null)}>
        ${both(app, person, template.controls.decline)}
      </button>
      <button data-testid="revisit" aria-keyshortcuts="Alt+R" aria-pressed=${answer?.state.state === "revisit" ? "true" : "false"} @click=${() => save({ state: "revisit" }, answer?.value ?? null)}>
        ${both(app, person, template.controls.revisit)}
      </button>
      <label class="not-asked">${app.t(template.controls.not_asked)}
        <select data-testid="not-asked" aria-keyshortcuts="Alt+O" @change=${(e: Event) => { const reason = valueOf(e); if (reason) save({ state: "not_asked", reason }, null); }}>
          <option value="">—</option>
          ${template.not_asked_reasons.map((r) => html`<option value=${r.id} ?selected=${answer?.state.state === "not_asked" && answer.state.reason === r.id}>${app.t(r.text)}</option>`)}
        </select>
      </label>
    </div>
    ${answer
      ? html`<p class="answer-state" data-testid="answer-state">${app.t(`app-answer-${answer.state.state.replace("_", "-")}`)}
          ${answer.language ? html` · ${nativeName(answer.language)}` : nothing}</p>`
      : nothing}
  </article>`;
}

function answerInput(
  app: App,
  person: Translator,
  q: Question,
  value: AnswerValue | null,
  save: (state: AnswerState, value: AnswerValue | null) => void,
): TemplateResult {
  const key = `answer:${q.id}`;
  const answered: AnswerState = { state: "answered" };
  switch (q.kind) {
    case "text": {
      const saved = value?.kind === "text" ? value.value : "";
      return html`<textarea data-testid="answer-text" data-error-field="answer" dir="auto" lang=${person.code} .value=${app.drafts.get(key) ?? saved}
        @input=${(e: Event) => {
          const text = valueOf(e);
          app.typed(key, text, { op: "answer", question: q.id, state: answered, value: { kind: "text", value: text }, language: app.interviewLanguage, via: app.openSitting()?.interpreter ? "interpreter" : "direct" });
        }}
        @blur=${() => app.flush()}></textarea>`;
    }
    case "yes_no": {
      const v = value?.kind === "yes_no" ? value.value : null;
      return html`<div class="choices big">
        <button data-testid="answer-yes" aria-pressed=${v === true ? "true" : "false"} @click=${() => save(answered, { kind: "yes_no", value: true })}>${yesNo(app, person, "app-yes")}</button>
        <button data-testid="answer-no" aria-pressed=${v === false ? "true" : "false"} @click=${() => save(answered, { kind: "yes_no", value: false })}>${yesNo(app, person, "app-no")}</button>
      </div>`;
    }
    case "choice":
    case "choices": {
      const chosen = value?.kind === "choice" ? [value.value] : value?.kind === "choices" ? value.value : [];
      const toggle = (id: string) => {
        if (q.kind === "choice") return save(answered, { kind: "choice", value: id });
        const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
        save(answered, { kind: "choices", value: next });
      };
      return html`<div class="choices">${q.choices.map(
        (c) => html`<button class="choice-button" data-testid="choice-${c.id}" aria-pressed=${chosen.includes(c.id) ? "true" : "false"} @click=${() => toggle(c.id)}>
          <span lang=${person.code} dir=${person.dir}>${person.t(c.text)}</span>${person.code !== app.ui.code ? html`<small>${app.t(c.text)}</small>` : nothing}
        </button>`,
      )}</div>`;
    }
    case "date": {
      const saved = value?.kind === "date" ? value.value : "";
      return html`<input data-testid="answer-date" data-error-field="answer" dir="ltr" placeholder="YYYY-MM-DD" .value=${app.drafts.get(key) ?? saved}
        @input=${(e: Event) => app.drafts.set(key, valueOf(e))}
        @change=${(e: Event) => save(answered, { kind: "date", value: valueOf(e) })} />`;
    }
    case "number": {
      const saved = value?.kind === "number" ? String(value.value) : "";
      return html`<input data-testid="answer-number" data-error-field="answer" dir="ltr" inputmode="decimal" .value=${app.drafts.get(key) ?? saved}
        @input=${(e: Event) => app.drafts.set(key, valueOf(e))}
        @change=${(e: Event) => { const n = Number(valueOf(e)); if (Number.isFinite(n)) save(answered, { kind: "number", value: n }); }} />`;
    }
  }
}

function yesNo(app: App, person: Translator, id: string): TemplateResult {
  if (person.code === app.ui.code) return html`${app.t(id)}`;
  return html`<span lang=${person.code} dir=${direction(person.code)}>${person.t(id)}</span><small>${app.t(id)}</small>`;
}

/** The languages of a sitting in the order used, each isolated (its own direction), joined by
 * an arrow that points the way the text reads (← in right-to-left text). */
export function languageChanges(app: App, languages: string[]): TemplateResult[] {
  const arrow = app.ui.dir === "rtl" ? " ← " : " → ";
  // The arrow is for the eye; a screen reader hears the names in order.
  return languages.map((l, i) => html`${i > 0 ? html`<span aria-hidden="true">${arrow}</span>` : ""}<bdi>${nativeName(l)}</bdi>`);
}
