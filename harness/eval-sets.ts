import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One evaluation question: what staff ask and the phrases a right answer quotes (none: not answerable). */
export interface EvalQuestion {
  id: string;
  lang: "da" | "en";
  question: string;
  must_include: string[];
  kind: string;
}

/** A named file of evaluation questions; `seen` marks a set the search has been developed against. */
export interface EvalSet {
  name: string;
  path: string;
  seen: boolean;
  questions: EvalQuestion[];
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const ownDir = join(repoRoot, "test/eval");

/** The project's own evaluation questions, which the benchmarks also draw their message mix from. */
export const ownEvalSetPath = join(ownDir, "eval-questions.jsonl");

/**
 * Where the shared strategy folder is: `STRATEGY_SHARED_DIR`, else `../shared/strategy` beside the
 * repository, as in CI (a copy of shared/ stands beside the clone) and in the main checkout.
 */
export function sharedStrategyDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.STRATEGY_SHARED_DIR ?? resolve(repoRoot, "../shared/strategy");
}

/**
 * The sets the search has since been developed against, so their figures flatter it: blind-1, blind-2
 * blind-4 and blind-6 were written blind, then their kinds of failure steered search work (blind-4's
 * English misses led to the everyday English alternates; blind-6's to typo correction and "which"
 * after a preposition; two of blind-7's misses, read after its one held-out measurement, showed that
 * a question opening with "feedback" opened a feedback prompt; blind-8, measured once held out, then read:
 * the foreword's closing, capitalised unit short names, English order-of-telling questions, short-word
 * swaps, a place asked with "where"); `own` was written with the search; `dev` is the
 * shared development set. A blind set not listed here is held out: its figure is the one to quote.
 */
const seenSets = new Set(["blind-1", "blind-2", "blind-4", "blind-6", "blind-7", "blind-8", "own", "dev"]);

/**
 * Every evaluation set present, blind sets first: `blind-*` (`test/eval/blind-*.jsonl`, written by
 * someone who saw only the source text), `own` (`test/eval/eval-questions.jsonl`) and `dev`, the shared
 * development set; each marked seen when it is in `seenSets`.
 */
export function loadEvalSets(env: NodeJS.ProcessEnv = process.env): EvalSet[] {
  const blind = readdirSync(ownDir)
    .filter((file) => /^blind-.+\.jsonl$/.test(file))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((file) => ({ name: file.replace(/\.jsonl$/, ""), path: join(ownDir, file) }));
  const files = [
    ...blind,
    { name: "own", path: ownEvalSetPath },
    { name: "dev", path: join(sharedStrategyDir(env), "dev-questions.jsonl") },
  ];
  return files
    .filter((file) => existsSync(file.path))
    .map((file) => ({ ...file, seen: seenSets.has(file.name), questions: readQuestions(file.path) }));
}

function readQuestions(path: string): EvalQuestion[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      const question = JSON.parse(line) as EvalQuestion;
      if (typeof question.question !== "string" || !Array.isArray(question.must_include)) {
        throw new Error(`eval: ${path}:${index + 1}: needs "question" and "must_include"`);
      }
      return question;
    });
}
