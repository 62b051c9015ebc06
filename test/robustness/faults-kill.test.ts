import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import pino from "pino";
import { afterAll, describe, expect, it, type TestContext } from "vitest";
import { createFeedbackStore, type FeedbackStoreConfig } from "../../core/feedback/create-store.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, messageActivity } from "../../harness/teams-activities.ts";
import { TestSchemas, testDatabaseUrl } from "../feedback/postgres-test-database.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import {
  feedbackReplyKind,
  type HttpReply,
  killServerProcesses,
  openMeetingPrompts,
  type ServerProcess,
  startServerProcess,
  testFeedbackSecret,
} from "./server-process.ts";

afterAll(killServerProcesses);

const prompts = 20;
const peoplePerPrompt = 10;
/** Requests on the wire at once; the kill lands among them. */
const concurrency = 12;
/** The share of answers acknowledged before the kill. */
const killAfter = 0.4;

/** One person's answer to one prompt, and what became of it. */
interface Sent {
  promptId: string;
  userId: string;
  rating: number;
  /** Sent twice with the same activity, as Teams does when it retries. */
  retried: boolean;
  acknowledged: boolean;
}

const tenantId = "tenant-1";
const chatOf = (p: number) => `19:meeting_kill_${p}@thread.v2`;

function answerActivity(connector: ConnectorStandIn, answer: Sent, p: number) {
  return executeActivity(
    "submitFeedback",
    { verb: "submitFeedback", promptId: answer.promptId, rating: String(answer.rating) },
    {
      serviceUrl: connector.serviceUrl,
      conversationId: chatOf(p),
      from: { id: `29:${answer.userId}`, aadObjectId: answer.userId },
    },
  );
}

/** Streams every answer, `concurrency` at a time, and kills the server (-9) once enough are acknowledged. */
async function streamAnswersAndKill(server: ServerProcess, connector: ConnectorStandIn, promptIds: string[]) {
  const answers: (Sent & { p: number })[] = promptIds.flatMap((promptId, p) =>
    Array.from({ length: peoplePerPrompt }, (_, person) => ({
      p,
      promptId,
      userId: `kill-${p}-${person}`,
      rating: (person % 5) + 1,
      retried: person % 4 === 0,
      acknowledged: false,
    })),
  );
  const queue = answers.flatMap((answer) => {
    const activity = answerActivity(connector, answer, answer.p);
    return answer.retried
      ? [
          { answer, activity },
          { answer, activity },
        ]
      : [{ answer, activity }];
  });
  let acknowledged = 0;
  let killed = false;
  /** Requests that got no reply, by error: cut off by the kill (reset), or sent after it (refused). */
  const failures: Record<string, number> = {};
  const unexpected: HttpReply[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const reply = await server.send(next.activity).catch((error: NodeJS.ErrnoException) => {
        failures[error.code ?? error.message] = (failures[error.code ?? error.message] ?? 0) + 1;
        return undefined;
      });
      if (reply && feedbackReplyKind(reply) !== "thanks") unexpected.push(reply);
      if (reply && feedbackReplyKind(reply) === "thanks") {
        expect(cardText(reply.body.value)).toContain(`Tak – du svarede ${next.answer.rating}/5`);
        if (!next.answer.acknowledged) acknowledged += 1;
        next.answer.acknowledged = true;
      }
      if (!killed && acknowledged >= answers.length * killAfter) {
        killed = true;
        server.signal("SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" });
  expect(unexpected, "every reply that came back is a thank-you").toEqual([]);
  return { answers, failures };
}

/** Every answer row in the database, read with SQL, not through the store. */
async function answerRows(config: FeedbackStoreConfig) {
  const sql = "SELECT prompt_id, respondent_key, rating FROM answers";
  type Row = { prompt_id: string; respondent_key: string; rating: number };
  if (!config.databaseUrl) {
    const db = new Database(config.sqliteFile, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Ends meetings, streams answers, kills the server mid-stream, restarts it and checks the database. */
async function killMidStream(env: Record<string, string>, config: FeedbackStoreConfig) {
  const connector = await startConnectorStandIn();
  const started: ServerProcess[] = [];
  try {
    const first = await startServerProcess(env);
    started.push(first);
    const chats = Array.from({ length: prompts }, (_, p) => chatOf(p));
    const promptIds = await openMeetingPrompts(first, connector, chats);
    const { answers, failures } = await streamAnswersAndKill(first, connector, promptIds);

    const second = await startServerProcess(env);
    started.push(second);
    const rows = await answerRows(config);
    const sentByKey = new Map(
      answers.map((answer) => [
        `${answer.promptId} ${respondentKey(testFeedbackSecret, tenantId, answer.userId, answer.promptId)}`,
        answer,
      ]),
    );
    const storedKeys = rows.map((row) => `${row.prompt_id} ${row.respondent_key}`);
    expect(new Set(storedKeys).size, "one answer per person per prompt").toBe(rows.length);
    for (const row of rows) {
      const sent = sentByKey.get(`${row.prompt_id} ${row.respondent_key}`);
      expect(sent, "a stored answer that nobody sent").toBeDefined();
      expect(row.rating).toBe(sent?.rating);
    }
    const acknowledged = answers.filter((answer) => answer.acknowledged);
    const store = createFeedbackStore(config, pino({ level: "silent" }));
    try {
      for (const answer of acknowledged) {
        const key = respondentKey(testFeedbackSecret, tenantId, answer.userId, answer.promptId);
        expect((await store.getAnswer(answer.promptId, key))?.rating, "an acknowledged answer").toBe(
          answer.rating,
        );
      }
      for (const promptId of promptIds) expect(await store.getPrompt(promptId)).toBeDefined();
    } finally {
      await store.close();
    }

    // The restarted server answers questions and takes more answers to the same prompts.
    await second.send(
      messageActivity("hvad er trivsel", { serviceUrl: connector.serviceUrl, conversationId: "a:k" }),
    );
    expect(cardText(firstCard((await connector.waitFor("a:k"))[0]))).toContain("trivsel");
    const late = await Promise.all(
      promptIds.map((promptId, p) =>
        second.send(
          answerActivity(
            connector,
            { promptId, userId: `kill-${p}-late`, rating: 3, retried: false, acknowledged: false },
            p,
          ),
        ),
      ),
    );
    expect(late.map(feedbackReplyKind)).toEqual(Array(prompts).fill("thanks"));
    expect((await answerRows(config)).length).toBe(rows.length + prompts);

    const figures = {
      sent: answers.length,
      sentTwiceLikeATeamsRetry: answers.filter((answer) => answer.retried).length,
      acknowledgedBeforeKill: acknowledged.length,
      storedAfterRestart: rows.length,
      storedWithoutAcknowledgement: rows.length - acknowledged.length,
      requestsWithoutReply: failures,
    };
    return figures;
  } finally {
    for (const server of started) server.signal("SIGKILL");
    await connector.close();
  }
}

/**
 * Checks that the kill landed mid-stream. The figures go with the case's result as an annotation, not
 * to the console: the reporter shows them when the case fails (`--reporter=verbose` always), so a
 * passing run stays quiet.
 */
async function checkFigures(context: TestContext, figures: Awaited<ReturnType<typeof killMidStream>>) {
  await context.annotate(JSON.stringify(figures), "kill -9 figures");
  expect(figures.acknowledgedBeforeKill).toBeGreaterThanOrEqual(prompts * peoplePerPrompt * killAfter);
  expect(figures.acknowledgedBeforeKill).toBeLessThan(prompts * peoplePerPrompt);
}

// Concurrently: the two engines share nothing, and most of the time is the servers starting.
describe.concurrent("kill -9 while answers stream in, then a restart", () => {
  it("keeps every acknowledged answer, once, in SQLite", async (context) => {
    const dir = mkdtempSync(join(tmpdir(), "kill-"));
    context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const sqliteFile = join(dir, "feedback.sqlite");
    const figures = await killMidStream({ SQLITE_FILE: sqliteFile }, { sqliteFile });
    await checkFigures(context, figures);
  }, 120_000);

  const schemas = new TestSchemas(testDatabaseUrl);
  afterAll(() => schemas.dropAll());

  it("keeps every acknowledged answer, once, in PostgreSQL", async (context) => {
    const databaseUrl = await schemas.freshFor(context);
    const figures = await killMidStream({ DATABASE_URL: databaseUrl }, { databaseUrl, sqliteFile: "" });
    await checkFigures(context, figures);
  }, 120_000);
});
