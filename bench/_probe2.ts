import { startConnectorStandIn } from "../test/support/connector-stand-in.ts";
import { startApp } from "../test/support/app-under-test.ts";
import { messageActivity } from "../test/support/teams-activities.ts";
import { startBareBot } from "./bare-bot.ts";
import { benchQuestions } from "./bench-questions.ts";
import { runChatLoad } from "./chat-load.ts";

const which = process.argv[2] ?? "bare";
const chats = 50, M = 20;
const bot = which === "bare" ? await startBareBot() : await startApp();
const questions = benchQuestions();
const connector = await startConnectorStandIn();
await runChatLoad({ botUrl: bot.url, connector, questions, chats, questionsPerChat: 2, runId: `w` });
type Rec = { chat: number; turn: number; q: string; start: number; reply: number; post: number };
const recs: Rec[] = [];
const t0 = performance.now();
await Promise.all(Array.from({ length: chats }, async (_, chat) => {
  const id = `m-${chat}`;
  for (let turn = 0; turn < M; turn++) {
    const q = questions[(chat * M + turn) % questions.length]!;
    const act = messageActivity(q.text, { serviceUrl: connector.serviceUrl, conversationId: id, locale: q.locale });
    const start = performance.now() - t0;
    let reply = 0;
    const w = connector.waitFor(id, turn + 1, 20000).then(() => { reply = performance.now() - t0; });
    const r = await fetch(`${bot.url}/api/messages`, { method: "POST", body: JSON.stringify(act), headers: { "content-type": "application/json" } });
    await r.arrayBuffer();
    const post = performance.now() - t0;
    await w;
    recs.push({ chat, turn, q: q.text.slice(0, 30), start, reply, post });
  }
}));
const lat = recs.map((r) => ({ ...r, lat: r.reply - r.start }));
lat.sort((a, b) => b.lat - a.lat);
console.log("total", (performance.now() - t0).toFixed(0));
for (const r of lat.slice(0, 15)) console.log(`chat ${r.chat} turn ${r.turn} start ${r.start.toFixed(0)} lat ${r.lat.toFixed(0)} replyToPost ${(r.post - r.reply).toFixed(0)} ${r.q}`);
// per-chat totals
const perChat = new Map<number, number>();
for (const r of lat) perChat.set(r.chat, (perChat.get(r.chat) ?? 0) + r.lat);
const pc = [...perChat.values()].sort((a, b) => a - b);
console.log("per-chat total ms: min", pc[0]!.toFixed(0), "median", pc[25]!.toFixed(0), "max", pc.at(-1)!.toFixed(0));
// by turn
const byTurn = Array.from({ length: M }, (_, t) => lat.filter((r) => r.turn === t).reduce((s, r) => Math.max(s, r.lat), 0));
console.log("max lat by turn", byTurn.map((x) => x.toFixed(0)).join(" "));
await connector.close(); await bot.close();
