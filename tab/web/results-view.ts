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
import type { TabPage } from "./start-page.ts";

/**
 * Whether the person may see a scope's results: a unit's leaders (and leaders of every unit), and
 * everyone in local mode; `all` shows any leader the units they lead.
 */
export function maySeeResults(me: MeResponse, unitId: string): boolean {
  if (me.localMode || me.resultsFor === "all") return true;
  return unitId === "all" ? me.resultsFor.length > 0 : me.resultsFor.includes(unitId);
}

/**
 * The leaders' view of a unit's feedback: answers per initiative and per meeting prompt, their
 * distribution and mean, comments, and the mean per week, as charts with text alternatives. Groups
 * under the threshold say "for få svar" and show nothing else; local mode is marked on the page.
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
    el("h2", { id: "results-heading" }, t.results.heading(input.scopeName)),
    el("p", { class: "muted" }, t.results.intro(results.minGroupSize)),
    csvButton(page, input.unitId),
    ...(units.length === 0
      ? [el("p", {}, t.results.noAnswers)]
      : units.flatMap((unit) => [
          several ? heading(3, unit.name ?? t.results.noUnit, { lang: "da" }) : null,
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
    ...unit.questions.map((each) =>
      el(
        "section",
        { class: "card" },
        heading(level, questionOf(each.question)?.text[page.language] ?? each.question),
        ...figures(page, each.result, min, questionOf(each.question)),
        each.weeks.length > 0 ? weeklyMeansChart(each.weeks, t) : null,
      ),
    ),
    heading(level, t.results.byPrompt),
    ...unit.prompts.map((prompt) => promptBlock(page, prompt, sub, min, questionOf(prompt.question))),
  );
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
    el("p", { class: "muted" }, t.results.kinds[prompt.kind]),
    ...figures(page, prompt.result, min, question),
    prompt.comments.length > 0
      ? el(
          "div",
          {},
          heading((level + 1) as HeadingLevel, t.results.comments),
          el("ul", { class: "comments" }, ...prompt.comments.map((comment) => commentItem(page, comment))),
        )
      : null,
  );
}

/** A group's numbers and bars with the question's scale, or why there are none. */
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
        "p",
        { class: "hidden-group" },
        shown.reason === "tooFew" ? t.results.tooFew(min) : t.results.derivable,
      ),
    ];
  const number = new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 1 });
  return [
    el("p", { class: "figures" }, t.results.figures(number.format(shown.count), number.format(shown.mean))),
    distributionChart(shown.distribution, t),
    question
      ? el(
          "p",
          { class: "muted" },
          `1 = ${question.scale[page.language][0]}, 5 = ${question.scale[page.language][4]}`,
        )
      : null,
  ].filter((node): node is HTMLElement => node !== null);
}

/** A comment exactly as written, as text: never markup, whatever it contains. */
function commentItem(page: TabPage, comment: CommentResult): HTMLElement {
  const day = new Date(`${comment.on}T12:00:00Z`).toLocaleDateString(page.t.numberLocale, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return el(
    "li",
    {},
    el("span", { class: "comment-text" }, comment.text),
    el("span", { class: "meta" }, `${comment.name ?? page.t.results.anonymous} · ${day}`),
  );
}

/** Downloads the CSV through the API (so the SSO token goes with it) and saves it as a file. */
function csvButton(page: TabPage, unitId: string): HTMLElement {
  const status = el("span", { role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "secondary" }, page.t.results.downloadCsv);
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
