/**
 * `npm run eval:search`: the evaluation of `npm run eval` without the HTTP round trip — every question
 * goes through the bot's own reply (`replyToMessage`) and is judged from its card the same way — so a
 * search option can be measured in seconds. `--options '<json>'` passes search options (for instance
 * `'{"classifierWeight":0}'` to leave the passage classifier out); `--set <name>` asks one set only;
 * `--verbose` lists every miss. `npm run eval` stays the figure to report: it runs the whole app.
 */

import { replyToMessage } from "../bot/flows/question-flow.ts";
import { readConfig } from "../core/config.ts";
import { loadStrategy } from "../core/content/load-strategy.ts";
import { loadLexicon } from "../core/search/lexicon.ts";
import { createStrategySearch, type StrategySearchOptions } from "../core/search/strategy-search.ts";
import { loadEvalSets } from "../harness/eval-sets.ts";
import { readReply } from "./eval-reply.ts";
import { type EvalResult, judge, summarize } from "./eval-set.ts";

const args = process.argv.slice(2);
const argumentAfter = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const only = argumentAfter("--set");
const options = JSON.parse(argumentAfter("--options") ?? "{}") as StrategySearchOptions;
const sets = loadEvalSets().filter((set) => only === undefined || set.name === only);
if (sets.length === 0) throw new Error(`eval: no evaluation set${only ? ` named "${only}"` : ""} found`);

const config = readConfig(process.env);
const strategy = loadStrategy(config.contentDir);
const bot = {
  strategy,
  search: createStrategySearch(strategy, loadLexicon(config.lexiconDir), options),
  maxQuestionLength: config.maxQuestionLength,
};
for (const set of sets) {
  const results: EvalResult[] = set.questions.map((question) =>
    judge(question, readReply(replyToMessage(bot, question.question, question.lang)), strategy.itemById),
  );
  if (args.includes("--verbose"))
    for (const { question, reply, hit } of results)
      if (!hit)
        console.log(
          `MISS ${set.name}/${question.id} [${question.kind}] ${question.question} → ${reply.kind}`,
        );
  console.log(`${summarize(set, results).join("\n")}\n`);
}
