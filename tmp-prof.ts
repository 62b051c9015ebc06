import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { benchQuestions } from "./bench/bench-questions.ts";
import { runChatLoad, summarizeChatLoad } from "./bench/chat-load.ts";
import { startApp } from "./harness/app-under-test.ts";
import { startConnectorStandIn } from "./harness/connector-stand-in.ts";

const app = await startApp();
const questions = benchQuestions();
const load = async (id: string, n: number) => {
  const connector = await startConnectorStandIn();
  const r = await runChatLoad({
    botUrl: app.url,
    connector,
    questions,
    runId: id,
    chats: 50,
    questionsPerChat: n,
    warmUpPerChat: 2,
    timeBudgetMs: 60000,
    replyTimeoutMs: 60000,
  });
  await connector.close();
  return r;
};
await load("warm", 4);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 500 });
await session.post("Profiler.start");
const r = await load("prof", 20);
const { profile } = await session.post("Profiler.stop");
writeFileSync(process.argv[2] ?? "/tmp/app.cpuprofile", JSON.stringify(profile));
console.log(summarizeChatLoad([r]), r.errors.length);
await app.close();
