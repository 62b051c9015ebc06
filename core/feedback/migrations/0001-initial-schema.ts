import type { Migration } from "./migration.ts";

/*
 * The two dialects differ only where they must:
 * - dates: `TIMESTAMPTZ` in PostgreSQL; ISO text (`2025-03-01T09:30:00.000Z`) in SQLite, checked to be in
 *   exactly that form so text comparison orders it like time;
 * - booleans: `BOOLEAN` in PostgreSQL; 0/1 in SQLite;
 * - SQLite tables are `STRICT`, so a wrong type is refused as PostgreSQL would refuse it.
 * Lengths are counted in characters by both engines' `length()`.
 */

const sqlite = `
CREATE TABLE prompts (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  tenant_id TEXT NOT NULL CHECK (length(tenant_id) BETWEEN 1 AND 200),
  conversation_id TEXT NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'chat', 'tab')),
  title TEXT NOT NULL CHECK (length(title) <= 200),
  unit_id TEXT CHECK (length(unit_id) BETWEEN 1 AND 200),
  subject_id TEXT CHECK (length(subject_id) BETWEEN 1 AND 200),
  activity_id TEXT CHECK (length(activity_id) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) = created_at),
  closes_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', closes_at) = closes_at),
  CHECK (kind <> 'tab' OR (unit_id IS NOT NULL AND subject_id IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX prompts_tab_subject ON prompts (tenant_id, unit_id, subject_id) WHERE kind = 'tab';
CREATE INDEX prompts_tenant_created ON prompts (tenant_id, created_at);

CREATE TABLE answers (
  prompt_id TEXT NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  respondent_key TEXT NOT NULL CHECK (length(respondent_key) BETWEEN 1 AND 200),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  topic TEXT CHECK (length(topic) <= 200),
  comment TEXT CHECK (length(comment) <= 1000),
  anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  respondent_name TEXT CHECK (length(respondent_name) <= 200),
  answered_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', answered_at) = answered_at),
  revision INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (prompt_id, respondent_key),
  CHECK (NOT anonymous OR respondent_name IS NULL)
) STRICT;
CREATE INDEX answers_answered_at ON answers (answered_at);

CREATE TABLE answer_ratings (
  respondent_key TEXT NOT NULL CHECK (length(respondent_key) BETWEEN 1 AND 200),
  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 200),
  paragraph_indexes TEXT NOT NULL CHECK (length(paragraph_indexes) <= 1000),
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  rated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', rated_at) = rated_at),
  PRIMARY KEY (respondent_key, item_id, paragraph_indexes)
) STRICT;

CREATE TABLE conversation_references (
  conversation_id TEXT PRIMARY KEY CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  reference TEXT NOT NULL CHECK (length(reference) <= 100000),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) = updated_at)
) STRICT;

CREATE TABLE conversation_units (
  conversation_id TEXT PRIMARY KEY CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  unit_id TEXT NOT NULL CHECK (length(unit_id) BETWEEN 1 AND 200),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) = updated_at)
) STRICT;
`;

const postgres = `
CREATE TABLE prompts (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  tenant_id TEXT NOT NULL CHECK (length(tenant_id) BETWEEN 1 AND 200),
  conversation_id TEXT NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'chat', 'tab')),
  title TEXT NOT NULL CHECK (length(title) <= 200),
  unit_id TEXT CHECK (length(unit_id) BETWEEN 1 AND 200),
  subject_id TEXT CHECK (length(subject_id) BETWEEN 1 AND 200),
  activity_id TEXT CHECK (length(activity_id) BETWEEN 1 AND 200),
  created_at TIMESTAMPTZ NOT NULL,
  closes_at TIMESTAMPTZ NOT NULL,
  CHECK (kind <> 'tab' OR (unit_id IS NOT NULL AND subject_id IS NOT NULL))
);
CREATE UNIQUE INDEX prompts_tab_subject ON prompts (tenant_id, unit_id, subject_id) WHERE kind = 'tab';
CREATE INDEX prompts_tenant_created ON prompts (tenant_id, created_at);

CREATE TABLE answers (
  prompt_id TEXT NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  respondent_key TEXT NOT NULL CHECK (length(respondent_key) BETWEEN 1 AND 200),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  topic TEXT CHECK (length(topic) <= 200),
  comment TEXT CHECK (length(comment) <= 1000),
  anonymous BOOLEAN NOT NULL,
  respondent_name TEXT CHECK (length(respondent_name) <= 200),
  answered_at TIMESTAMPTZ NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (prompt_id, respondent_key),
  CHECK (NOT anonymous OR respondent_name IS NULL)
);
CREATE INDEX answers_answered_at ON answers (answered_at);

CREATE TABLE answer_ratings (
  respondent_key TEXT NOT NULL CHECK (length(respondent_key) BETWEEN 1 AND 200),
  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 200),
  paragraph_indexes TEXT NOT NULL CHECK (length(paragraph_indexes) <= 1000),
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  rated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (respondent_key, item_id, paragraph_indexes)
);

CREATE TABLE conversation_references (
  conversation_id TEXT PRIMARY KEY CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  reference TEXT NOT NULL CHECK (length(reference) <= 100000),
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE conversation_units (
  conversation_id TEXT PRIMARY KEY CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  unit_id TEXT NOT NULL CHECK (length(unit_id) BETWEEN 1 AND 200),
  updated_at TIMESTAMPTZ NOT NULL
);
`;

/**
 * The first schema: prompts, answers (one per prompt and respondent key), 👍/👎 ratings (one per person,
 * item and passage), and what the bot remembers about conversations. `answers.revision` counts
 * replacements, so an upsert can tell in one statement whether it replaced an earlier answer.
 * Conversation ids may be up to 1000 characters: Teams' personal-chat ids are long and opaque.
 */
export const initialSchema: Migration = {
  version: 1,
  name: "initial-schema",
  sql: { sqlite, postgres },
};
