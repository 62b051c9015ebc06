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

/** One request, and what came back. */
interface Attempt {
  outcome: "thanks" | "retry" | "other" | "answered" | "unanswered";
  answer?: { promptId: string; userId: string; rating: number };
  /** Why a question went unanswered, for the failure message. */
  problem?: string;
}

/** Asks a question in a chat of its own, from a new person (one person asking ten times a second is rate-limited). */
async function askQuestion(server: ServerProcess, n: number): Promise<Attempt> {
  const conversationId = `a:pg-question-${n}`;
  const from = { id: `29:pg-asker-${n}` };
  try {
    const reply = await server.send(
      messageActivity("hvad er sund drift", { serviceUrl: connector.serviceUrl, conversationId, from }),
    );
    const text = cardText(firstCard((await connector.waitFor(conversationId, 1, 10_000))[0]));
    if (reply.status === 200 && text.includes("Pejlemærket")) return { outcome: "answered" };
    return { outcome: "unanswered", problem: `${reply.status}: ${text.slice(0, 80)}` };
  } catch (error) {
    return { outcome: "unanswered", problem: (error as Error).message };
  }
}

/** Answers a prompt's feedback card as a new person. */
async function answerPrompt(
  server: ServerProcess,
  n: number,
  promptId: string,
  chat: string,
): Promise<Attempt> {
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
  return { outcome, answer };
}

/** People asking and answering: each `round` sends `size` questions and `size` feedback answers at once. */
function people(server: ServerProcess, promptIds: string[], chats: string[]) {
  let n = 0;
  const next = () => {
    n += 1;
    const p = n % promptIds.length;
    return { n, promptId: promptIds[p] ?? "", chat: chats[p] ?? "" };
  };
  return {
    async round(size: number) {
      const people = Array.from({ length: size }, next);
      const [questions, answers] = await Promise.all([
        Promise.all(people.map((person) => askQuestion(server, person.n))),
        Promise.all(people.map((person) => answerPrompt(server, person.n, person.promptId, person.chat))),
      ]);
      return { questions, answers };
    },
    /** Answers one at a time until one is saved; what came back, in order (at most `limit`). */
    async untilSaved(limit: number) {
      const answers: Attempt[] = [];
      while (answers.length < limit && answers.at(-1)?.outcome !== "thanks") {
        const person = next();
        answers.push(await answerPrompt(server, person.n, person.promptId, person.chat));
      }
      return answers;
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

// One after the other: two private clusters started at once could be given the same free port.
describe("when PostgreSQL goes away", () => {
  it("stopped and started again under load, the app keeps answering questions, gives feedback answers the retry card, and recovers by itself", async (context) => {
    const postgres = await privateCluster(context);
    const databaseUrl = postgres.url();
    const server = await startServerProcess({ DATABASE_URL: databaseUrl });
    context.onTestFinished(() => server.signal("SIGKILL"));
    const chats = ["19:meeting_pg_a@thread.v2", "19:meeting_pg_b@thread.v2"];
    const crowd = people(server, await openMeetingPrompts(server, connector, chats), chats);

    // Each phase starts when the last one's requests have come back: stopping and starting wait for
    // PostgreSQL itself (`pg_ctl -w`), so no phase depends on how fast this machine is.
    const before = await crowd.round(8);
    await postgres.stop();
    const whileDown = await crowd.round(12);
    await postgres.start();
    // The pool may still hold a connection from before the stop: until the first save, retries are fine.
    const reconnecting = await crowd.untilSaved(50);
    const after = await crowd.round(8);

    const questions = [...before.questions, ...whileDown.questions, ...after.questions];
    expect(questions.filter((q) => q.outcome !== "answered")).toEqual([]);
    expect(before.answers.map((a) => a.outcome)).toEqual(Array(8).fill("thanks"));
    expect(whileDown.answers.map((a) => a.outcome)).toEqual(Array(12).fill("retry"));
    expect(reconnecting.filter((a) => a.outcome === "other")).toEqual([]);
    expect(reconnecting.at(-1)?.outcome, "a feedback answer saved after PostgreSQL came back").toBe("thanks");
    expect(after.answers.map((a) => a.outcome)).toEqual(Array(8).fill("thanks"));
    expect((await server.get("/healthz")).status).toBe(200);

    const acknowledged = [...before.answers, ...reconnecting, ...after.answers].filter(
      (a) => a.outcome === "thanks",
    );
    await expectStored(databaseUrl, acknowledged);
  }, 120_000);

  it("started while PostgreSQL is down, the app answers questions and migrates once it is back", async (context) => {
    const postgres = await privateCluster(context, true);
    const databaseUrl = postgres.url();

    // It listens once start-up has waited 10 s for the database; the case's timeout allows for that.
    const server = await startServerProcess({ DATABASE_URL: databaseUrl });
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

    await postgres.start();
    // keepMigrating retries every 5 s; the case's timeout keeps a broken retry from hanging the run.
    // Every migration, not just the first: a meeting end needs the table a later one adds.
    await server.printed(/store: schema up to date/);

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
    await expectStored(databaseUrl, [{ outcome: "thanks", answer }]);
  }, 120_000);
});
