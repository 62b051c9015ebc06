import { readConfig } from "../../core/config.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
import { benchQuestions } from "../bench-questions.ts";
import type { BenchSection } from "../bench-section.ts";
import { summarizeLatencies } from "../latency-stats.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Measured `search` calls in all, round-robin over the searched questions. */
const calls = 1000;

/**
 * The search alone, in-process: what the app adds on top of the floor for each question. Commands
 * never reach the search, so they are left out; one unmeasured pass over the questions warms it up.
 */
export const searchLatencySection: BenchSection = {
  name: "search-latency",
  title: `createStrategySearch(...).search(q) in-process, ${calls} calls`,
  async run(output) {
    const config = readConfig({});
    const search = createStrategySearch(loadStrategy(config.contentDir), loadLexicon(config.lexiconDir));
    const questions = benchQuestions().filter((question) => question.kind !== "command");
    for (const question of questions) search.search(question.text);

    const micros: number[] = [];
    for (let call = 0; call < calls; call++) {
      const question = questions[call % questions.length];
      if (!question) continue;
      const started = performance.now();
      search.search(question.text);
      micros.push((performance.now() - started) * 1000);
    }
    const summary = summarizeLatencies(micros);
    output.print(`${questions.length} questions, round-robin`);
    output.print("");
    for (const line of formatTable(
      ["name", "calls", "mean µs", "p50 µs", "p99 µs", "max µs"],
      [
        [
          "search",
          String(summary.count),
          ...[summary.mean, summary.p50, summary.p99, summary.max].map((value) => fixed(value, 0)),
        ],
      ],
    ))
      output.print(line);
  },
};
