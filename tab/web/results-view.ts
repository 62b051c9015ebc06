import type {
  CommentResult,
  FeedbackResults,
  GroupResult,
  MeResponse,
  PromptResult,
  QuestionInfo,
  UnitResult,
} from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import { type HeadingLevel, heading } from "./item-view.ts";
import { distributionChart, weeklyMeansChart } from "./result-charts.ts";
import { distributionTable, weeklyTable } from "./result-tables.ts";
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
      csvButton(page, input.unitId),
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
        ...(each.result.hidden
          ? []
          : [
              chartWithTable(
                distributionChart(each.result.distribution, t),
                distributionTable(each.result.distribution, question?.scale[page.language], t),
              ),
            ]),
        each.weeks.length > 0
          ? chartWithTable(weeklyMeansChart(each.weeks, t), weeklyTable(each.weeks, t))
          : null,
      );
    }),
    heading(level, t.tab.results.byPrompt),
    el(
      "div",
      { class: "prompt-grid" },
      ...unit.prompts.map((prompt) => promptBlock(page, prompt, sub, min, questionOf(prompt.question))),
    ),
  );
}

/** A chart with its data table beside it (below it on a narrow screen). */
function chartWithTable(chart: HTMLElement, table: HTMLElement): HTMLElement {
  return el("div", { class: "chart-with-table" }, chart, table);
}

function promptBlock(
  page: TabPage,
  prompt: PromptResult,
  level: HeadingLevel,
  min: number,
  question: QuestionInfo | undefined,
): HTMLElement {
  const { t } = page;
  return el(
    "section",
    { class: "card prompt-result", "data-prompt": prompt.promptId },
    heading(level, prompt.title, { lang: "da" }),
    el("p", { class: "muted" }, t.tab.results.kinds[prompt.kind]),
    ...figures(page, prompt.result, min, question),
    prompt.comments.length > 0
      ? el(
          "div",
          {},
          heading((level + 1) as HeadingLevel, t.shared.results.comments),
          el("ul", { class: "comments" }, ...prompt.comments.map((comment) => commentItem(page, comment))),
        )
      : null,
  );
}

/** A group's numbers, chart and table with the question's scale, or the "too few answers" state. */
function figures(
  page: TabPage,
  shown: GroupResult,
  min: number,
  question: QuestionInfo | undefined,
): HTMLElement[] {
  const { t } = page;
  if (shown.hidden)
    return [
      el(
        "div",
        { class: "hidden-group" },
        el("p", { class: "hidden-title" }, t.shared.results.tooFew),
        el("p", {}, shown.reason === "tooFew" ? t.tab.results.tooFewNote(min) : t.shared.results.derivable),
      ),
    ];
  const number = new Intl.NumberFormat(t.shared.numberLocale, { maximumFractionDigits: 1 });
  return [
    el(
      "p",
      { class: "figures" },
      t.shared.results.figures(number.format(shown.count), number.format(shown.mean)),
    ),
    chartWithTable(
      distributionChart(shown.distribution, t),
      distributionTable(shown.distribution, question?.scale[page.language], t),
    ),
  ];
}

/** A comment exactly as written, as text: never markup, whatever it contains. */
function commentItem(page: TabPage, comment: CommentResult): HTMLElement {
  const day = new Date(`${comment.on}T12:00:00Z`).toLocaleDateString(page.t.shared.numberLocale, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return el(
    "li",
    {},
    el("span", { class: "comment-text" }, comment.text),
    el("span", { class: "meta" }, `${comment.name ?? page.t.tab.results.anonymous} · ${day}`),
  );
}

/** Downloads the CSV through the API (so the SSO token goes with it) and saves it as a file. */
function csvButton(page: TabPage, unitId: string): HTMLElement {
  const status = el("span", { role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "secondary" }, page.t.tab.results.downloadCsv);
  button.addEventListener("click", () => {
    page.api
      .resultsCsv(unitId, page.language)
      .then((csv) => {
        const link = el("a", {
          href: URL.createObjectURL(csv),
          download: `strategi-2025-resultater-${unitId}.csv`,
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      })
      .catch((error: unknown) => {
        status.replaceChildren(alertBox(describeError(page, error)));
      });
  });
  return el("div", { class: "actions" }, button, status);
}
