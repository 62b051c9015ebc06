/**
 * `npm run bench`: runs the benchmark sections in sequence and prints their numbers. Name sections to
 * run only those (`npm run bench -- search-latency`). Numbers only: no timing threshold fails the run (a chat that gets no reply does).
 */

import type { BenchOutput, BenchSection } from "./bench-section.ts";
import { feedbackWritesSection } from "./sections/feedback-writes.ts";
import { replyLatencySection } from "./sections/reply-latency.ts";
import { searchLatencySection } from "./sections/search-latency.ts";
import { tabLoadSection } from "./sections/tab-load.ts";

const sections: BenchSection[] = [
  replyLatencySection,
  searchLatencySection,
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
for (const section of sections) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  output.print(`\n## ${section.name}: ${section.title}\n`);
  await section.run(output);
}
output.progress(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
