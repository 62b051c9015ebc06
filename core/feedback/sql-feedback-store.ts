import { randomUUID } from "node:crypto";
import { AppError } from "../errors.ts";
import type { FeedbackStore, MeetingEnd, NewPrompt } from "./feedback-store.ts";
import type { SqlDriver, SqlParam, SqlRow } from "./sql-driver.ts";
import * as sql from "./store-queries.ts";
import {
  answerForResultsFromRow,
  answerFromRow,
  answerParams,
  isoText,
  paragraphKey,
  promptFromRow,
  promptParams,
} from "./store-rows.ts";

/**
 * The feedback store on any SQL engine: the same statements and row mapping for SQLite and PostgreSQL,
 * so the two cannot drift apart; the engine only runs statements (`SqlDriver`). Every method is a single
 * statement, and thereby atomic, except `tabPrompt`, whose two statements are each safe on their own.
 */
export function createSqlFeedbackStore(driver: SqlDriver): FeedbackStore {
  const run = driver.run.bind(driver);

  return {
    migrate: () => driver.migrate(),
    ping: () => driver.ping(),

    async createPrompt(prompt: NewPrompt) {
      const { rows } = await run(
        "createPrompt",
        sql.insertPrompt,
        promptParams({ ...prompt, id: randomUUID() }),
      );
      return promptFromRow(only(rows, "createPrompt"));
    },

    async getPrompt(id) {
      const { rows } = await run("getPrompt", sql.selectPrompt, [id]);
      return rows[0] ? promptFromRow(rows[0]) : undefined;
    },

    async tabPrompt(tenantId, unitId, subjectId, title, closesAt) {
      const candidate: NewPrompt & { id: string } = {
        id: randomUUID(),
        tenantId,
        conversationId: `tab:${unitId}`,
        kind: "tab",
        title,
        unitId,
        subjectId,
        createdAt: new Date(),
        closesAt,
      };
      // Insert-if-absent, then read: whoever won a race, the row read is the one row there is.
      await run("tabPrompt", sql.insertTabPrompt, promptParams(candidate));
      const { rows } = await run("tabPrompt", sql.selectTabPrompt, [tenantId, unitId, subjectId]);
      return promptFromRow(only(rows, "tabPrompt"));
    },

    async setPromptActivity(id, activityId) {
      const { changes } = await run("setPromptActivity", sql.updatePromptActivity, [activityId, id]);
      if (changes === 0) throw new AppError(404, `store: setPromptActivity: no prompt "${id}"`);
    },

    async setPromptUnit(id, unitId) {
      const { changes } = await run("setPromptUnit", sql.updatePromptUnit, [unitId, id]);
      // Nothing changed: the prompt already has a unit (the first choice wins) — or there is no prompt.
      if (changes === 0 && !(await run("setPromptUnit", sql.selectPrompt, [id])).rows[0]) {
        throw new AppError(404, `store: setPromptUnit: no prompt "${id}"`);
      }
    },

    async listPrompts(filter) {
      const { where, params } = sql.promptFilterSql(filter);
      const { rows } = await run(
        "listPrompts",
        `${sql.selectPrompts}${where} ORDER BY p.created_at, p.id`,
        params,
      );
      return rows.map(promptFromRow);
    },

    async saveAnswer(answer) {
      const { rows } = await run("saveAnswer", sql.upsertAnswer, answerParams(answer));
      // No row: an older answer than the one stored, ignored; nothing was replaced.
      return { replaced: rows[0] !== undefined && Number(rows[0].revision) > 1 };
    },

    async getAnswer(promptId, respondentKey) {
      const { rows } = await run("getAnswer", sql.selectAnswer, [promptId, respondentKey]);
      return rows[0] ? answerFromRow(rows[0]) : undefined;
    },

    async countAnswers(promptId) {
      const { rows } = await run("countAnswers", sql.countAnswers, [promptId]);
      return Number(only(rows, "countAnswers").count);
    },

    async answersFor(filter) {
      const { where, params } = sql.promptFilterSql(filter);
      const statement = `${sql.selectAnswersForResults}${where} ORDER BY a.prompt_id, a.answered_at`;
      const { rows } = await run("answersFor", statement, params);
      return rows.map(answerForResultsFromRow);
    },

    async deleteCommentsBefore(before) {
      const { changes } = await run("deleteCommentsBefore", sql.clearCommentsBefore, [
        isoText(before, "before"),
      ]);
      return changes;
    },

    async saveRating(rating) {
      await run("saveRating", sql.upsertRating, [
        rating.respondentKey,
        rating.itemId,
        paragraphKey(rating.paragraphIndexes),
        rating.rating,
        isoText(rating.ratedAt, "ratedAt"),
      ]);
    },

    async ratingTotals() {
      const { rows } = await run("ratingTotals", sql.selectRatingTotals);
      return new Map(
        rows.map((row) => [String(row.item_id), { up: Number(row.up), down: Number(row.down) }]),
      );
    },

    async saveConversationReference(conversationId, reference) {
      const json = JSON.stringify(reference);
      if (json === undefined)
        throw new AppError(400, "store: saveConversationReference: reference is not JSON");
      const now = new Date().toISOString();
      await run("saveConversationReference", sql.upsertConversationReference, [conversationId, json, now]);
    },

    async getConversationReference(conversationId) {
      const { rows } = await run("getConversationReference", sql.selectConversationReference, [
        conversationId,
      ]);
      return rows[0] ? (JSON.parse(String(rows[0].reference)) as unknown) : undefined;
    },

    async setConversationUnit(conversationId, unitId) {
      const now = new Date().toISOString();
      await run("setConversationUnit", sql.upsertConversationUnit, [conversationId, unitId, now]);
    },

    async getConversationUnit(conversationId) {
      const { rows } = await run("getConversationUnit", sql.selectConversationUnit, [conversationId]);
      return rows[0] ? String(rows[0].unit_id) : undefined;
    },

    async claimMeetingEnd(end, seenAt) {
      const { changes } = await run("claimMeetingEnd", sql.insertMeetingEnd, [
        ...meetingEndKey(end),
        isoText(seenAt, "seenAt"),
      ]);
      return changes > 0;
    },

    async releaseMeetingEnd(end) {
      await run("releaseMeetingEnd", sql.deleteMeetingEnd, meetingEndKey(end));
    },

    async forgetMeetingEndsBefore(before) {
      const { changes } = await run("forgetMeetingEndsBefore", sql.deleteMeetingEndsSeenBefore, [
        isoText(before, "before"),
      ]);
      return changes;
    },

    close: () => driver.close(),
  };
}

function meetingEndKey(end: MeetingEnd): SqlParam[] {
  return [end.conversationId, end.meetingId, end.endTime];
}

function only(rows: SqlRow[], operation: string): SqlRow {
  const row = rows[0];
  if (row === undefined) throw new AppError(500, `store: ${operation}: the database returned no row`);
  return row;
}
