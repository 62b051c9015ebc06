/**
 * Keeps a passing `npm test` quiet, so that a new warning stands out: a test fails when it (or the set-up
 * before it) writes to `console.error` or `console.warn`, or when Node emits a process warning
 * (a deprecation, too many listeners) while it runs — unless the test declared that output with
 * `expectConsoleOutput`, and then the output must appear. `vitest.config.ts` installs the guard in every
 * test file (`setupFiles`). Concurrent cases share one console, so output is charged to whichever case
 * finishes next; the message quotes it, which is what finding its source needs.
 */
import { format } from "node:util";
import { afterAll, afterEach, beforeAll } from "vitest";

/** Where unexpected output went: one of the console's two warning levels, or Node's `process` warnings. */
export type OutputChannel = "error" | "warn" | "process warning";

interface Written {
  channel: OutputChannel;
  text: string;
}

interface Expected {
  channel: OutputChannel;
  pattern: RegExp;
  seen: boolean;
}

const written: Written[] = [];
const expected: Expected[] = [];

/**
 * Declares output the current test is meant to produce (a refusal it logs, a warning it provokes):
 * it is not printed, and the test fails if nothing on `channel` matches `pattern` by its end.
 */
export function expectConsoleOutput(channel: OutputChannel, pattern: RegExp): void {
  expected.push({ channel, pattern, seen: false });
}

function isExpected(output: Written): boolean {
  const match = expected.find((each) => each.channel === output.channel && each.pattern.test(output.text));
  if (match) match.seen = true;
  return match !== undefined;
}

/** What went wrong with a test's output, or undefined when it wrote only what it declared. */
function outputProblem(): string | undefined {
  const unexpected = written.splice(0).filter((output) => !isExpected(output));
  const missing = expected.splice(0).filter((each) => !each.seen);
  const lines = [
    ...unexpected.map((output) => `unexpected ${output.channel}: ${output.text}`),
    ...missing.map((each) => `expected ${each.channel} matching ${each.pattern}, but none was written`),
  ];
  if (lines.length === 0) return undefined;
  return `console output: ${lines.join("\n")}\n(declare output a test means to write with expectConsoleOutput)`;
}

/** Installs the guard around the current test file; called by the set-up file, not by tests. */
export function failOnUnexpectedConsoleOutput(): void {
  const original = { error: console.error, warn: console.warn };
  const recordWarning = (warning: Error) =>
    written.push({ channel: "process warning", text: `${warning.name}: ${warning.message}` });
  beforeAll(() => {
    console.error = (...args: unknown[]) => written.push({ channel: "error", text: format(...args) });
    console.warn = (...args: unknown[]) => written.push({ channel: "warn", text: format(...args) });
    process.on("warning", recordWarning);
  });
  afterEach(() => {
    const problem = outputProblem();
    if (problem) throw new Error(problem);
  });
  afterAll(() => {
    Object.assign(console, original);
    process.off("warning", recordWarning);
  });
}
