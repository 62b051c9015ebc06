import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { ownEvalSetPath } from "../../harness/eval-sets.ts";
import { messageActivity } from "../../harness/teams-activities.ts";
import { type LatencySummary, summarizeLatencies } from "../latency-stats.ts";
import type { SoakConnector } from "./soak-connector.ts";
import type { AppInstance, MemorySample, SoakInstances } from "./soak-instances.ts";
import type { SoakOptions } from "./soak-options.ts";
import { type KindSummary, SoakRecorder } from "./soak-recorder.ts";
import { runSoakUser, type SoakContext, type Writes } from "./soak-users.ts";

/** One kind of write: how many the app acknowledged, how many were sent, how many the store holds. */
export interface StoreCheck {
  what: string;
  acknowledged: number;
  attempted: number;
  stored: number;
}

/** Everything one soak run measured. */
export interface SoakResult {
  unloaded: LatencySummary;
  kinds: KindSummary[];
  measuredSeconds: number;
  requests: number;
  errors: number;
  errorMessages: string[];
  /** Per instance: memory at start, after the warm-up and at the end, and its logged errors. */
  instances: {
    pid: number;
    start: MemorySample;
    warm: MemorySample;
    end: MemorySample;
    loggedErrors: string[];
  }[];
  /** What the app acknowledged against what the store holds afterwards. */
  checks: StoreCheck[];
  cardUpdates: number;
  /** How long the load driver's own event loop was blocked while measuring (p99, longest; ms). */
  driverLoopDelay: { p99: number; max: number };
}

/** Questions of the evaluation set (every kind, Danish and English), for questions and tab searches. */
export function soakQuestions(): { text: string; locale: string }[] {
  return readFileSync(ownEvalSetPath, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { question: string; lang: string })
    .map((q) => ({ text: q.question, locale: q.lang === "en" ? "en-US" : "da-DK" }));
}

/**
 * The run: the unloaded question latency first (one person, one question at a time), then `users`
 * people at once for `seconds` (the first `warmUpSeconds` not measured), memory sampled at the start,
 * after the warm-up and at the end; then what was acknowledged is checked against the store.
 */
export async function runSoak(
  options: SoakOptions,
  setup: SoakInstances,
  connector: SoakConnector,
  progress: (note: string) => void,
): Promise<SoakResult> {
  const { instances } = setup;
  const questions = soakQuestions();
  const first = instances[0] as AppInstance;
  const units = (await (await fetch(`${first.url}/api/tab/units`)).json()) as { id: string; name: string }[];
  const start = await Promise.all(instances.map((instance) => instance.memory()));

  progress("soak: unloaded question latency (one person, 30 warm-up + 300 questions)");
  const unloaded = await unloadedLatency(first.url, connector, questions, options.timeoutMs);

  const recorder = new SoakRecorder();
  const began = performance.now();
  const measureFrom = began + options.warmUpSeconds * 1000;
  const deadline = began + options.seconds * 1000;
  let turn = 0;
  const context: SoakContext = {
    nextUrl: () => (instances[turn++ % instances.length] as AppInstance).url,
    connector,
    recorder,
    questions,
    units,
    thinkMs: options.thinkMs,
    timeoutMs: options.timeoutMs,
    measureFrom,
    stopping: () => performance.now() >= deadline || recorder.started >= options.maxRequests,
    openPrompts: [],
    acknowledged: noWrites(),
    attempted: noWrites(),
  };
  progress(
    `soak: ${options.users} users for ${options.seconds} s on ${options.engine} (${instances.length} instance(s))`,
  );
  const users = Promise.all(Array.from({ length: options.users }, (_, index) => runSoakUser(index, context)));
  await new Promise((resolve) => setTimeout(resolve, options.warmUpSeconds * 1000));
  const warm = await Promise.all(instances.map((instance) => instance.memory()));
  progress("soak: warm-up over, measuring");
  const driverLoop = monitorEventLoopDelay({ resolution: 10 });
  driverLoop.enable();
  await users;
  driverLoop.disable();
  const measuredSeconds = (Math.min(performance.now(), deadline) - measureFrom) / 1000;
  const end = await Promise.all(instances.map((instance) => instance.memory()));

  progress("soak: stopping the app (pending card updates are sent), then checking the store");
  await setup.stop();
  const loggedErrors = instances.map((instance) => instance.errorLines());
  const checks = await checkStore(setup, context.acknowledged, context.attempted);
  return {
    unloaded,
    kinds: recorder.summary(measuredSeconds),
    measuredSeconds,
    requests: recorder.started,
    errors: recorder.totalErrors(),
    errorMessages: recorder.errorMessages(),
    instances: instances.map((instance, i) => ({
      pid: instance.pid,
      start: start[i] as MemorySample,
      warm: warm[i] as MemorySample,
      end: end[i] as MemorySample,
      loggedErrors: loggedErrors[i] ?? [],
    })),
    checks,
    cardUpdates: connector.updates(),
    driverLoopDelay: { p99: driverLoop.percentile(99) / 1e6, max: driverLoop.max / 1e6 },
  };
}

async function unloadedLatency(
  url: string,
  connector: SoakConnector,
  questions: readonly { text: string; locale: string }[],
  timeoutMs: number,
) {
  const latencies: number[] = [];
  const conversationId = "a:soak-unloaded";
  for (let turn = 0; turn < 330; turn++) {
    const question = questions[turn % questions.length] as { text: string; locale: string };
    const started = performance.now();
    const reply = connector.waitFor(conversationId, turn + 1, timeoutMs);
    const activity = messageActivity(question.text, {
      serviceUrl: connector.serviceUrl,
      conversationId,
      locale: question.locale,
    });
    const response = await fetch(`${url}/api/messages`, {
      method: "POST",
      body: JSON.stringify(activity),
      headers: { "content-type": "application/json" },
    });
    await response.arrayBuffer();
    await reply;
    if (turn >= 30) latencies.push(performance.now() - started);
  }
  return summarizeLatencies(latencies);
}

/** No writes yet. */
function noWrites(): Writes {
  return { meetings: new Set(), answers: new Set(), ratings: new Set(), tabAnswers: new Set() };
}

/**
 * Each kind of write as acknowledged, attempted and stored. With no errors, stored must equal
 * acknowledged; a request that timed out on the driver's side may still have been stored, so then
 * stored may lie between the two — never above what was attempted, never below what was acknowledged.
 */
async function checkStore(
  setup: SoakInstances,
  acknowledged: Writes,
  attempted: Writes,
): Promise<StoreCheck[]> {
  // The instances are stopped: their stores are closed and every pending write is in.
  const store = setup.openStore();
  try {
    const ratings = [...(await store.ratingTotals()).values()].reduce((sum, t) => sum + t.up + t.down, 0);
    const stored: Record<keyof Writes, number> = {
      meetings: (await store.listPrompts({ kind: "meeting" })).length,
      answers: (await store.answersFor({ kind: "meeting" })).length,
      tabAnswers: (await store.answersFor({ kind: "tab" })).length,
      ratings,
    };
    const names: Record<keyof Writes, string> = {
      meetings: "meeting prompts",
      answers: "meeting feedback answers",
      tabAnswers: "tab feedback answers",
      ratings: "👍/👎 ratings",
    };
    return (Object.keys(names) as (keyof Writes)[]).map((kind) => ({
      what: names[kind],
      acknowledged: acknowledged[kind].size,
      attempted: attempted[kind].size,
      stored: stored[kind],
    }));
  } finally {
    await store.close();
  }
}
