import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { createFeedbackStore } from "../../core/feedback/create-store.ts";
import { startApp } from "../../harness/app-under-test.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, meetingEndActivity } from "../../harness/teams-activities.ts";
import { TestSchemas, testDatabaseUrl } from "../feedback/postgres-test-database.ts";
import { cardText, firstCard } from "../support/card-reading.ts";

const prompts = 50;
const peoplePerPrompt = 10;

/**
 * Fires 500 answers at 50 prompts at once through `/api/messages`, as Teams would when a big meeting
 * ends, and then reads the database directly: every answer that got its "Tak" card is there, once.
 */
async function fireAnswers(env: Record<string, string>) {
  const connector = await startConnectorStandIn();
  const app = await startApp(env, { tallyDelayMs: 60_000 });
  try {
    const chats = Array.from({ length: prompts }, (_, n) => `19:meeting_load_${n}@thread.v2`);
    await Promise.all(
      chats.map((conversationId) =>
        app.post(
          "/api/messages",
          meetingEndActivity(`Møde ${conversationId}`, { serviceUrl: connector.serviceUrl, conversationId }),
        ),
      ),
    );
    const promptIds = await Promise.all(
      chats.map(async (conversationId) => {
        const card = firstCard((await connector.waitFor(conversationId))[0]);
        return /"promptId":"([^"]+)"/.exec(JSON.stringify(card))?.[1] ?? "";
      }),
    );
    const responses = await Promise.all(
      chats.flatMap((conversationId, p) =>
        Array.from({ length: peoplePerPrompt }, (_, person) => {
          const from = { id: `29:load-${p}-${person}`, aadObjectId: `oid-${p}-${person}`, name: "Load" };
          const data = { verb: "submitFeedback", promptId: promptIds[p], rating: String((person % 5) + 1) };
          return app.post(
            "/api/messages",
            executeActivity("submitFeedback", data, {
              serviceUrl: connector.serviceUrl,
              conversationId,
              from,
            }),
          );
        }),
      ),
    );
    return { promptIds, responses };
  } finally {
    await app.close();
    await connector.close();
  }
}

async function storedCounts(config: { databaseUrl?: string; sqliteFile: string }, promptIds: string[]) {
  const store = createFeedbackStore(config, pino({ level: "silent" }));
  try {
    return await Promise.all(promptIds.map((id) => store.countAnswers(id)));
  } finally {
    await store.close();
  }
}

function expectAllThanked(responses: { status: number; body: { value?: unknown } }[]) {
  expect(responses).toHaveLength(prompts * peoplePerPrompt);
  for (const response of responses) {
    expect(response.status).toBe(200);
    expect(cardText(response.body.value)).toMatch(/Tak – du svarede [1-5]\/5/);
  }
}

describe("500 concurrent feedback answers at 50 prompts", () => {
  it("are all stored, once each, in SQLite", async () => {
    const sqliteFile = join(mkdtempSync(join(tmpdir(), "load-")), "feedback.sqlite");
    const { promptIds, responses } = await fireAnswers({ SQLITE_FILE: sqliteFile });
    expectAllThanked(responses);
    const counts = await storedCounts({ sqliteFile }, promptIds);
    expect(counts).toEqual(Array(prompts).fill(peoplePerPrompt));
  });

  const schemas = new TestSchemas(testDatabaseUrl);
  afterAll(() => schemas.dropAll());

  it("are all stored, once each, in PostgreSQL", async (context) => {
    const databaseUrl = await schemas.freshFor(context);
    const { promptIds, responses } = await fireAnswers({ DATABASE_URL: databaseUrl });
    expectAllThanked(responses);
    const counts = await storedCounts({ databaseUrl, sqliteFile: "" }, promptIds);
    expect(counts).toEqual(Array(prompts).fill(peoplePerPrompt));
  });
});
