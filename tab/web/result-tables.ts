import type { UiText } from "../../core/i18n/ui-text.ts";
import type { Distribution, ScaleLabels, WeekResult } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { distributionChart, maxWeeks, weekLabel } from "./result-charts.ts";

/** A table of the distribution beside its chart: each rating, what it means on this question's scale, how many. */
export function distributionTable(distribution: Distribution, scale: ScaleLabels | undefined, t: UiText) {
  return table(
    t.shared.results.distribution,
    [t.tab.results.ratingAxis, t.tab.results.meaning, t.tab.results.countAxis],
    distribution.map((count, index) => [String(index + 1), scale?.[index] ?? "", String(count)]),
  );
}

/** A table of the weekly means beside their chart, the same weeks; a hidden week says so in words. */
export function weeklyTable(weeks: readonly WeekResult[], t: UiText): HTMLElement {
  const format = new Intl.NumberFormat(t.shared.numberLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return table(
    t.tab.results.overTime,
    [t.tab.results.weekAxis, t.tab.results.meanAxis, t.tab.results.countAxis],
    weeks
      .slice(-maxWeeks)
      .map(({ week, result }) =>
        result.hidden
          ? [weekLabel(week, t), t.shared.results.tooFewInText, "–"]
          : [weekLabel(week, t), format.format(result.mean), String(result.count)],
      ),
  );
}

function table(caption: string, headings: readonly string[], rows: readonly string[][]): HTMLElement {
  return el(
    "table",
    { class: "data-table" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...headings.map((text) => el("th", { scope: "col" }, text)))),
    el(
      "tbody",
      {},
      ...rows.map(([first, ...rest]) =>
        el("tr", {}, el("th", { scope: "row" }, first), ...rest.map((cell) => el("td", {}, cell))),
      ),
    ),
  );
}

/** A chart with its data table beside it (below it on a narrow screen). */
export function chartWithTable(chart: HTMLElement, table: HTMLElement): HTMLElement {
  return el("div", { class: "chart-with-table" }, chart, table);
}

/** The distribution's chart with its table beside it, the table giving each rating's meaning on the scale. */
export function distributionWithTable(
  distribution: Distribution,
  scale: ScaleLabels | undefined,
  t: UiText,
): HTMLElement {
  return chartWithTable(distributionChart(distribution, t), distributionTable(distribution, scale, t));
}
