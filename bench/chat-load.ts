import type { ConnectorStandIn } from "../harness/connector-stand-in.ts";
import { messageActivity } from "../harness/teams-activities.ts";
import type { BenchQuestion } from "./bench-questions.ts";
import { type LatencySummary, summarizeLatencies } from "./latency-stats.ts";

/** What to run: how many chats, how many questions each, against which bot and connector. */
export interface ChatLoadOptions {
  /** The bot's base URL, e.g. `http://127.0.0.1:41234`; must be a loopback address. */
  botUrl: string;
  /** Where the bot's replies arrive; its `serviceUrl` must be a loopback address. */
  connector: ConnectorStandIn;
  questions: readonly BenchQuestion[];
  /** Simulated chats running at the same time, each its own conversation. */
  chats: number;
  /** Measured questions each chat sends, one after another, each after the previous reply. */
  questionsPerChat: number;
  /**
   * Questions each chat sends first without measuring them. Default 0. The chats all start at once, and
   * that synchronized burst is not what users see; a chat's own warm-up staggers it before it is measured.
   */
  warmUpPerChat?: number;
  /** Start of every conversation id, so that two runs against one connector never share a conversation. */
  runId: string;
  /** Longest wait for one reply before the chat gives up. Default 15 000 ms. */
  replyTimeoutMs?: number;
  /** No chat sends a new question after this long. Default 60 000 ms. */
  timeBudgetMs?: number;
}

/** What a load run measured. */
export interface ChatLoadResult {
  /** One entry per answered question: POST sent → reply arrived at the connector, in ms. */
  latenciesMs: number[];
  /** Measured questions the run meant to send (`chats × questionsPerChat`). */
  planned: number;
  /** Wall time of the measured questions, first measured POST to last reply, in ms. */
  durationMs: number;
  /** One message per chat that stopped on an error (bad status, no reply in time). */
  errors: string[];
  /** Whether the time budget ran out before every question was sent. */
  outOfTime: boolean;
}

/** Latency percentiles of a run (ms) and its throughput (answered questions per second). */
export interface ChatLoadSummary extends LatencySummary {
  throughput: number;
}

/**
 * Runs `chats` simulated Teams chats at once against the bot over HTTP. Each chat sends its questions
 * one at a time and waits for the reply before the next, as a user does. A question's latency is what
 * the user waits for: from the POST to `/api/messages` until the reply activity has reached the
 * connector. The run is bounded by its count and by `timeBudgetMs`, and stops by itself; a chat that
 * fails stops and is reported in `errors` rather than failing the others.
 */
export async function runChatLoad(options: ChatLoadOptions): Promise<ChatLoadResult> {
  requireLoopback("bot URL", options.botUrl);
  requireLoopback("connector serviceUrl", options.connector.serviceUrl);
  if (options.questions.length === 0) throw new Error("chat-load: no questions to send");
  const latenciesMs: number[] = [];
  const errors: string[] = [];
  const warmUp = options.warmUpPerChat ?? 0;
  const turns = warmUp + options.questionsPerChat;
  const deadline = performance.now() + (options.timeBudgetMs ?? 60_000);
  let measuredFrom = Number.POSITIVE_INFINITY;
  let measuredTo = Number.NEGATIVE_INFINITY;
  let outOfTime = false;

  const runChat = async (chat: number) => {
    const conversationId = `${options.runId}-chat-${chat}`;
    for (let turn = 0; turn < turns; turn++) {
      if (performance.now() > deadline) {
        outOfTime = true;
        return;
      }
      const question = options.questions[(chat * turns + turn) % options.questions.length];
      if (!question) return;
      try {
        const { started, latencyMs } = await askOnce(options, conversationId, turn + 1, question);
        if (turn < warmUp) continue;
        latenciesMs.push(latencyMs);
        measuredFrom = Math.min(measuredFrom, started);
        measuredTo = Math.max(measuredTo, started + latencyMs);
      } catch (error) {
        errors.push(`${conversationId}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: options.chats }, (_, chat) => runChat(chat)));
  return {
    latenciesMs,
    planned: options.chats * options.questionsPerChat,
    durationMs: latenciesMs.length > 0 ? measuredTo - measuredFrom : 0,
    errors,
    outOfTime,
  };
}

/** Percentiles and throughput of one run, or of several runs of the same bot taken together. */
export function summarizeChatLoad(results: readonly ChatLoadResult[]): ChatLoadSummary {
  const latencies = results.flatMap((result) => result.latenciesMs);
  const seconds = results.reduce((sum, result) => sum + result.durationMs, 0) / 1000;
  return { ...summarizeLatencies(latencies), throughput: seconds > 0 ? latencies.length / seconds : 0 };
}

/** Sends one question and resolves once the `replyNumber`-th reply has arrived, with when and how long. */
async function askOnce(
  options: ChatLoadOptions,
  conversationId: string,
  replyNumber: number,
  question: BenchQuestion,
): Promise<{ started: number; latencyMs: number }> {
  const activity = messageActivity(question.text, {
    serviceUrl: options.connector.serviceUrl,
    conversationId,
    locale: question.locale,
  });
  const started = performance.now();
  // Waiting starts before the POST: the adapter answers the POST only after the turn has sent its reply.
  const replied = options.connector
    .waitFor(conversationId, replyNumber, options.replyTimeoutMs ?? 15_000)
    .then(() => performance.now());
  // Marks a rejection as handled for the early exits below; `await replied` still sees it.
  replied.catch(() => undefined);
  const response = await fetch(`${options.botUrl}/api/messages`, {
    method: "POST",
    body: JSON.stringify(activity),
    headers: { "content-type": "application/json" },
  });
  await response.arrayBuffer();
  if (!response.ok) {
    // No reply will come; the wait ends by its own timeout, its rejection already handled above.
    throw new Error(`chat-load: POST /api/messages answered ${response.status}`);
  }
  return { started, latencyMs: (await replied) - started };
}

function requireLoopback(what: string, url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) {
    throw new Error(`chat-load: ${what} ${url} is not a loopback address`);
  }
}
