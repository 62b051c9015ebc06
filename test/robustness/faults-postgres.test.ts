import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedbackStore } from "../../core/feedback/create-store.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, messageActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { skipWithout } from "../support/required-service.ts";
import { createPrivatePostgres, type PrivatePostgres } from "./private-postgres.ts";
import {
  feedbackReplyKind,
  killServerProcesses,
  openMeetingPrompts,
  type ServerProcess,
  startServerProcess,
  testFeedbackSecret,
} from "./server-process.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let connector: ConnectorStandIn;
const clusters: PrivatePostgres[] = [];
beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(async () => {
  killServerProcesses();
  await Promise.all(clusters.map((cluster) => cluster.remove()));
  await connector?.close();
});

/** A new private cluster of the test's own, started unless `stopped`; or a skip (a failure in CI) that says why there is none. */
async function privateCluster(context: { skip: () => void }, stopped = false): Promise<PrivatePostgres> {
  const made = await createPrivatePostgres();
  let unavailable = "unavailable" in made ? made.unavailable : "";
  if (!("unavailable" in made)) {
    clusters.push(made);
    // Started once even when wanted stopped: a cluster that cannot start should skip, not fail.
    await (stopped ? made.start().then(() => made.stop()) : made.start()).catch((error: Error) => {
      unavailable = `it did not start (${error.message.split("\n")[0]})`;
    });
  }
  if (skipWithout("a private PostgreSQL cluster to stop and start", unavailable || undefined)) context.skip();
  return made as PrivatePostgres;
}

/** One request of the steady load, and what came back. */
interface Attempt {
  sentAt: number;
  repliedAt: number;
  outcome: "thanks" | "retry" | "other" | "answered" | "unanswered";
  answer?: { promptId: string; userId: string; rating: number };
  /** Why a question went unanswered, for the failure message. */
  problem?: string;
}

/** Asks a question in a chat of its own, from a new person (one person asking ten times a second is rate-limited). */
async function askQuestion(server: ServerProcess, n: number): Promise<Attempt> {
  const sentAt = Date.now();
  const conversationId = `a:pg-question-${n}`;
  const from = { id: `29:pg-asker-${n}` };
  try {
    const reply = await server.send(
      messageActivity("hvad er sund drift", { serviceUrl: connector.serviceUrl, conversationId, from }),
    );
    const text = cardText(firstCard((await connector.waitFor(conversationId, 1, 10_000))[0]));
    if (reply.status === 200 && text.includes("Pejlemærket"))
      return { sentAt, repliedAt: Date.now(), outcome: "answered" };
    return {
      sentAt,
      repliedAt: Date.now(),
      outcome: "unanswered",
      problem: `${reply.status}: ${text.slice(0, 80)}`,
    };
  } catch (error) {
    return { sentAt, repliedAt: Date.now(), outcome: "unanswered", problem: (error as Error).message };
  }
}

/** Answers a prompt's feedback card as a new person. */
async function answerPrompt(
  server: ServerProcess,
  n: number,
  promptId: string,
  chat: string,
): Promise<Attempt> {
  const sentAt = Date.now();
  const answer = { promptId, userId: `pg-load-${n}`, rating: (n % 5) + 1 };
  const activity = executeActivity(
    "submitFeedback",
    { verb: "submitFeedback", promptId, rating: String(answer.rating) },
    {
      serviceUrl: connector.serviceUrl,
      conversationId: chat,
      from: { id: `29:${answer.userId}`, aadObjectId: answer.userId },
    },
  );
  const outcome = await server.send(activity).then(feedbackReplyKind, () => "other" as const);
  return { sentAt, repliedAt: Date.now(), outcome, answer };
}

/** Every `intervalMs` one question and one feedback answer, each without waiting for the last. */
function steadyLoad(server: ServerProcess, promptIds: string[], chats: string[], intervalMs = 100) {
  const questions: Promise<Attempt>[] = [];
  const answers: Promise<Attempt>[] = [];
  let n = 0;
  const tick = () => {
    n += 1;
    const p = n % promptIds.length;
    questions.push(askQuestion(server, n));
    answers.push(answerPrompt(server, n, promptIds[p] ?? "", chats[p] ?? ""));
  };
  const timer = setInterval(tick, intervalMs);
  return {
    /** Settled answers so far (for waiting on a condition). */
    answersSoFar: () => Promise.all(answers),
    async stop() {
      clearInterval(timer);
      return { questions: await Promise.all(questions), answers: await Promise.all(answers) };
    },
  };
}

/** Checks every acknowledged answer is stored, with its rating. */
async function expectStored(databaseUrl: string, acknowledged: Attempt[]) {
  const store = createFeedbackStore({ databaseUrl, sqliteFile: "" }, pino({ level: "silent" }));
  try {
    for (const { answer } of acknowledged) {
      if (!answer) continue;
      const key = respondentKey(testFeedbackSecret, "tenant-1", answer.userId, answer.promptId);
      expect((await store.getAnswer(answer.promptId, key))?.rating).toBe(answer.rating);
    }
  } finally {
    await store.close();
  }
}

// Concurrently, each on its own cluster: the second mostly waits (for start-up's database timeout, then
// for the next migration attempt), so the file takes about as long as the slower of the two.
describe.concurrent("when PostgreSQL goes away", () => {
  it("stopped and started again under load, the app keeps answering questions, gives feedback answers the retry card, and recovers by itself", async (context) => {
    const postgres = await privateCluster(context);
    const databaseUrl = postgres.url();
    const server = await startServerProcess({ DATABASE_URL: databaseUrl });
    context.onTestFinished(() => server.signal("SIGKILL"));
    const chats = ["19:meeting_pg_a@thread.v2", "19:meeting_pg_b@thread.v2"];
    const promptIds = await openMeetingPrompts(server, connector, chats);

    const load = steadyLoad(server, promptIds, chats);
    await sleep(1500);
    const stopping = Date.now();
    await postgres.stop();
    const down = Date.now();
    await sleep(3000);
    const starting = Date.now();
    await postgres.start();
    const up = Date.now();
    const recoveredBy = up + 5000;
    while (Date.now() < recoveredBy) {
      const settled = await load.answersSoFar();
      if (settled.filter((a) => a.sentAt > up && a.outcome === "thanks").length >= 10) break;
      await sleep(100);
    }
    const { questions, answers } = await load.stop();

    expect(questions.filter((q) => q.outcome !== "answered")).toEqual([]);
    expect(answers.filter((a) => a.outcome === "other")).toEqual([]);
    const before = answers.filter((a) => a.repliedAt < stopping);
    const whileDown = answers.filter((a) => a.sentAt > down && a.repliedAt < starting);
    const after = answers.filter((a) => a.sentAt > up);
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((a) => a.outcome === "thanks")).toBe(true);
    expect(whileDown.length).toBeGreaterThan(10);
    expect(whileDown.every((a) => a.outcome === "retry")).toBe(true);
    const firstSaved = after.find((a) => a.outcome === "thanks");
    expect(firstSaved, "a feedback answer saved after PostgreSQL came back").toBeDefined();
    const recoveryMs = (firstSaved?.repliedAt ?? Number.POSITIVE_INFINITY) - up;
    expect(recoveryMs).toBeLessThan(5000);
    expect(
      after.filter((a) => a.sentAt >= (firstSaved?.sentAt ?? 0)).every((a) => a.outcome === "thanks"),
    ).toBe(true);
    expect((await server.get("/healthz")).status).toBe(200);

    const acknowledged = answers.filter((a) => a.outcome === "thanks");
    await expectStored(databaseUrl, acknowledged);
    console.info(
      `PostgreSQL stop/start: ${JSON.stringify({
        questions: questions.length,
        questionsAnswered: questions.filter((q) => q.outcome === "answered").length,
        feedbackAnswers: answers.length,
        acknowledgedAndStored: acknowledged.length,
        retryCards: answers.filter((a) => a.outcome === "retry").length,
        downMs: starting - stopping,
        pgStartMs: up - starting,
        firstSavedAnswerAfterStartMs: recoveryMs,
      })}`,
    );
  }, 120_000);

  it("started while PostgreSQL is down, the app answers questions and migrates once it is back", async (context) => {
    const postgres = await privateCluster(context, true);
    const databaseUrl = postgres.url();

    // It listens once start-up has waited 10 s for the database: allow for that on a busy machine.
    const server = await startServerProcess({ DATABASE_URL: databaseUrl }, 90_000);
    context.onTestFinished(() => server.signal("SIGKILL"));
    expect(server.output()).toContain("store: migrations failed; retrying");
    const serviceUrl = connector.serviceUrl;
    await server.send(messageActivity("hvad er sund drift", { serviceUrl, conversationId: "a:pg-down-q" }));
    expect(cardText(firstCard((await connector.waitFor("a:pg-down-q"))[0]))).toContain("Pejlemærket");
    const early = await server.send(
      executeActivity(
        "submitFeedback",
        { verb: "submitFeedback", promptId: "p-unknown", rating: "4" },
        { serviceUrl, conversationId: "19:meeting_pg_late@thread.v2" },
      ),
    );
    expect(feedbackReplyKind(early)).toBe("retry");

    const starting = Date.now();
    await postgres.start();
    await server.printed(/store: applied migration/, 15_000);
    const migratedMs = Date.now() - starting;
    expect(migratedMs).toBeLessThan(10_000); // keepMigrating retries every 5 s

    const chat = "19:meeting_pg_late@thread.v2";
    const [promptId] = await openMeetingPrompts(server, connector, [chat]);
    const answer = { promptId: promptId ?? "", userId: "pg-late-1", rating: 5 };
    const reply = await server.send(
      executeActivity(
        "submitFeedback",
        { verb: "submitFeedback", promptId, rating: "5" },
        { serviceUrl, conversationId: chat, from: { id: "29:pg-late-1", aadObjectId: "pg-late-1" } },
      ),
    );
    expect(feedbackReplyKind(reply)).toBe("thanks");
    await expectStored(databaseUrl, [{ sentAt: 0, repliedAt: 0, outcome: "thanks", answer }]);
    console.info(`PostgreSQL down at start-up: migrated ${migratedMs} ms after it was started`);
  }, 120_000);
});
