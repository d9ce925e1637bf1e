// Entry point: one App, rendered on every change; Escape hides everything at once.
import { render } from "lit-html";
import { App } from "./app";
import "./styles.css";
import { hidesEverything, markInvalidFields } from "./views/common";
import { appView } from "./views/shell";

const root = document.getElementById("app")!;

/** The screen last drawn, to tell when another one comes. */
let lastScreen = "";

function draw(): void {
  document.documentElement.lang = app.ui.code;
  document.documentElement.dir = app.ui.dir;
  const focused = document.activeElement;
  render(appView(app), root);
  markInvalidFields(root);
  // The control that had the focus went with what it did (start, pause, keep this value…):
  // the focus goes to the nearest start the new content offers, never to the page body.
  if (focused && focused !== document.body && !focused.isConnected) {
    const next = root.querySelector<HTMLElement>("[data-focus-after]") ?? root.querySelector<HTMLElement>("[data-focus-first]");
    next?.focus();
  }
  // A new screen: the focus goes to its start (its first field, or its heading), not to the
  // page body, so a keyboard or screen-reader user is where a sighted user looks.
  const screen = app.hidden ? "hidden" : app.screen.kind === "case" ? `case:${app.view?.case.id ?? ""}` : app.screen.kind;
  if (screen !== lastScreen) {
    lastScreen = screen;
    const start = root.querySelector<HTMLElement>("[data-focus-first]");
    if (start && !start.contains(document.activeElement)) start.focus();
  }
}

const app = new App(() => draw(), navigator.languages ?? [navigator.language]);

document.addEventListener(
  "keydown",
  (e) => {
    // Quick-hide: Escape, from anywhere, even while typing (see `hidesEverything`).
    if (hidesEverything(e) && app.state?.user && !app.hidden) {
      e.preventDefault();
      app.hide();
      return;
    }
    app.activity();
  },
  true,
);
for (const type of ["pointerdown", "wheel", "touchstart"]) {
  document.addEventListener(type, () => app.activity(), { passive: true, capture: true });
}
setInterval(() => app.checkIdle(), 5_000);
setInterval(() => void app.refreshSync(), 5_000);
window.addEventListener("beforeunload", () => void app.flush());

draw();
void app.start();
