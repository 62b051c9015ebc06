import type { PromptFilter } from "./feedback-store.ts";
import type { SqlParam } from "./sql-driver.ts";
import { isoText } from "./store-rows.ts";

/*
 * The statements of the feedback store, written once in the SQL that SQLite and PostgreSQL share
 * (`ON CONFLICT … DO UPDATE … WHERE`, `RETURNING`, `count(*) FILTER`, partial unique indexes). `?` is
 * the placeholder; the PostgreSQL engine numbers them. No `?` may appear anywhere else in this file's SQL.
 */

const promptColumns =
  "id, tenant_id, conversation_id, kind, title, unit_id, subject_id, activity_id, created_at, closes_at, demo";

/** Inserts a prompt (parameters from `promptParams`) and returns it as stored. */
export const insertPrompt = `INSERT INTO prompts (${promptColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING ${promptColumns}`;

/** Inserts a tab prompt unless the unit already has one for the subject; a race ends in one row. */
export const insertTabPrompt = `INSERT INTO prompts (${promptColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (tenant_id, unit_id, subject_id) WHERE kind = 'tab' DO NOTHING`;

/** The tab prompt of a tenant, unit and subject. */
export const selectTabPrompt = `SELECT ${promptColumns} FROM prompts
WHERE kind = 'tab' AND tenant_id = ? AND unit_id = ? AND subject_id = ?`;

/** One prompt by id. */
export const selectPrompt = `SELECT ${promptColumns} FROM prompts WHERE id = ?`;

/** Remembers the posted card of a prompt. */
export const updatePromptActivity = "UPDATE prompts SET activity_id = ? WHERE id = ?";

/** Ties a prompt to a unit unless it has one: the first choice wins, also when two race. */
export const updatePromptUnit = "UPDATE prompts SET unit_id = ? WHERE id = ? AND unit_id IS NULL";

/** Prompts matching a filter (append `promptFilterSql`'s clause). */
export const selectPrompts = `SELECT ${promptColumns} FROM prompts p`;

/**
 * Saves an answer; a later (or equally recent) answer by the same respondent replaces the earlier one,
 * an older one is ignored and returns no row. `revision` above 1 means a row was replaced.
 */
export const upsertAnswer = `INSERT INTO answers
  (prompt_id, respondent_key, rating, topic, comment, anonymous, respondent_name, answered_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (prompt_id, respondent_key) DO UPDATE SET
  rating = excluded.rating, topic = excluded.topic, comment = excluded.comment,
  anonymous = excluded.anonymous, respondent_name = excluded.respondent_name,
  answered_at = excluded.answered_at, revision = answers.revision + 1
WHERE excluded.answered_at >= answers.answered_at
RETURNING revision`;

/** One respondent's answer to a prompt. */
export const selectAnswer = `SELECT prompt_id, respondent_key, rating, topic, comment, anonymous, respondent_name,
  answered_at FROM answers WHERE prompt_id = ? AND respondent_key = ?`;

/** How many have answered a prompt. */
export const countAnswers = "SELECT count(*) AS count FROM answers WHERE prompt_id = ?";

/** Answers for results: no respondent key, and the name only of those who chose to give it. */
export const selectAnswersForResults = `SELECT a.prompt_id, a.rating, a.topic, a.comment, a.anonymous,
  CASE WHEN a.anonymous THEN NULL ELSE a.respondent_name END AS respondent_name, a.answered_at
FROM answers a JOIN prompts p ON p.id = a.prompt_id`;

/** Removes the comments, not the ratings, of answers given before a time. */
export const clearCommentsBefore =
  "UPDATE answers SET comment = NULL WHERE comment IS NOT NULL AND answered_at < ?";

/** Saves a 👍/👎; the latest per person, item and passage wins. */
export const upsertRating = `INSERT INTO answer_ratings (respondent_key, item_id, paragraph_indexes, rating, rated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (respondent_key, item_id, paragraph_indexes) DO UPDATE SET
  rating = excluded.rating, rated_at = excluded.rated_at
WHERE excluded.rated_at >= answer_ratings.rated_at`;

/** 👍 and 👎 per item. */
export const selectRatingTotals = `SELECT item_id, count(*) FILTER (WHERE rating = 'up') AS up,
  count(*) FILTER (WHERE rating = 'down') AS down
FROM answer_ratings GROUP BY item_id ORDER BY item_id`;

/** Saves or replaces how to reach a conversation. */
export const upsertConversationReference = `INSERT INTO conversation_references (conversation_id, reference, updated_at)
VALUES (?, ?, ?)
ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`;

/** How to reach a conversation. */
export const selectConversationReference =
  "SELECT reference FROM conversation_references WHERE conversation_id = ?";

/** Ties a conversation to a unit, replacing an earlier tie. */
export const upsertConversationUnit = `INSERT INTO conversation_units (conversation_id, unit_id, updated_at)
VALUES (?, ?, ?)
ON CONFLICT (conversation_id) DO UPDATE SET unit_id = excluded.unit_id, updated_at = excluded.updated_at`;

/** The unit a conversation is tied to. */
export const selectConversationUnit = "SELECT unit_id FROM conversation_units WHERE conversation_id = ?";

/** Records a meeting end unless it is recorded already; `changes` says whether this call recorded it. */
export const insertMeetingEnd = `INSERT INTO meeting_ends (conversation_id, meeting_id, end_time, seen_at)
VALUES (?, ?, ?, ?)
ON CONFLICT (conversation_id, meeting_id, end_time) DO NOTHING`;

/** Forgets meeting ends recorded before a time: Teams redelivers within minutes, never weeks later. */
export const deleteMeetingEndsSeenBefore = "DELETE FROM meeting_ends WHERE seen_at < ?";

/** Forgets a recorded meeting end, so a later delivery of it is acted on. */
export const deleteMeetingEnd =
  "DELETE FROM meeting_ends WHERE conversation_id = ? AND meeting_id = ? AND end_time = ?";

/** The `WHERE` clause (on prompts aliased `p`) and its parameters for a filter; all conditions ANDed. */
export function promptFilterSql(filter: PromptFilter): { where: string; params: SqlParam[] } {
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  const add = (clause: string, ...values: SqlParam[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.tenantId !== undefined) add("p.tenant_id = ?", filter.tenantId);
  if (filter.unitId !== undefined) add("p.unit_id = ?", filter.unitId);
  if (filter.kind !== undefined) add("p.kind = ?", filter.kind);
  if (filter.since !== undefined) add("p.created_at >= ?", isoText(filter.since, "since"));
  if (filter.promptIds !== undefined) {
    const ids = [...new Set(filter.promptIds)];
    // An empty list matches nothing, as `IN ()` would if SQL allowed it.
    if (ids.length === 0) add("1 = 0");
    else add(`p.id IN (${ids.map(() => "?").join(", ")})`, ...ids);
  }
  return { where: clauses.length === 0 ? "" : ` WHERE ${clauses.join(" AND ")}`, params };
}
