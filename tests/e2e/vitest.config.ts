import { defineConfig } from "vitest/config";

// One app at a time: the tests share one display, one WebKitWebDriver and one data directory, in order.
export default defineConfig({
  test: {
    include: ["*.test.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    // Above the sum of beforeAll's named deadlines (display, driver port, driver status: 90 s),
    // so a slow start fails with what it waited for.
    hookTimeout: 120_000,
  },
});
