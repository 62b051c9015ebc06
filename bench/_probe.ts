import { monitorEventLoopDelay } from "node:perf_hooks";
import { startApp } from "../test/support/app-under-test.ts";
import { startConnectorStandIn } from "../test/support/connector-stand-in.ts";
import { startBareBot } from "./bare-bot.ts";
import { benchQuestions } from "./bench-questions.ts";
import { runChatLoad } from "./chat-load.ts";
import { summarizeLatencies } from "./latency-stats.ts";

const which = process.argv[2] ?? "bare";
const chats = Number(process.argv[3] ?? 50);
const bot = which === "bare" ? await startBareBot() : await startApp();
const questions = benchQuestions();
for (let run = 0; run < 2; run++) {
  const connector = await startConnectorStandIn();
  await runChatLoad({ botUrl: bot.url, connector, questions, chats, questionsPerChat: 2, runId: `w${run}` });
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  const r = await runChatLoad({
    botUrl: bot.url,
    connector,
    questions,
    chats,
    questionsPerChat: 20,
    runId: `m${run}`,
  });
  h.disable();
  const s = summarizeLatencies(r.latenciesMs);
  console.log(
    which,
    chats,
    "dur",
    r.durationMs.toFixed(0),
    "rps",
    ((r.latenciesMs.length / r.durationMs) * 1000).toFixed(0),
    "mean",
    s.mean.toFixed(1),
    "p50",
    s.p50.toFixed(1),
    "p99",
    s.p99.toFixed(1),
    "max",
    s.max.toFixed(1),
    "| loop delay p50",
    (h.percentile(50) / 1e6).toFixed(1),
    "p99",
    (h.percentile(99) / 1e6).toFixed(1),
    "max",
    (h.max / 1e6).toFixed(1),
    t0 > 0 ? "" : "",
  );
  await connector.close();
}
await bot.close();
