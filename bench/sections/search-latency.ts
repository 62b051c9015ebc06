import { readConfig } from "../../core/config.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
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
 * The search alone, in-process: what the app adds on top of the floor for each question. Two passes:
 * cold, every evaluation question (each set present) asked once, before the process has seen any of
 * them, so each new word goes through stemming and compound splitting; then warm, the bench's searched
 * questions (commands never reach the search) after one unmeasured pass. The search has no floor to
 * stand beside: its figures are against the aims.
 */
export const searchLatencySection: BenchSection = {
  name: "search-latency",
  title: `createStrategySearch(...).search(q) in-process: cold (never asked) and warm (${calls} calls)`,
  async run(output) {
    const config = readConfig({});
    const search = createStrategySearch(loadStrategy(config.contentDir), loadLexicon(config.lexiconDir));
    const cold = [...new Set(loadEvalSets().flatMap((set) => set.questions.map((q) => q.question)))];
    const coldMicros = cold.map((question) => timeMicros(() => search.search(question)));

    const warm = benchQuestions()
      .filter((question) => question.kind !== "command")
      .map((question) => question.text);
    for (const question of warm) search.search(question);
    const warmMicros = Array.from({ length: calls }, (_, call) =>
      timeMicros(() => search.search(warm[call % warm.length] ?? "")),
    );
    const summaries = { cold: summarizeLatencies(coldMicros), warm: summarizeLatencies(warmMicros) };
    output.print(
      `cold: ${cold.length} evaluation questions, each once; warm: ${warm.length} questions, round-robin`,
    );
    output.print("");
    const row = (name: string, summary: LatencySummary) => [
      name,
      String(summary.count),
      ...[summary.mean, summary.p50, summary.p99, summary.max].map((value) => fixed(value, 0)),
    ];
    for (const line of formatTable(
      ["pass", "calls", "mean µs", "p50 µs", "p99 µs", "max µs"],
      [row("cold (never asked)", summaries.cold), row("warm", summaries.warm)],
    ))
      output.print(line);
    return (["cold", "warm"] as const).map((pass) => ({
      measure: `search, ${pass === "cold" ? "a question never asked before (cold caches)" : "warm"}`,
      measured: `p50 ${fixed(summaries[pass].p50 / 1000, 2)} ms, p99 ${fixed(summaries[pass].p99 / 1000, 2)} ms`,
      aim: `p99 ≤ ${aims[pass] / 1000} ms`,
      met: summaries[pass].p99 <= aims[pass],
    }));
  },
};

function timeMicros(work: () => unknown): number {
  const started = performance.now();
  work();
  return (performance.now() - started) * 1000;
}
