import type { UiText } from "../../core/i18n/ui-text.ts";
import type { Distribution, WeekResult } from "../api/tab-api-contract.ts";
import { el, svg, uniqueId } from "./dom.ts";

/** Drawing area of every chart, in SVG units; the CSS scales it to its column. */
const size = { width: 420, height: 210, top: 30, bottom: 40, left: 40, right: 8 };
/** Most weeks a chart shows: the latest ones. */
export const maxWeeks = 12;

/** A bar: its value (undefined for a hidden group), its label below and the value written above it. */
interface Bar {
  value: number | undefined;
  label: string;
  text: string;
}

/** What a chart shows: bars on a y axis from 0 (or `yMin`) to `yMax` with `ticks`, axis titles. */
interface ChartSpec {
  caption: string;
  /** The numbers in words: the SVG's accessible name (the table beside it has them too). */
  description: string;
  bars: readonly Bar[];
  yMin: number;
  yMax: number;
  ticks: readonly number[];
  xTitle: string;
  yTitle: string;
  /** Written along an empty slot: the group is hidden, so there is no bar, only these words. */
  hiddenText: string;
}

/** How many answers gave each rating, as bars 1–5 on a count axis. */
export function distributionChart(distribution: Distribution, t: UiText): HTMLElement {
  const most = Math.max(1, ...distribution);
  const step = Math.max(1, Math.ceil(most / 4));
  const top = step * Math.ceil(most / step);
  return chart({
    caption: t.shared.results.distribution,
    description: t.tab.results.distributionAlt(distribution),
    bars: distribution.map((count, index) => ({
      value: count,
      label: String(index + 1),
      text: String(count),
    })),
    yMin: 0,
    yMax: top,
    ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step),
    xTitle: t.tab.results.ratingAxis,
    yTitle: t.tab.results.countAxis,
    hiddenText: t.shared.results.tooFewInText,
  });
}

/** The mean per ISO week (latest weeks) on the 1–5 scale; a hidden week has no bar, only "for få svar". */
export function weeklyMeansChart(weeks: readonly WeekResult[], t: UiText): HTMLElement {
  const shown = weeks.slice(-maxWeeks);
  const format = new Intl.NumberFormat(t.shared.numberLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return chart({
    caption: t.tab.results.overTime,
    description: t.tab.results.overTimeAlt(
      shown.map(({ week, result }) => ({
        week: weekLabel(week, t),
        ...(result.hidden ? {} : { mean: format.format(result.mean) }),
      })),
    ),
    bars: shown.map(({ week, result }) => ({
      value: result.hidden ? undefined : result.mean,
      label: weekLabel(week, t),
      text: result.hidden ? "" : format.format(result.mean),
    })),
    yMin: 0,
    yMax: 5,
    ticks: [1, 2, 3, 4, 5],
    xTitle: t.tab.results.weekAxis,
    yTitle: t.tab.results.meanAxis,
    hiddenText: t.shared.results.tooFewInText,
  });
}

/** An ISO week (`2025-W49`) as the UI says it: "uge 49", "week 49". */
export function weekLabel(isoWeek: string, t: UiText): string {
  const number = Number(/W(\d{1,2})$/.exec(isoWeek)?.[1]);
  return Number.isFinite(number) ? t.tab.results.week(number) : isoWeek;
}

/**
 * A bar chart as an SVG image named by its description, with a y axis (ticks and grid lines), labels
 * on the x axis, both axes titled, and a visible caption. Colours come from the theme's tokens.
 */
function chart(spec: ChartSpec): HTMLElement {
  const titleId = uniqueId("chart");
  const plot = {
    left: size.left,
    right: size.width - size.right,
    top: size.top,
    bottom: size.height - size.bottom,
  };
  const y = (value: number) =>
    plot.bottom - ((value - spec.yMin) / (spec.yMax - spec.yMin)) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(spec.bars.length, 5);
  const width = Math.min(36, slot * 0.6);
  const axis = spec.ticks.flatMap((tick) => [
    svg("line", { class: "grid", x1: plot.left, x2: plot.right, y1: round(y(tick)), y2: round(y(tick)) }),
    svg("text", { class: "tick", x: plot.left - 6, y: round(y(tick)) + 4, "text-anchor": "end" }, tick),
  ]);
  const bars = spec.bars.flatMap((bar, index) => {
    const middle = plot.left + index * slot + slot / 2;
    const label = svg(
      "text",
      { class: "tick", x: round(middle), y: plot.bottom + 14, "text-anchor": "middle" },
      bar.label,
    );
    if (bar.value === undefined)
      return [
        label,
        svg(
          "text",
          {
            class: "hidden-bar",
            x: round(middle) + 4,
            y: plot.bottom - 6,
            transform: `rotate(-90 ${round(middle) + 4} ${plot.bottom - 6})`,
          },
          spec.hiddenText,
        ),
      ];
    const top = y(bar.value);
    return [
      svg("rect", {
        class: "bar",
        x: round(middle - width / 2),
        y: round(top),
        width: round(width),
        height: round(Math.max(plot.bottom - top, bar.value > 0 ? 1 : 0)),
        rx: 2,
      }),
      svg("text", { class: "value", x: round(middle), y: round(top) - 4, "text-anchor": "middle" }, bar.text),
      label,
    ];
  });
  return el(
    "figure",
    { class: "chart" },
    svg(
      "svg",
      { viewBox: `0 0 ${size.width} ${size.height}`, role: "img", "aria-labelledby": titleId },
      svg("title", { id: titleId }, spec.description),
      ...axis,
      svg("line", { class: "axis", x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }),
      svg("line", { class: "axis", x1: plot.left, x2: plot.left, y1: plot.top, y2: plot.bottom }),
      ...bars,
      svg(
        "text",
        { class: "axis-title", x: (plot.left + plot.right) / 2, y: size.height - 4, "text-anchor": "middle" },
        spec.xTitle,
      ),
      svg("text", { class: "axis-title", x: 2, y: 12 }, spec.yTitle),
    ),
    // The table beside the chart shows the same caption; a screen reader hears it here too.
    el("figcaption", { class: "visually-hidden" }, spec.caption),
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
