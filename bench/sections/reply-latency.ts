import { type AppUnderTest, startApp } from "../../test/support/app-under-test.ts";
import { startConnectorStandIn } from "../../test/support/connector-stand-in.ts";
import { startBareBot } from "../bare-bot.ts";
import { type BenchQuestion, benchQuestions } from "../bench-questions.ts";
import type { BenchOutput, BenchSection } from "../bench-section.ts";
import { type ChatLoadResult, runChatLoad, summarizeChatLoad } from "../chat-load.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Simulated chats at once, questions each, and unmeasured warm-up questions each before a run. */
const load = { chats: 50, questionsPerChat: 20, warmUpPerChat: 2 };
/** Our p99 may be at most this many times the floor's p99. */
const aim = 1.5;
/**
 * Run order, ABBA: each bot runs once first and once second, so neither gets a systematically warmer
 * (or more tired) machine.
 */
const order: BotName[] = ["strategilotsen", "bare botbuilder", "bare botbuilder", "strategilotsen"];

type BotName = "strategilotsen" | "bare botbuilder";
type RunningBot = Pick<AppUnderTest, "url" | "close">;

/**
 * Reply latency over HTTP, the app side by side with a bare botbuilder bot on the same stack (the
 * floor), both in this process on loopback with the connector stand-in receiving the replies.
 */
export const replyLatencySection: BenchSection = {
  name: "reply-latency",
  title: `${load.chats} concurrent chats × ${load.questionsPerChat} questions, app vs bare botbuilder bot`,
  async run(output) {
    const questions = benchQuestions();
    output.progress("reply-latency: starting the app and the bare bot");
    const bots: Record<BotName, RunningBot> = {
      strategilotsen: await startApp(),
      "bare botbuilder": await startBareBot(),
    };
    const results: Record<BotName, ChatLoadResult[]> = { strategilotsen: [], "bare botbuilder": [] };
    try {
      for (const [index, name] of order.entries()) {
        output.progress(`reply-latency: run ${index + 1}/${order.length}, ${name}`);
        results[name].push(await measureRun(bots[name].url, questions, `run${index + 1}`, output));
      }
    } finally {
      await Promise.all(Object.values(bots).map((bot) => bot.close()));
    }
    printResults(results, questions.length, output);
  },
};

/** One run against one bot: a fresh connector stand-in, a warm-up, then the measured load. */
async function measureRun(
  botUrl: string,
  questions: readonly BenchQuestion[],
  runId: string,
  output: BenchOutput,
): Promise<ChatLoadResult> {
  // A fresh stand-in per run: it keeps every reply, and its waits look through all of them.
  const connector = await startConnectorStandIn();
  try {
    const common = { botUrl, connector, questions, chats: load.chats };
    const warmUp = await runChatLoad({
      ...common,
      questionsPerChat: load.warmUpPerChat,
      runId: `${runId}-warm-up`,
    });
    reportErrors(warmUp, `${runId} warm-up`, output);
    const measured = await runChatLoad({ ...common, questionsPerChat: load.questionsPerChat, runId });
    reportErrors(measured, runId, output);
    return measured;
  } finally {
    await connector.close();
  }
}

function reportErrors(result: ChatLoadResult, runId: string, output: BenchOutput): void {
  if (result.outOfTime) output.progress(`reply-latency: ${runId} ran out of time`);
  for (const error of result.errors) output.progress(`reply-latency: ${runId}: ${error}`);
  if (result.errors.length > 0 || result.outOfTime) process.exitCode = 1;
}

function printResults(
  results: Record<BotName, ChatLoadResult[]>,
  messageCount: number,
  output: BenchOutput,
): void {
  const ours = summarizeChatLoad(results.strategilotsen);
  const floor = summarizeChatLoad(results["bare botbuilder"]);
  const row = (name: string, runs: ChatLoadResult[], ratio: string) => {
    const summary = summarizeChatLoad(runs);
    const planned = runs.reduce((sum, run) => sum + run.planned, 0);
    const requests = summary.count === planned ? String(planned) : `${summary.count}/${planned}`;
    const times = [summary.p50, summary.p90, summary.p99, summary.max].map((value) => fixed(value));
    return [name, requests, fixed(summary.throughput, 0), ...times, ratio];
  };
  const perRun = order.map((name, index) => {
    const nth = order.slice(0, index + 1).filter((other) => other === name).length;
    return row(`${name} #${nth} (run ${index + 1})`, [results[name][nth - 1] ?? emptyRun()], "");
  });
  const ratio = ours.p99 / floor.p99;
  output.print(
    `${messageCount} messages in the mix; ${load.warmUpPerChat} warm-up questions per chat before each run`,
  );
  output.print("");
  for (const line of formatTable(
    ["name", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "p99 / floor"],
    [
      ...perRun,
      row("strategilotsen, all runs", results.strategilotsen, `${fixed(ratio, 2)}×`),
      row("bare botbuilder, all runs", results["bare botbuilder"], "1.00×"),
    ],
  ))
    output.print(line);
  output.print("");
  output.print(
    `aim p99 ≤ ${aim}× floor: ${ratio <= aim ? "met" : "NOT met"} (${fixed(ours.p99)} ms vs ${fixed(floor.p99)} ms, ${fixed(ratio, 2)}×)`,
  );
}

function emptyRun(): ChatLoadResult {
  return { latenciesMs: [], planned: 0, durationMs: 0, errors: [], outOfTime: false };
}
