import type { Strategy } from "../content/strategy.ts";
import type { StrategySearch } from "./strategy-search.ts";

/**
 * Asks the search every example question and alternate the content holds, once, before the app serves
 * anyone: the first questions after a start otherwise pay for compiling the search's code and analysing
 * the strategy's everyday words (a never-asked question's p99 was several times its p50 on a fresh
 * process; `npm run bench -- search-latency` shows both). Returns how many questions were asked.
 * Replies do not change: the search is pure, and what it remembers is each question's own outcome.
 */
export function warmUpSearch(search: Pick<StrategySearch, "search">, strategy: Strategy): number {
  const questions = strategy.items.flatMap((item) => [
    ...item.questions,
    ...item.paragraphs.flatMap((paragraph) => [
      ...(paragraph.questions ?? []),
      ...(paragraph.alternates ?? []),
    ]),
  ]);
  for (const question of questions) search.search(question);
  return questions.length;
}
