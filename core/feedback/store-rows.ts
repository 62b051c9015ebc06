import { AppError } from "../errors.ts";
import type {
  AnswerForResults,
  FeedbackAnswer,
  FeedbackPrompt,
  NewPrompt,
  PromptKind,
} from "./feedback-store.ts";
import type { SqlParam, SqlRow } from "./sql-driver.ts";

/*
 * Values cross into both engines in one encoding: dates as ISO text (SQLite stores it as is, PostgreSQL
 * reads it into `timestamptz`), booleans as 0/1 (SQLite has no boolean; PostgreSQL's boolean input takes
 * '0' and '1'). Coming back, `new Date()` reads both ISO text and a `Date`, and `Boolean()` both 0/1 and
 * true/false, so one set of functions serves both engines.
 */

/** A date as ISO text; an invalid date is refused here, before it can reach the database. */
export function isoText(date: Date, field: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new AppError(400, `store: ${field} is not a valid date`);
  }
  return date.toISOString();
}

/** The parameters of `insertPrompt`, in column order. */
export function promptParams(prompt: NewPrompt & { id: string }): SqlParam[] {
  return [
    prompt.id,
    prompt.tenantId,
    prompt.conversationId,
    prompt.kind,
    prompt.title,
    prompt.unitId ?? null,
    prompt.subjectId ?? null,
    null,
    isoText(prompt.createdAt, "createdAt"),
    isoText(prompt.closesAt, "closesAt"),
    prompt.demo ? 1 : 0,
  ];
}

/** The parameters of `upsertAnswer`; the name is dropped for anonymous answers, whatever was passed. */
export function answerParams(answer: FeedbackAnswer): SqlParam[] {
  return [
    answer.promptId,
    answer.respondentKey,
    answer.rating,
    answer.topic ?? null,
    answer.comment ?? null,
    answer.anonymous ? 1 : 0,
    answer.anonymous ? null : (answer.respondentName ?? null),
    isoText(answer.answeredAt, "answeredAt"),
  ];
}

/**
 * The passage a 👍/👎 is about, as the text it is stored and made unique under: sorted and without
 * duplicates, so [2, 1] and [1, 2, 2] are the same passage.
 */
export function paragraphKey(indexes: readonly number[]): string {
  if (!indexes.every((index) => Number.isSafeInteger(index) && index >= 0)) {
    throw new AppError(400, "store: paragraph indexes must be whole numbers from 0");
  }
  return JSON.stringify([...new Set(indexes)].sort((a, b) => a - b));
}

/** A prompt row back as a `FeedbackPrompt`; absent optional fields are left out, not `undefined`. */
export function promptFromRow(row: SqlRow): FeedbackPrompt {
  return {
    id: String(row.id),
    tenantId: String(row.tenant_id),
    conversationId: String(row.conversation_id),
    kind: String(row.kind) as PromptKind,
    title: String(row.title),
    ...optional("unitId", row.unit_id),
    ...optional("subjectId", row.subject_id),
    ...optional("activityId", row.activity_id),
    createdAt: dateFrom(row.created_at),
    closesAt: dateFrom(row.closes_at),
    ...(row.demo ? { demo: true } : {}),
  };
}

/** An answer row back as a `FeedbackAnswer`, respondent key included (for `getAnswer` only). */
export function answerFromRow(row: SqlRow): FeedbackAnswer {
  return { respondentKey: String(row.respondent_key), ...answerForResultsFromRow(row) };
}

/** An answer row as results may see it: no respondent key, a name only when not anonymous. */
export function answerForResultsFromRow(row: SqlRow): AnswerForResults {
  const anonymous = Boolean(row.anonymous);
  return {
    promptId: String(row.prompt_id),
    rating: Number(row.rating) as FeedbackAnswer["rating"],
    ...optional("topic", row.topic),
    ...optional("comment", row.comment),
    anonymous,
    ...(anonymous ? {} : optional("respondentName", row.respondent_name)),
    answeredAt: dateFrom(row.answered_at),
  };
}

function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return value === null || value === undefined ? {} : ({ [key]: String(value) } as { [P in K]: string });
}

function dateFrom(value: unknown): Date {
  return new Date(value as string | Date);
}
