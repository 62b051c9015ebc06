/**
 * `npm run eval`: asks the running bot every question of every evaluation set over HTTP, as Teams would
 * (one conversation per question, the Teams locale by the question's language), and prints one block per
 * set. `--verbose` lists every miss with what the bot replied; `--set <name>` asks one set only.
 */

import { loadStrategy } from "../core/content/load-strategy.ts";
import { startApp } from "../harness/app-under-test.ts";
import { startConnectorStandIn } from "../harness/connector-stand-in.ts";
import { type EvalQuestion, type EvalSet, loadEvalSets } from "../harness/eval-sets.ts";
import { messageActivity } from "../harness/teams-activities.ts";
import { type EvalReply, readReply } from "./eval-reply.ts";
import { type EvalResult, judge, summarize } from "./eval-set.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : undefined;
const sets = loadEvalSets().filter((set) => only === undefined || set.name === only);
if (sets.length === 0) throw new Error(`eval: no evaluation set${only ? ` named "${only}"` : ""} found`);

const { itemById } = loadStrategy("content/strategi-2025");
const connector = await startConnectorStandIn();
const app = await startApp();
const blocks: string[][] = [];
for (const set of sets) {
  const results: EvalResult[] = [];
  for (const question of set.questions) {
    const reply = await ask(`eval-${set.name}-${question.id}`, question);
    const result = judge(question, reply, itemById);
    results.push(result);
    if (verbose && !result.hit) printMiss(set, result);
  }
  blocks.push(summarize(set, results));
}
for (const block of blocks) console.log(`${block.join("\n")}\n`);
await app.close();
await connector.close();

async function ask(conversationId: string, question: EvalQuestion): Promise<EvalReply> {
  const locale = question.lang === "da" ? "da-DK" : "en-US";
  await app.post(
    "/api/messages",
    messageActivity(question.question, { serviceUrl: connector.serviceUrl, conversationId, locale }),
  );
  const [sent] = await connector.waitFor(conversationId);
  return readReply(sent?.activity.attachments?.[0]?.content);
}

function printMiss(set: EvalSet, { question, reply }: EvalResult): void {
  const got =
    reply.kind === "answer" || reply.kind === "structure"
      ? `${reply.kind}: ${reply.text.replace(/\s+/g, " ").slice(0, 160)}`
      : reply.kind === "choices"
        ? `choices: ${reply.itemIds.join(", ")}`
        : reply.kind;
  console.log(
    `MISS ${set.name}/${question.id} [${question.kind}] ${question.question}\n     want ${JSON.stringify(question.must_include)}\n     got  ${got}`,
  );
}
