import type { Migration } from "./migration.ts";

/*
 * One row per meeting end the bot has acted on. Teams may deliver a meeting's end event more than once,
 * to any instance; the primary key makes the first insert win on both engines, also across instances
 * sharing one PostgreSQL. `end_time` is the event's `EndTime` as an ISO string (empty when Teams sent none).
 */

const sqlite = `
CREATE TABLE meeting_ends (
  conversation_id TEXT NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  meeting_id TEXT NOT NULL CHECK (length(meeting_id) BETWEEN 1 AND 1000),
  end_time TEXT NOT NULL CHECK (length(end_time) <= 100),
  seen_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', seen_at) = seen_at),
  PRIMARY KEY (conversation_id, meeting_id, end_time)
) STRICT;
`;

const postgres = `
CREATE TABLE meeting_ends (
  conversation_id TEXT NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 1000),
  meeting_id TEXT NOT NULL CHECK (length(meeting_id) BETWEEN 1 AND 1000),
  end_time TEXT NOT NULL CHECK (length(end_time) <= 100),
  seen_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (conversation_id, meeting_id, end_time)
);
`;

/** Meeting ends already acted on, so a second delivery of the same end posts no second prompt. */
export const meetingEnds: Migration = {
  version: 2,
  name: "meeting-ends",
  sql: { sqlite, postgres },
};
