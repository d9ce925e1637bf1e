// @vitest-environment happy-dom
import { render } from "lit-html";
import { describe, expect, it, vi } from "vitest";
import type { App } from "../app";
import type { CaseView } from "../api";
import { conflictsScreen, showValue } from "./conflicts";

function fakeApp() {
  return {
    t: (id: string, args?: Record<string, unknown>) => `${id}${args ? JSON.stringify(args) : ""}`,
    ui: { dateTime: (ms: number) => `t${ms}` },
    resolveConflict: vi.fn(async () => {}),
  };
}

const view = (conflicts: unknown[]) => ({ conflicts }) as unknown as CaseView;

describe("conflicts", () => {
  it("shows both values side by side with who wrote them, and keeps the chosen one", () => {
    const app = fakeApp();
    const host = document.createElement("div");
    const path = ["interview", "answers", "family.mother_name", "value"];
    render(
      conflictsScreen(app as unknown as App, view([{
        path,
        values: [
          { value: "Hiwet", written_by: "amina", written_at: 1 },
          { value: { text: "ሕወት" }, written_by: "dawit", written_at: 2 },
        ],
      }])),
      host,
    );
    const values = host.querySelectorAll('[data-testid="conflict-value"]');
    expect(values).toHaveLength(2);
    expect(values[0]!.textContent).toContain("Hiwet");
    expect(values[0]!.textContent).toContain('"user":"amina"');
    expect(values[1]!.textContent).toContain("ሕወት");
    expect(values[1]!.textContent).toContain('"when":"t2"');
    (host.querySelector('[data-testid="keep-value-1"]') as HTMLButtonElement).click();
    expect(app.resolveConflict).toHaveBeenCalledWith(path, { text: "ሕወት" });
  });

  it("says so when there is nothing to resolve", () => {
    const host = document.createElement("div");
    render(conflictsScreen(fakeApp() as unknown as App, view([])), host);
    expect(host.querySelector('[data-testid="no-conflicts"]')?.textContent).toBe("app-conflicts-none");
  });

  it("shows values as a person reads them", () => {
    expect(showValue("x")).toBe("x");
    expect(showValue({ text: "y", script: "Latn" })).toBe("y");
    expect(showValue(12)).toBe("12");
  });
});
