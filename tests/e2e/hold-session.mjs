// Started by app.test.ts to check what Ctrl-C leaves: starts a display, WebKitWebDriver and a
// session of the app, prints the process groups as one JSON line, and waits to be interrupted.
// Its SIGINT handler (../support/processes.mjs) must stop every group.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remote } from "webdriverio";
import { appCapabilities, appProcesses, startDisplay, startWebDriver } from "../support/processes.mjs";

const app = process.argv[2];
const data = mkdtempSync(join(tmpdir(), "waypoint-hold-"));
process.on("exit", () => rmSync(data, { recursive: true, force: true }));
const display = await startDisplay(1280, 800);
const driver = await startWebDriver({ DISPLAY: display.name, WAYPOINT_DATA_DIR: data });
const browser = await remote({ hostname: "127.0.0.1", port: driver.port, logLevel: "warn", capabilities: appCapabilities(app) });
await browser.$('[data-testid="setup-form"]').waitForExist({ timeout: 20_000 });
const mark = `WAYPOINT_DATA_DIR=${data}`;
console.log(JSON.stringify({ groups: [display.group.pid, driver.group.pid], apps: appProcesses(driver.group, app), mark }));
// Held until interrupted.
setInterval(() => {}, 1_000);
