import { Writable } from "node:stream";
import pino from "pino";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { startBareBot } from "../bare-bot.ts";
import { type BenchQuestion, benchQuestions } from "../bench-questions.ts";
import type { BenchOutput, BenchSection, SummaryRow } from "../bench-section.ts";
import { type ChatLoadResult, runChatLoad, summarizeChatLoad } from "../chat-load.ts";
import { fixed, formatTable } from "../text-table.ts";

/**
 * Simulated chats at once, measured questions each, unmeasured warm-up questions each before them, and
 * the time after which a run sends no new question (so the whole bench stays near 90 s even when the
 * machine is busy; a cut run shows fewer requests than planned).
 */
const load = { chats: 50, questionsPerChat: 20, warmUpPerChat: 2, timeBudgetMs: 25_000 };
/** Our p50 and p99 may be at most this many times the floor's; our throughput at least `throughputAim` of it. */
const aim = 1.2;
const throughputAim = 0.85;
/**
 * Run order, ABBA: each bot runs once first and once second, so neither gets a systematically warmer
 * (or more tired) machine. Before them, one unmeasured run of each: both bots share this process, and
 * whichever ran first would otherwise compile botbuilder's, restify's and Node's HTTP code for the other.
 */
const warmUpOrder: BotName[] = ["strategilotsen", "bare botbuilder"];
const abba: BotName[] = ["strategilotsen", "bare botbuilder", "bare botbuilder", "strategilotsen"];
/**
 * ABBA twice: a p99 is the 20th-slowest of 2,000 replies, and one garbage collection pausing 50 chats
 * at once moved it by a quarter from one bench to the next; 4,000 replies a bot halve that noise.
 */
const order: BotName[] = [...abba, ...abba];

type BotName = "strategilotsen" | "bare botbuilder";
type RunningBot = Pick<AppUnderTest, "url" | "close">;
type Run = { bot: BotName; result: ChatLoadResult };

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
      // As production starts it: the search warmed up before the app serves (`core/search/warm-up.ts`).
      strategilotsen: await startApp({ SEARCH_WARM_UP: "on" }, {}, productionLogger()),
      "bare botbuilder": await startBareBot(),
    };
    const runs: Run[] = [];
    try {
      for (const bot of warmUpOrder) {
        output.progress(`reply-latency: unmeasured warm-up run, ${bot}`);
        await measureRun(bots[bot].url, questions, `warm-up-${bot.replace(/\W/g, "-")}`, output);
      }
      for (const [index, bot] of order.entries()) {
        output.progress(`reply-latency: run ${index + 1}/${order.length}, ${bot}`);
        runs.push({ bot, result: await measureRun(bots[bot].url, questions, `run${index + 1}`, output) });
      }
    } finally {
      await Promise.all(Object.values(bots).map((bot) => bot.close()));
    }
    return printResults(runs, questions.length, output);
  },
};

/**
 * A logger as production has it (`LOG_LEVEL` info, pino's JSON lines), writing into a stream that drops
 * them: the app's logging work is measured, the terminal is not.
 */
function productionLogger() {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  return pino({ level: "info" }, discard);
}

/** One run against one bot: a fresh connector stand-in, then the load, each chat warming up first. */
async function measureRun(
  botUrl: string,
  questions: readonly BenchQuestion[],
  runId: string,
  output: BenchOutput,
): Promise<ChatLoadResult> {
  // A fresh stand-in per run: it keeps every reply, and its waits look through all of them.
  const connector = await startConnectorStandIn();
  try {
    const result = await runChatLoad({ botUrl, connector, questions, runId, ...load });
    reportErrors(result, runId, output);
    return result;
  } finally {
    await connector.close();
  }
}

/** A run out of time is only noted (its row shows it); a failed chat fails the bench. */
function reportErrors(result: ChatLoadResult, runId: string, output: BenchOutput): void {
  if (result.outOfTime) output.progress(`reply-latency: ${runId} ran out of time`);
  for (const error of result.errors) output.progress(`reply-latency: ${runId}: ${error}`);
  if (result.errors.length > 0) process.exitCode = 1;
}

function printResults(runs: readonly Run[], messageCount: number, output: BenchOutput): SummaryRow[] {
  const resultsOf = (bot: BotName) => runs.filter((run) => run.bot === bot).map((run) => run.result);
  const app = summarizeChatLoad(resultsOf("strategilotsen"));
  const floor = summarizeChatLoad(resultsOf("bare botbuilder"));
  const ratio = app.p99 / floor.p99;
  const p50Ratio = app.p50 / floor.p50;
  const throughputRatio = app.throughput / floor.throughput;
  const perRun = runs.map((run, index) => {
    const nth = runs.slice(0, index + 1).filter((other) => other.bot === run.bot).length;
    return tableRow(`${run.bot} #${nth} (run ${index + 1})`, [run.result], "");
  });
  output.print(
    `${messageCount} messages in the mix; each chat first sends ${load.warmUpPerChat} unmeasured warm-up questions`,
  );
  output.print("");
  const table = formatTable(
    ["name", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "p99 / floor"],
    [
      ...perRun,
      tableRow("strategilotsen, all runs", resultsOf("strategilotsen"), `${fixed(ratio, 2)}×`),
      tableRow("bare botbuilder, all runs", resultsOf("bare botbuilder"), "1.00×"),
    ],
  );
  for (const line of table) output.print(line);
  return [
    {
      measure: `reply latency p50 / p99 at ${load.chats} chats, ratio to the bare bot`,
      measured: `${fixed(p50Ratio, 2)}× / ${fixed(ratio, 2)}× (${fixed(app.p50)} / ${fixed(app.p99)} ms vs ${fixed(floor.p50)} / ${fixed(floor.p99)} ms)`,
      aim: `≤ ${aim}× / ≤ ${aim}×`,
      met: p50Ratio <= aim && ratio <= aim,
    },
    {
      measure: `answers per second at ${load.chats} chats (one instance), ratio to the bare bot`,
      measured: `${fixed(throughputRatio, 2)}× (${fixed(app.throughput, 0)} vs ${fixed(floor.throughput, 0)} /s)`,
      aim: `≥ ${throughputAim}×`,
      met: throughputRatio >= throughputAim,
    },
  ];
}

function tableRow(name: string, results: readonly ChatLoadResult[], ratio: string): string[] {
  const summary = summarizeChatLoad(results);
  const planned = results.reduce((sum, result) => sum + result.planned, 0);
  const requests = summary.count === planned ? String(planned) : `${summary.count}/${planned}`;
  const times = [summary.p50, summary.p90, summary.p99, summary.max].map((value) => fixed(value));
  return [name, requests, fixed(summary.throughput, 0), ...times, ratio];
}
