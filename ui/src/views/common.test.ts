// @vitest-environment happy-dom
import { html, render } from "lit-html";
import { describe, expect, it } from "vitest";
import type { App } from "../app";
import { fieldError, hidesEverything, markInvalidFields } from "./common";
import { languageChanges } from "./interview";

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
    // Its name is the label's own text, not the label with the error in it.
    expect(root.querySelector(`#${code.getAttribute("aria-labelledby")}`)?.textContent).toBe("Code");
    expect(site.hasAttribute("aria-invalid")).toBe(false);

    render(form(app({})), root);
    markInvalidFields(root);
    expect(code.hasAttribute("aria-invalid")).toBe(false);
    expect(code.hasAttribute("aria-describedby")).toBe(false);
    expect(code.hasAttribute("aria-labelledby")).toBe(false);
  });
});

describe("an error outside a label", () => {
  it("marks the input that names its field, and never a neighbour", () => {
    const root = document.createElement("div");
    const a = app({ birth: "app-error-birth-date-future", name: "app-error-name" });
    render(
      html`<section>
        <fieldset><input type="radio" data-testid="kind" /><input data-testid="date" data-error-field="birth" />${fieldError(a, "birth")}</fieldset>
        <label class="field"><input data-testid="given" /></label> ${fieldError(a, "name")}
      </section>`,
      root,
    );
    markInvalidFields(root);
    expect(root.querySelector('[data-testid="date"]')!.getAttribute("aria-invalid")).toBe("true");
    expect(root.querySelector('[data-testid="kind"]')!.hasAttribute("aria-invalid")).toBe(false);
    expect(root.querySelector('[data-testid="given"]')!.hasAttribute("aria-invalid"), "no input named: no mark").toBe(false);
  });
});

describe("quick-hide", () => {
  const press = (init: KeyboardEventInit, target: Element = document.body) => {
    const e = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, ...init });
    Object.defineProperty(e, "target", { value: target });
    return hidesEverything(e);
  };
  it("is Escape, except while a word is being composed or a list of ours is open", () => {
    expect(press({})).toBe(true);
    expect(press({ key: "a" })).toBe(false);
    expect(press({ isComposing: true }), "an Arabic or Amharic input method").toBe(false);
    expect(press({ keyCode: 229 }), "WebKit's composing key code").toBe(false);
    expect(press({}, document.createElement("select")), "a closed list with the focus: hidden").toBe(true);
    const expanded = document.createElement("div");
    expanded.setAttribute("aria-expanded", "true");
    const inside = expanded.appendChild(document.createElement("button"));
    expect(press({}, inside)).toBe(false);
  });
});

describe("a sitting's languages", () => {
  it("are joined by an arrow that points the way the text reads", () => {
    const root = document.createElement("div");
    const as = (dir: string) => ({ ui: { dir } }) as unknown as App;
    render(html`${languageChanges(as("ltr"), ["ti", "ar"])}`, root);
    expect(root.textContent).toContain("→");
    expect(root.querySelectorAll("bdi").length).toBe(2);
    render(html`${languageChanges(as("rtl"), ["ti", "ar"])}`, root);
    expect(root.textContent).toContain("←");
    expect(root.textContent).not.toContain("→");
  });
});
