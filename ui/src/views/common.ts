// Small pieces every screen uses: fields with their error, selects of languages.
import { html, nothing, type TemplateResult } from "lit-html";
import type { App } from "../app";
import { LOCALES } from "../i18n";

/** The translated error next to `field`, if there is one. */
export function fieldError(app: App, field: string): TemplateResult | typeof nothing {
  const err = app.fieldErrors.get(field);
  if (!err) return nothing;
  return html`<p class="field-error" role="alert" id=${errorId(field)} data-field=${field} data-testid="error-${field}">${app.t(err.id, err.args)}</p>`;
}

/** The id of `field`'s error message (`aria-describedby` of its input points to it). */
export function errorId(field: string): string {
  return `error-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/**
 * Marks each input that has an error next to it as invalid, described by that error (and
 * clears the marks of inputs whose error went): one place for every form of every screen.
 */
export function markInvalidFields(root: ParentNode): void {
  for (const el of root.querySelectorAll("[data-marked-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-describedby");
    el.removeAttribute("aria-labelledby");
    el.removeAttribute("data-marked-invalid");
  }
  for (const err of root.querySelectorAll<HTMLElement>(".field-error[data-field]")) {
    // The input that names the error's field (`data-error-field`) in the error's own card or
    // form, else the one input of the label the error sits in; else none (no mark beats a
    // wrong one).
    const field = err.dataset.field ?? "";
    const scope = err.closest(".question, .card, form, section") ?? err.parentElement;
    const named = [...(scope?.querySelectorAll<HTMLElement>("[data-error-field]") ?? [])].find((el) => el.dataset.errorField === field);
    const label = err.closest("label.field");
    const input = named ?? label?.querySelector<HTMLElement>("input:not([type=hidden]):not([type=radio]), select, textarea");
    if (!input) continue;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", err.id);
    input.setAttribute("data-marked-invalid", "");
    // An error inside the field's label would become part of its name: the name is the
    // label's own text, the error its description.
    const caption = label?.contains(input) ? label.querySelector<HTMLElement>(":scope > span") : null;
    if (caption) {
      caption.id ||= `${err.id}-label`;
      input.setAttribute("aria-labelledby", caption.id);
    }
  }
}

/** A select of shipped languages, each named in its own language and script. */
export function languageSelect(
  value: string,
  onChange: (code: string) => void,
  testid: string,
  label: string,
): TemplateResult {
  return html`<select
    aria-label=${label}
    data-testid=${testid}
    @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
  >
    ${LOCALES.map(
      (l) => html`<option value=${l.code} ?selected=${l.code === value} lang=${l.code}>${l.name}</option>`,
    )}
  </select>`;
}

/** Value of an input event's target. */
export function valueOf(e: Event): string {
  return (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}

/** A labelled text input whose typing is autosaved (the draft survives every re-render). */
export function textField(
  app: App,
  opts: {
    key: string;
    label: string;
    saved: string;
    onType: (text: string) => void;
    multiline?: boolean;
    dir?: string;
    lang?: string;
    /** The error field shown under the input (defaults to the key's field). */
    errorField?: string;
  },
): TemplateResult {
  const value = app.drafts.get(opts.key) ?? opts.saved;
  const field = opts.errorField ?? opts.key.split(":")[0]!;
  const input = opts.multiline
    ? html`<textarea
        data-testid="input-${opts.key}"
        dir=${opts.dir ?? "auto"}
        lang=${opts.lang ?? nothing}
        .value=${value}
        @input=${(e: Event) => opts.onType(valueOf(e))}
        @blur=${() => app.flush()}
      ></textarea>`
    : html`<input
        type="text"
        data-testid="input-${opts.key}"
        dir=${opts.dir ?? "auto"}
        lang=${opts.lang ?? nothing}
        .value=${value}
        @input=${(e: Event) => opts.onType(valueOf(e))}
        @blur=${() => app.flush()}
      />`;
  return html`<label class="field"><span>${opts.label}</span>${input}${fieldError(app, field)}</label>`;
}

/**
 * Whether a key press is the quick-hide: Escape — but not while an input method is composing a
 * word (Arabic, Amharic…: there Escape cancels the composition) or a list of our own is open.
 */
export function hidesEverything(e: KeyboardEvent): boolean {
  if (e.key !== "Escape" || e.isComposing || e.keyCode === 229) return false;
  // A native list that is open takes Escape itself (the page never sees it); a closed one
  // with the focus must not stop the quick-hide.
  const target = e.target instanceof Element ? e.target : null;
  return !target?.closest('[aria-expanded="true"]');
}
