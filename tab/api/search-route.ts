import type { Item } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import type { SearchOutcome } from "../../core/search/answer.ts";
import { queryValue } from "./request-input.ts";
import { itemView, unitSummary } from "./strategy-views.ts";
import type { SearchResponse } from "./tab-api-contract.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/**
 * `GET /api/tab/search?q=<question>`: the bot's own search instance, so the tab's search box gives the
 * chat's answer. `q` must hold a letter or digit and be at most `MAX_QUESTION_LENGTH` (500) characters;
 * the question is never logged.
 */
export function searchRoute(context: TabRouteContext): TabRoute {
  const { maxQuestionLength } = context.config;
  return {
    method: "get",
    path: "/api/tab/search",
    handler: async function search(req, res) {
      await context.throttle(await context.caller(req, res), res);
      const question = (queryValue(req, "q") ?? "").trim();
      if (!/[\p{L}\p{N}]/u.test(question)) throw new AppError(400, "tab: q: ask a question");
      if (question.length > maxQuestionLength) {
        throw new AppError(400, `tab: q: at most ${maxQuestionLength} characters`);
      }
      res.send(searchResponse(context.search.search(question)));
    },
  };
}

/** The search's outcome as the contract has it: items as views, related items and suggestions as links. */
export function searchResponse(outcome: SearchOutcome): SearchResponse {
  switch (outcome.kind) {
    case "answer":
      return {
        kind: "answer",
        item: itemView(outcome.answer.item),
        paragraphIndexes: [...outcome.answer.paragraphIndexes],
        related: outcome.answer.related.map(itemLink),
      };
    case "structure": {
      // The tab has no structure view: it shows the paragraph that says it (or the first section
      // named) and offers the other sections named as related.
      const [lead] = outcome.structure.lead;
      const { lines } = outcome.structure;
      const items = [...new Set(lines.flatMap((line) => ("item" in line.opens ? [line.opens.item] : [])))];
      const first = lead?.item ?? items[0];
      if (!first) return { kind: "not-found", suggestions: [] };
      return {
        kind: "answer",
        item: itemView(first),
        paragraphIndexes: lead ? [...lead.paragraphIndexes] : [0],
        related: items
          .filter((item) => item !== first)
          .slice(0, 3)
          .map(itemLink),
      };
    }
    case "choices":
      return { kind: "not-found", suggestions: outcome.candidates.map(itemLink) };
    case "not-found":
      return { kind: "not-found", suggestions: outcome.suggestions.map(itemLink) };
    case "unit-overview":
      return { kind: "unit-overview", unit: unitSummary(outcome.unit) };
  }
}

function itemLink(item: Item): { id: string; title: string; breadcrumb: string[] } {
  return { id: item.id, title: item.title, breadcrumb: [...item.breadcrumb] };
}
