import type { FeedbackResults, MeResponse, UnitResult } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { type HeadingLevel, heading } from "./item-view.ts";
import { promptResultView } from "./prompt-result-view.ts";
import { weeklyMeansChart } from "./result-charts.ts";
import { chartWithTable, distributionWithTable, weeklyTable } from "./result-tables.ts";
import { resultsCsvButton } from "./results-csv-button.ts";
import type { TabPage } from "./start-page.ts";
import { summaryCards } from "./summary-cards.ts";

/**
 * Whether the person may see a scope's results, as `GET /api/tab/me` tells from their app roles: a unit
 * with its role or `Results.All`, and everything in local mode; `all` shows a leader the units they may see.
 */
export function maySeeResults(me: MeResponse, unitId: string): boolean {
  if (me.localMode || me.resultsFor === "all") return true;
  return unitId === "all" ? me.resultsFor.length > 0 : me.resultsFor.includes(unitId);
}

/**
 * The leaders' dashboard for a scope: per unit and per question (meeting usefulness and initiative
 * quality are never merged, each keeps its own scale), summary cards, the distribution and the weekly
 * means as charts with a data table beside each, then each meeting and initiative with its comments.
 * A hidden group is drawn as a "too few answers" state with no number; no answers at all is an empty
 * state that says what will appear. Local mode is said once, by the page's banner.
 */
export function resultsView(
  page: TabPage,
  input: { unitId: string; scopeName: string; me: MeResponse; results: FeedbackResults },
): HTMLElement[] {
  const { t } = page;
  const { results } = input;
  const several = results.units.length > 1;
  const level = (several ? 4 : 3) as HeadingLevel;
  const units = results.units.filter((unit) => unit.prompts.length > 0);
  return [
    el(
      "div",
      { class: "results-header" },
      el(
        "div",
        {},
        el("h2", { id: "results-heading" }, t.tab.results.heading(input.scopeName)),
        el("p", { class: "muted" }, t.tab.results.intro(results.minGroupSize)),
      ),
      resultsCsvButton(page, input.unitId),
    ),
    results.demo ? el("p", { class: "message-bar warning" }, t.tab.results.demo) : null,
    ...(units.length === 0
      ? [
          el(
            "div",
            { class: "empty-state" },
            el("p", {}, t.tab.results.noAnswers),
            el("p", { class: "muted" }, t.tab.results.noAnswersHint),
          ),
        ]
      : units.flatMap((unit) => [
          several
            ? heading(3, unit.name ?? t.tab.results.noUnit, { lang: "da", class: "unit-heading" })
            : null,
          unitBlock(page, unit, level, results),
        ])),
  ].filter((node): node is HTMLElement => node !== null);
}

/** A unit's results per question (never merged: each has its own scale), then per prompt. */
function unitBlock(
  page: TabPage,
  unit: UnitResult,
  level: HeadingLevel,
  results: FeedbackResults,
): HTMLElement {
  const { t } = page;
  const sub = (level + 1) as HeadingLevel;
  const min = results.minGroupSize;
  const questionOf = (id: string) => results.questions.find((question) => question.id === id);
  return el(
    "div",
    { class: "unit-results" },
    ...unit.questions.map((each) => {
      const question = questionOf(each.question);
      return el(
        "section",
        { class: "card question-result", "data-question": each.question },
        heading(level, question?.text[page.language] ?? each.question),
        summaryCards(each.result, each.weeks, t, min),
        each.result.hidden
          ? null
          : distributionWithTable(each.result.distribution, question?.scale[page.language], t),
        each.weeks.length > 0
          ? chartWithTable(weeklyMeansChart(each.weeks, t), weeklyTable(each.weeks, t))
          : null,
      );
    }),
    heading(level, t.tab.results.byPrompt),
    el(
      "div",
      { class: "prompt-grid" },
      ...unit.prompts.map((prompt) => promptResultView(page, prompt, sub, min, questionOf(prompt.question))),
    ),
  );
}
