import pino from "pino";
import { describe, expect, it } from "vitest";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { keepMigrating } from "../../core/feedback/keep-migrating.ts";

/** A store whose database is down: each migration attempt fails when its connection is refused, a moment later. */
function storeWithDatabaseDown(attempts: string[]): FeedbackStore {
  return {
    migrate: async () => {
      attempts.push("attempt");
      await new Promise((refused) => setTimeout(refused, 10));
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    },
  } as unknown as FeedbackStore;
}

/** A logger that keeps each message it is given at `level` or above. */
function loggerInto(logged: string[], level: "info" | "error") {
  return pino({ level }, { write: (line: string) => logged.push(JSON.parse(line).msg) });
}

/** Keeps the event loop busy, as building and warming up the search does at start-up. */
function blockFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("start-up with the database down", () => {
  it("waits for the database from its first attempt, not from before the search was built", async () => {
    const attempts: string[] = [];
    const logged: string[] = [];
    const migrations = keepMigrating(storeWithDatabaseDown(attempts), loggerInto(logged, "error"), {
      startWithinMs: 50,
      retryMs: 60_000,
    });
    blockFor(200); // longer than the whole wait: a slow machine building the search index
    await migrations.started;
    migrations.stop();

    expect(attempts).toEqual(["attempt"]);
    expect(logged).toEqual(["store: migrations failed; retrying"]);
    expect(migrations.migrated()).toBe(false);
  });

  it("says when the schema is up to date, once every migration has been applied", async () => {
    const logged: string[] = [];
    const store = { migrate: async () => {} } as unknown as FeedbackStore;
    const migrations = keepMigrating(store, loggerInto(logged, "info"));
    await migrations.started;
    migrations.stop();
    expect(logged).toEqual(["store: schema up to date"]);
    expect(migrations.migrated()).toBe(true);
  });
});
