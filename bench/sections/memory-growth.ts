import { readConfig } from "../../core/config.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
import type { BenchOutput, BenchSection } from "../bench-section.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Questions sent, each of `wordsPerQuestion` words nobody has typed before. */
const questions = 100_000;
const wordsPerQuestion = 3;
/** Heap is read after this many questions too, to show whether it has stopped growing. */
const checkpoints = [0, 25_000, 50_000, 75_000, 100_000];
/** Growth over the second half (once the caches have filled) that still counts as flat, in MB. */
const flatMb = 2;

/**
 * Memory under ever-new words: the search (where the per-input caches are) is asked 100,000 questions of
 * never-seen words, and the heap is read after a full garbage collection before, during and after. The
 * caches are bounded LRUs, so the heap should stop growing once they are full. Needs `--expose-gc`, which
 * `npm run bench` passes.
 */
export const memoryGrowthSection: BenchSection = {
  name: "memory",
  title: `heap after a full GC while the search gets ${questions.toLocaleString("en")} questions of never-seen words`,
  async run(output) {
    const collect = globalThis.gc;
    if (!collect) throw new Error("bench: memory: run node with --expose-gc (npm run bench does)");
    const config = readConfig({});
    const search = createStrategySearch(loadStrategy(config.contentDir), loadLexicon(config.lexiconDir));
    const heapMb = () => {
      collect();
      return process.memoryUsage().heapUsed / 1e6;
    };
    const readings: { after: number; mb: number }[] = [];
    let word = 0;
    for (let asked = 0; asked <= questions; asked++) {
      if (checkpoints.includes(asked)) {
        readings.push({ after: asked, mb: heapMb() });
        progressNote(output, asked);
      }
      if (asked === questions) break;
      const words = Array.from({ length: wordsPerQuestion }, () => neverSeenWord(word++));
      search.search(`hvad siger strategien om ${words.join(" og ")}?`);
    }
    for (const line of formatTable(
      ["questions asked", "heap MB"],
      readings.map((reading) => [reading.after.toLocaleString("en"), fixed(reading.mb)]),
    ))
      output.print(line);
    const first = readings[0]?.mb ?? Number.NaN;
    const half = readings.find((reading) => reading.after === questions / 2)?.mb ?? Number.NaN;
    const last = readings.at(-1)?.mb ?? Number.NaN;
    return [
      {
        measure: "memory under ever-new words (heap after a full GC)",
        measured: `${fixed(first)} → ${fixed(last)} MB over ${(questions * wordsPerQuestion).toLocaleString("en")} new words; last half ${signed(last - half)} MB`,
        aim: `flat once caches fill (last half within ${flatMb} MB)`,
        met: Math.abs(last - half) <= flatMb,
      },
    ];
  },
};

function progressNote(output: BenchOutput, asked: number): void {
  output.progress(`memory: ${asked.toLocaleString("en")} of ${questions.toLocaleString("en")} questions`);
}

/** The `n`-th word nobody has typed: `qx` and `n` in base 26 as letters. */
function neverSeenWord(n: number): string {
  return `qx${[...n.toString(26)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join("")}`;
}

function signed(mb: number): string {
  return `${mb >= 0 ? "+" : ""}${fixed(mb)}`;
}
