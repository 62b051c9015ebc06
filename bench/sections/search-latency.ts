import { readConfig } from "../../core/config.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
import { warmUpSearch } from "../../core/search/warm-up.ts";
import { loadEvalSets } from "../../harness/eval-sets.ts";
import { benchQuestions } from "../bench-questions.ts";
import type { BenchSection } from "../bench-section.ts";
import { type LatencySummary, summarizeLatencies } from "../latency-stats.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Measured warm `search` calls in all, round-robin over the bench's searched questions. */
const calls = 1000;
/** Aims for p99, in µs: a question never asked before, and one asked again. */
const aims = { cold: 2000, warm: 1000 };

/**
 * The search alone, in-process: what the app adds on top of the floor for each question. Three passes:
 * cold, every evaluation question (each set present) asked once — first on a search just built (a fresh
 * process), then on one warmed up as the app warms it at start-up (`core/search/warm-up.ts`: the
 * content's own example questions and alternates, none of them an evaluation question) — so each is a
 * question the search has never been asked; then warm, the bench's searched questions (commands never
 * reach the search) after one unmeasured pass. The search has no floor to stand beside: its figures
 * are against the aims. The cold aim is judged as the app serves: after its warm-up.
 */
export const searchLatencySection: BenchSection = {
  name: "search-latency",
  title: `createStrategySearch(...).search(q) in-process: cold (never asked) and warm (${calls} calls)`,
  async run(output) {
    const config = readConfig({});
    const strategy = loadStrategy(config.contentDir);
    const build = () => createStrategySearch(strategy, loadLexicon(config.lexiconDir));
    const cold = [...new Set(loadEvalSets().flatMap((set) => set.questions.map((q) => q.question)))];
    const fresh = build();
    const freshMicros = cold.map((question) => timeMicros(() => fresh.search(question)));
    const search = build();
    const warmUpQuestions = warmUpSearch(search, strategy);
    const coldMicros = cold.map((question) => timeMicros(() => search.search(question)));

    const warm = benchQuestions()
      .filter((question) => question.kind !== "command")
      .map((question) => question.text);
    for (const question of warm) search.search(question);
    const warmMicros = Array.from({ length: calls }, (_, call) =>
      timeMicros(() => search.search(warm[call % warm.length] ?? "")),
    );
    const summaries = {
      fresh: summarizeLatencies(freshMicros),
      cold: summarizeLatencies(coldMicros),
      warm: summarizeLatencies(warmMicros),
    };
    output.print(
      `cold: ${cold.length} evaluation questions, each once, on a fresh search and on one warmed up with ${warmUpQuestions} example questions and alternates; warm: ${warm.length} questions, round-robin`,
    );
    output.print("");
    const row = (name: string, summary: LatencySummary) => [
      name,
      String(summary.count),
      ...[summary.mean, summary.p50, summary.p99, summary.max].map((value) => fixed(value, 0)),
    ];
    for (const line of formatTable(
      ["pass", "calls", "mean µs", "p50 µs", "p99 µs", "max µs"],
      [
        row("cold, fresh process", summaries.fresh),
        row("cold, after start-up warm-up", summaries.cold),
        row("warm", summaries.warm),
      ],
    ))
      output.print(line);
    const ms = (summary: LatencySummary) =>
      `p50 ${fixed(summary.p50 / 1000, 2)} ms, p99 ${fixed(summary.p99 / 1000, 2)} ms`;
    return [
      {
        measure: "search, a question never asked before (cold caches)",
        measured: `after the app's start-up warm-up ${ms(summaries.cold)} (fresh process ${ms(summaries.fresh)})`,
        aim: `p99 ≤ ${aims.cold / 1000} ms`,
        met: summaries.cold.p99 <= aims.cold,
      },
      {
        measure: "search, warm",
        measured: ms(summaries.warm),
        aim: `p99 ≤ ${aims.warm / 1000} ms`,
        met: summaries.warm.p99 <= aims.warm,
      },
    ];
  },
};

function timeMicros(work: () => unknown): number {
  const started = performance.now();
  work();
  return (performance.now() - started) * 1000;
}
