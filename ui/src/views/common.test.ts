// @vitest-environment happy-dom
import { html, render } from "lit-html";
import { describe, expect, it } from "vitest";
import type { App } from "../app";
import { fieldError, markInvalidFields } from "./common";

const app = (errors: Record<string, string>) =>
  ({
    t: (id: string) => id,
    fieldErrors: new Map(Object.entries(errors).map(([field, id]) => [field, { id, args: {}, field }])),
  }) as unknown as App;

const form = (a: App) => html`<form>
  <label class="field"><span>Site</span><input data-testid="site" />${fieldError(a, "site")}</label>
  <label class="field"><span>Code</span><input data-testid="code" />${fieldError(a, "code")}</label>
</form>`;

describe("fields with errors", () => {
  it("are marked invalid and described by their error, and unmarked once it goes", () => {
    const root = document.createElement("div");
    render(form(app({ code: "app-sync-impostor" })), root);
    markInvalidFields(root);
    const code = root.querySelector('[data-testid="code"]')!;
    const site = root.querySelector('[data-testid="site"]')!;
    expect(code.getAttribute("aria-invalid")).toBe("true");
    const described = root.querySelector(`#${code.getAttribute("aria-describedby")}`);
    expect(described?.textContent).toBe("app-sync-impostor");
    expect(site.hasAttribute("aria-invalid")).toBe(false);

    render(form(app({})), root);
    markInvalidFields(root);
    expect(code.hasAttribute("aria-invalid")).toBe(false);
    expect(code.hasAttribute("aria-describedby")).toBe(false);
  });
});
