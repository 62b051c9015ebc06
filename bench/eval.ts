/**
 * `npm run eval`: asks the running bot every evaluation question over HTTP, as Teams would, and prints
 * hit rates. `--verbose` lists every miss with what the bot answered instead.
 */

import { startApp } from "../harness/app-under-test.ts";
import { startConnectorStandIn } from "../harness/connector-stand-in.ts";
import { messageActivity } from "../harness/teams-activities.ts";
import { type EvalReply, isHit, loadEvalQuestions, summarize } from "./eval-set.ts";

const verbose = process.argv.includes("--verbose");
const connector = await startConnectorStandIn();
const app = await startApp();
const results = [];
for (const [index, question] of loadEvalQuestions().entries()) {
  const conversationId = `eval-${index}`;
  const locale = question.lang === "da" ? "da-DK" : "en-US";
  await app.post(
    "/api/messages",
    messageActivity(question.question, { serviceUrl: connector.serviceUrl, conversationId, locale }),
  );
  const [sent] = await connector.waitFor(conversationId);
  const reply = readReply(sent?.activity.attachments?.[0]?.content);
  const hit = isHit(question, reply);
  results.push({ question, hit });
  if (verbose && !hit) {
    const shown = reply.kind === "answer" ? reply.quote.slice(0, 160) : reply.kind;
    console.log(
      `MISS ${question.set}/${question.id} [${question.kind}] ${question.question}\n     want ${JSON.stringify(question.must_include)}\n     got  ${shown}`,
    );
  }
}
for (const line of summarize(results)) console.log(line);
await app.close();
await connector.close();

/** The answer card's first container holds the quote; the not-found card's first line says so. */
function readReply(card: Record<string, unknown> | undefined): EvalReply {
  const body = (card?.body ?? []) as { type: string; text?: string; items?: { text?: string }[] }[];
  const first = body[0];
  if (first?.type === "Container") {
    const quote = (first.items ?? []).map((block) => block.text ?? "").join("\n");
    return { kind: "answer", quote: quote.replace(/\\(.)/g, "$1") };
  }
  const text = first?.text ?? "";
  return /^(Jeg kunne ikke finde|I couldn't find)/.test(text)
    ? { kind: "not-found" }
    : { kind: "other", text };
}
