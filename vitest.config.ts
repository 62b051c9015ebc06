import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start real servers and child processes; a cold start on 2 cores takes seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A passing run prints no warnings: unexpected console.error/console.warn output fails its test.
    setupFiles: ["test/support/console-output-guard.ts"],
  },
});
