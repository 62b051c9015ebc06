import { initialSchema } from "./0001-initial-schema.ts";
import { meetingEnds } from "./0002-meeting-ends.ts";
import { demoPrompts } from "./0003-demo-prompts.ts";
import type { Migration } from "./migration.ts";

/** Every migration of the feedback schema, oldest first; append new ones, never edit released ones. */
export const allMigrations: readonly Migration[] = [initialSchema, meetingEnds, demoPrompts];
