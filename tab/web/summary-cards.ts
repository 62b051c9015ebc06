import type { UiText } from "../../core/i18n/ui-text.ts";
import type { GroupResult, WeekResult } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { weekLabel } from "./result-charts.ts";

/**
 * The three numbers a leader looks at first, as Viva Pulse shows them: answers, mean (of 5), and the
 * trend — the latest shown week's mean against the shown week before it. A hidden group shows no
 * number at all, only why.
 */
export function summaryCards(result: GroupResult, weeks: readonly WeekResult[], t: UiText, min: number) {
  const number = new Intl.NumberFormat(t.shared.numberLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const card = (label: string, value: string, note?: string) =>
    el(
      "div",
      { class: "summary-card" },
      el("p", { class: "summary-label" }, label),
      el("p", { class: "summary-value" }, value),
      note ? el("p", { class: "summary-note" }, note) : null,
    );
  if (result.hidden)
    return el(
      "div",
      { class: "summary-cards" },
      card(
        t.tab.results.answers,
        t.shared.results.tooFew,
        result.reason === "tooFew" ? t.tab.results.tooFewNote(min) : t.shared.results.derivable,
      ),
    );
  const shownWeeks = weeks.filter((week) => !week.result.hidden);
  const [before, latest] = shownWeeks.slice(-2);
  const trend =
    before && latest && !before.result.hidden && !latest.result.hidden
      ? card(
          t.tab.results.trend,
          signed(latest.result.mean - before.result.mean, number),
          t.tab.results.trendSince(weekLabel(before.week, t), weekLabel(latest.week, t)),
        )
      : card(t.tab.results.trend, "–", t.tab.results.noTrend);
  return el(
    "div",
    { class: "summary-cards" },
    card(t.tab.results.answers, String(result.count)),
    card(t.tab.results.mean, `${number.format(result.mean)} / 5`),
    trend,
  );
}

/** A change with its sign, "+0,3" or "−0,2" (a true minus sign), "±0,0" for none. */
function signed(change: number, number: Intl.NumberFormat): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return `±${number.format(0)}`;
  return `${rounded > 0 ? "+" : "−"}${number.format(Math.abs(rounded))}`;
}
