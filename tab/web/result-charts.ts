import type { Distribution, WeekResult } from "../api/tab-api-contract.ts";
import { el, svg, uniqueId } from "./dom.ts";
import type { TabStrings } from "./tab-strings.ts";

/** Drawing area of every chart, in SVG units; the CSS scales it to the column. */
const size = { width: 320, height: 150, top: 18, bottom: 24, left: 8 };
/** Most weeks a chart shows: the latest ones. */
const maxWeeks = 12;

/** A bar of a chart: its height as a share of the tallest, its label below and value above. */
interface Bar {
  share: number;
  label: string;
  value: string;
  /** A hidden group: drawn as an empty outline, valued by the caption's words, not a number. */
  empty?: boolean;
}

/** How many answers gave each rating, as bars 1–5, with the counts spelled out as its text alternative. */
export function distributionChart(distribution: Distribution, t: TabStrings): HTMLElement {
  const most = Math.max(1, ...distribution);
  return chart(
    t.results.distribution,
    t.results.distributionAlt(distribution),
    distribution.map((count, index) => ({
      share: count / most,
      label: String(index + 1),
      value: String(count),
    })),
  );
}

/** The mean per ISO week (latest weeks), on the 1–5 scale; hidden weeks say "for få svar" in words. */
export function weeklyMeansChart(weeks: readonly WeekResult[], t: TabStrings): HTMLElement {
  const shown = weeks.slice(-maxWeeks);
  const format = new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 1 });
  return chart(
    t.results.overTime,
    t.results.overTimeAlt(
      shown.map(({ week, result }) =>
        result.hidden ? { week } : { week, mean: format.format(result.mean) },
      ),
    ),
    shown.map(({ week, result }) => ({
      share: result.hidden ? 1 : result.mean / 5,
      label: week.replace(/^\d{4}-/, ""),
      value: result.hidden ? "–" : format.format(result.mean),
      empty: result.hidden,
    })),
  );
}

/**
 * A bar chart as an SVG image named by `description` (the numbers in words, for screen readers and
 * for anyone who cannot read the bars), with a visible caption. Colours come from the theme's CSS.
 */
function chart(caption: string, description: string, bars: readonly Bar[]): HTMLElement {
  const titleId = uniqueId("chart");
  const plotHeight = size.height - size.top - size.bottom;
  const slot = (size.width - size.left) / Math.max(bars.length, 5);
  const width = Math.min(40, slot * 0.7);
  const baseline = size.top + plotHeight;
  const drawn = bars.flatMap((bar, index) => {
    const x = size.left + index * slot + (slot - width) / 2;
    const height = Math.max(bar.empty ? plotHeight : 1, Math.round(bar.share * plotHeight));
    const middle = x + width / 2;
    return [
      svg("rect", {
        class: bar.empty ? "bar empty" : "bar",
        x: round(x),
        y: baseline - height,
        width: round(width),
        height,
      }),
      svg("text", { x: round(middle), y: baseline - height - 4, "text-anchor": "middle" }, bar.value),
      svg("text", { x: round(middle), y: size.height - 6, "text-anchor": "middle" }, bar.label),
    ];
  });
  return el(
    "figure",
    { class: "chart" },
    svg(
      "svg",
      {
        viewBox: `0 0 ${size.width} ${size.height}`,
        width: size.width,
        height: size.height,
        role: "img",
        "aria-labelledby": titleId,
      },
      svg("title", { id: titleId }, description),
      svg("line", { x1: 0, x2: size.width, y1: baseline, y2: baseline }),
      ...drawn,
    ),
    el("figcaption", {}, caption),
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
