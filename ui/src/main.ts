// Entry point: one App, rendered on every change; Escape hides everything at once.
import { render } from "lit-html";
import { App } from "./app";
import "./styles.css";
import { appView } from "./views/shell";

const root = document.getElementById("app")!;

function draw(): void {
  document.documentElement.lang = app.ui.code;
  document.documentElement.dir = app.ui.dir;
  render(appView(app), root);
}

const app = new App(() => draw(), navigator.languages ?? [navigator.language]);

document.addEventListener(
  "keydown",
  (e) => {
    // Quick-hide: Escape, from anywhere, even while typing.
    if (e.key === "Escape" && app.state?.user && !app.hidden) {
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
