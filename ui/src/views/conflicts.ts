// Conflicts: the same field changed on two devices while offline. Both values side by side,
// who wrote each and when; keeping one writes a new value that syncs like any edit.
import { html, type TemplateResult } from "lit-html";
import type { App } from "../app";
import type { CaseView } from "../api";

type Conflict = CaseView["conflicts"][number];

/** A value as a person reads it: text as is, anything else as compact JSON. */
export function showValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
  return JSON.stringify(v);
}

function conflictCard(app: App, c: Conflict): TemplateResult {
  return html`<article class="card conflict" data-testid="conflict">
    <h3 dir="ltr">${c.path.join(" › ")}</h3>
    <div class="side-by-side">
      ${c.values.map((v, i) => html`<div class="value" data-testid="conflict-value">
        <bdi class="text">${showValue(v.value)}</bdi>
        <p class="meta">${v.written_by
          ? app.t("app-conflict-written", { user: v.written_by, when: v.written_at ? app.ui.dateTime(v.written_at) : "?" })
          : app.t("app-conflict-unknown-writer")}</p>
        <button class="primary" data-testid="keep-value-${i}" @click=${() => void app.resolveConflict(c.path, v.value)}>${app.t("app-conflict-keep")}</button>
      </div>`)}
    </div>
  </article>`;
}

/** The conflicts tab. */
export function conflictsScreen(app: App, view: CaseView): TemplateResult {
  return html`<div class="form conflicts" data-testid="conflicts">
    <p class="hint">${app.t("app-conflicts-explain")}</p>
    ${view.conflicts.length === 0
      ? html`<p class="empty" data-testid="no-conflicts">${app.t("app-conflicts-none")}</p>`
      : view.conflicts.map((c) => conflictCard(app, c))}
  </div>`;
}
