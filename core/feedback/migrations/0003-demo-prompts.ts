import type { Migration } from "./migration.ts";

/**
 * Marks prompts filled by `npm run demo-data` (made-up colleagues), so results can say their figures are
 * demonstration data and nobody mistakes them for real answers. Existing prompts are real: default false.
 */
export const demoPrompts: Migration = {
  version: 3,
  name: "demo-prompts",
  sql: {
    sqlite: "ALTER TABLE prompts ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));",
    postgres: "ALTER TABLE prompts ADD COLUMN demo BOOLEAN NOT NULL DEFAULT false;",
  },
};
