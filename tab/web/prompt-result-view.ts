import type { CommentResult, GroupResult, PromptResult, QuestionInfo } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { type HeadingLevel, heading } from "./item-view.ts";
import { distributionWithTable } from "./result-tables.ts";
import type { TabPage } from "./start-page.ts";

/**
 * One meeting's or initiative's results on the leaders' dashboard: its title and kind, its figures (or the
 * "too few answers" state) and its comments, each exactly as written.
 */
export function promptResultView(
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
    distributionWithTable(shown.distribution, question?.scale[page.language], t),
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
