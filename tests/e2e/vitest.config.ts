import { defineConfig } from "vitest/config";

// One app at a time: the tests share one display, one WebKitWebDriver and one data directory, in order.
export default defineConfig({
  test: {
    include: ["*.test.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
