/**
 * `npm run bench`: runs the benchmark sections in sequence and prints their numbers. Name sections to
 * run only those (`npm run bench -- search-latency`). Numbers only: no timing threshold fails the run (a chat that gets no reply does).
 */

import type { BenchOutput, BenchSection, SummaryRow } from "./bench-section.ts";
import { feedbackWritesSection } from "./sections/feedback-writes.ts";
import { memoryGrowthSection } from "./sections/memory-growth.ts";
import { replyLatencySection } from "./sections/reply-latency.ts";
import { searchLatencySection } from "./sections/search-latency.ts";
import { sharedLimitSection } from "./sections/shared-limit.ts";
import { tabLoadSection } from "./sections/tab-load.ts";
import { formatTable } from "./text-table.ts";

const sections: BenchSection[] = [
  replyLatencySection,
  searchLatencySection,
  memoryGrowthSection,
  sharedLimitSection,
  feedbackWritesSection,
  tabLoadSection,
];

const output: BenchOutput = {
  print: (line) => console.log(line),
  progress: (note) => process.stderr.write(`… ${note}\n`),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(
    `bench: unknown section ${unknown.join(", ")}; have ${sections.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}
const started = performance.now();
const summary: SummaryRow[] = [];
for (const section of sections) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  output.print(`\n## ${section.name}: ${section.title}\n`);
  summary.push(...(await section.run(output)));
}
output.print("\n## summary: each figure beside its floor from this run, and the aim\n");
const verdict = (met: boolean | undefined) => (met === undefined ? "" : met ? "met" : "NOT met");
for (const line of formatTable(
  ["measure", "measured", "aim", ""],
  summary.map((row) => [row.measure, row.measured, row.aim, verdict(row.met)]),
))
  output.print(line);
output.progress(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
