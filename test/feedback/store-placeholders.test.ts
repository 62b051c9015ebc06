import { describe, expect, it } from "vitest";
import type { PromptFilter } from "../../core/feedback/feedback-store.ts";
import { numberPlaceholders } from "../../core/feedback/postgres-store.ts";
import type { SqlDriver, SqlParam, SqlRow } from "../../core/feedback/sql-driver.ts";
import { createSqlFeedbackStore } from "../../core/feedback/sql-feedback-store.ts";
import { minutesAfterStart } from "./contract-fixtures.ts";
import { everyStoreCall } from "./store-calls.ts";

/** A row with every column any statement returns, so each method runs to its end. */
const anyRow: SqlRow = {
  ...{ id: "p1", tenant_id: "t1", conversation_id: "c1", kind: "meeting", title: "Møde", demo: 0 },
  ...{ unit_id: null, subject_id: null, activity_id: null },
  ...{ created_at: "2025-03-03T09:00:00.000Z", closes_at: "2025-03-10T09:00:00.000Z" },
  ...{ prompt_id: "p1", respondent_key: "r1", rating: 4, topic: null, comment: null, anonymous: 1 },
  ...{ respondent_name: null, answered_at: "2025-03-03T09:00:00.000Z", revision: 1, count: 0 },
  ...{ item_id: "i1", up: 0, down: 0, reference: '{"id":"c1"}', unit: "u1" },
};

/** Every statement the shared SQL store sends, with its parameters, from a driver that only records. */
async function statementsSent(): Promise<{ operation: string; sql: string; params: readonly SqlParam[] }[]> {
  const sent: { operation: string; sql: string; params: readonly SqlParam[] }[] = [];
  const driver: SqlDriver = {
    async run(operation, sql, params = []) {
      sent.push({ operation, sql, params });
      return { rows: [anyRow], changes: 1 };
    },
    migrate: async () => undefined,
    ping: async () => true,
    close: async () => undefined,
  };
  const store = createSqlFeedbackStore(driver);
  for (const [, call] of everyStoreCall(store)) await call();
  const filters: PromptFilter[] = [
    {},
    { tenantId: "t1", unitId: "u1", kind: "tab", since: minutesAfterStart(0), promptIds: ["a", "b", "a"] },
    { promptIds: [] },
  ];
  for (const filter of filters) {
    await store.listPrompts(filter);
    await store.answersFor(filter);
  }
  return sent;
}

describe("placeholders of every statement the SQLite and PostgreSQL stores run", () => {
  it("has one `?` per parameter, and numbers them $1…$n for PostgreSQL with none left over", async () => {
    const sent = await statementsSent();
    // Every data method reached the database (migrations run their own SQL, not through `run`).
    const calls = everyStoreCall(
      createSqlFeedbackStore({ run: async () => ({ rows: [], changes: 0 }) } as never),
    );
    const expected = calls.map(([name]) => name).filter((name) => name !== "migrate");
    expect([...new Set(sent.map((statement) => statement.operation))].sort()).toEqual(expected.sort());
    for (const { operation, sql, params } of sent) {
      expect(sql.split("?").length - 1, operation).toBe(params.length);
      // A `?` inside a string literal would be numbered too and shift every parameter after it.
      expect(sql, operation).not.toMatch(/'[^']*\?[^']*'/);
      const numbered = numberPlaceholders(sql);
      expect(numbered, operation).not.toContain("?");
      const used = [...numbered.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
      expect(used, operation).toEqual(params.map((_, index) => index + 1));
    }
  });
});
