import { defineConfig } from "vitest/config";

// The UI reads the same Fluent files and fonts as the Rust crates (`../locales`, `../assets`):
// one source of every string, bundled at build time so the app needs no network at all.
export default defineConfig({
  clearScreen: false,
  server: { port: 1420, strictPort: true, fs: { allow: [".."] } },
  // Every locale is in the bundle on purpose (offline, and the language can change at any
  // moment), so the bundle is larger than a web page would want.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  test: { environment: "happy-dom", include: ["src/**/*.test.ts"] },
});
