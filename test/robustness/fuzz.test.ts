/**
 * Hostile input against the running server: about 3,000 generated requests (fixed seed, so a failure
 * reproduces) to the bot's endpoint and the tab API, eight at a time. Every answer must be a status
 * below 500 with a JSON or empty body; afterwards the server must still be healthy, no turn may have
 * failed (no "something went wrong" or "not saved" card: the store is up, so any is a bug), and the
 * database must hold only rows the app could have meant to write.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { textFor } from "../../core/i18n/text-for.ts";
import { messageActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";
import { findBadRows, fuzzUsers, rowCounts } from "./fuzz-database.ts";
import type { FuzzRequest } from "./fuzz-inputs.ts";
import { fuzzRequests } from "./fuzz-requests.ts";

const seed = 20_251_127;
/** Runs of `batchSize` concurrent requests each. */
const numRuns = 380;
const batchSize = 8;
const secret = "fuzz-test-secret";
const homeConversations = [
  "19:fuzz-home-1@thread.v2",
  "19:fuzz-home-2@thread.v2",
  "19:fuzz-home-3@thread.v2",
];

let directory: string;
let databaseFile: string;
const promptIds: string[] = [];

const running = useRunningApp(() => {
  directory = mkdtempSync(join(tmpdir(), "strategilotsen-fuzz-"));
  databaseFile = join(directory, "fuzz.sqlite");
  return {
    env: {
      SQLITE_FILE: databaseFile,
      FEEDBACK_SECRET: secret,
      // On, as in production, but high enough that the generated flood reaches the handlers.
      RATE_LIMIT_PER_MINUTE: "100000",
    },
    // After the app, which holds the database file open until it closes.
    alsoClose: [{ close: () => rmSync(directory, { recursive: true, force: true }) }],
  };
});
beforeAll(async () => {
  for (const [index, conversationId] of homeConversations.entries()) {
    const activity = messageActivity(`feedback Fuzzmøde ${index}`, {
      serviceUrl: running.connector.serviceUrl,
      conversationId,
      conversationType: "groupChat",
    });
    expect((await running.app.post("/api/messages", activity)).status).toBe(200);
    const [posted] = await running.connector.waitFor(conversationId);
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1];
    if (!promptId) throw new Error("fuzz: the feedback card carries no prompt id");
    promptIds.push(promptId);
  }
});

/** Status 0 stands for no answer at all: a reset connection or a hang past 10 s. */
async function send(request: FuzzRequest): Promise<{ status: number; text: string; type: string }> {
  const headers: Record<string, string> = {};
  const contentType = request.contentType === undefined ? "application/json" : request.contentType;
  if (request.body !== undefined && contentType !== null) headers["content-type"] = contentType;
  try {
    const response = await fetch(running.app.url + request.path, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(10_000),
    });
    const type = response.headers.get("content-type") ?? "";
    return { status: response.status, text: await response.text(), type };
  } catch {
    return { status: 0, text: "", type: "" };
  }
}

/** The body as JSON; `undefined` when empty, `notJson` when it is something else. */
const notJson = Symbol("not JSON");
function parsedBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return notJson;
  }
}

/** The replies that mean a turn failed: nothing the fuzz sends should make one fail while the store is up. */
const failureTexts = (["da", "en"] as const).flatMap((locale) => [
  textFor(locale).bot.error,
  textFor(locale).bot.feedback.notSaved,
]);
const failedTurn = (card: unknown) => failureTexts.some((text) => cardText(card).includes(text));

/**
 * 501 is the Bot Framework's answer to an invoke a bot does not handle (botbuilder's own); for the
 * invokes this bot handles, it would mean the turn failed, so there it counts as a failure.
 */
const handledInvokes = ["adaptiveCard/action", "composeExtension/query"];
function unhandledInvoke(request: FuzzRequest): boolean {
  try {
    const activity = JSON.parse(request.body ?? "");
    return activity?.type === "invoke" && !handledInvokes.includes(activity.name);
  } catch {
    return false;
  }
}

const describeRequest = (request: FuzzRequest) =>
  JSON.stringify({ ...request, body: request.body?.slice(0, 600) });

describe("the running server under generated hostile requests", () => {
  it("answers every one below 500 with JSON or nothing, and no turn fails", async () => {
    const requests = fuzzRequests({ serviceUrl: running.connector.serviceUrl, homeConversations, promptIds });
    let sent = 0;
    const outcome = await fc.check(
      fc.asyncProperty(fc.array(requests, { minLength: batchSize, maxLength: batchSize }), async (batch) => {
        const responses = await Promise.all(batch.map(send));
        sent += batch.length;
        batch.forEach((request, index) => {
          const { status, text, type } = responses[index] ?? { status: 0, text: "", type: "" };
          const what = `${status} ${text.slice(0, 200)} for ${describeRequest(request)}`;
          const answered = status > 0 && (status < 500 || (status === 501 && unhandledInvoke(request)));
          expect(answered, what).toBe(true);
          if (type.startsWith("text/csv")) return; // The one route that is not JSON: results as a download.
          const body = parsedBody(text);
          expect(body, what).not.toBe(notJson);
          const invokeCard = (body as { value?: { type?: unknown } } | undefined)?.value;
          if (invokeCard?.type === "AdaptiveCard") expect(failedTurn(invokeCard), what).toBe(false);
        });
      }),
      { seed, numRuns, endOnFailure: true },
    );
    // fast-check's own report prints all eight requests in full, bodies of up to 256 KB included.
    if (outcome.failed)
      throw new Error(`fuzz (seed ${seed}, run ${outcome.numRuns}): ${outcome.errorInstance}`);
    expect(sent).toBeGreaterThanOrEqual(3000);
    const failedReplies = running.connector.sent.filter((reply) => {
      const hasCard = reply.activity.attachments?.some((a) => a.contentType.includes("adaptive"));
      return hasCard && failedTurn(firstCard(reply));
    });
    expect(failedReplies.map((reply) => reply.conversationId.slice(0, 80))).toEqual([]);
  }, 60_000);

  it("is still healthy, with no prototype polluted", async () => {
    const health = await running.app.get("/healthz");
    expect(health.status).toBe(200);
    expect(health.body.status).toBe("ok");
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.isAdmin]).toEqual([undefined, undefined]);
  });

  it("stored only good rows, and no answer from outside a prompt's conversation", () => {
    expect(findBadRows(databaseFile, { secret, promptIds, awayUsers: fuzzUsers.away })).toEqual([]);
    // The fuzz got valid writes through too, so the checks had rows to look at.
    const counts = rowCounts(databaseFile);
    for (const table of ["prompts", "answers", "answer_ratings", "conversation_units"])
      expect(counts[table], table).toBeGreaterThan(0);
  });
});
