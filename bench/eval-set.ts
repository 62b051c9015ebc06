import { existsSync, readFileSync } from "node:fs";

/** One evaluation question: what staff ask and the phrases a right answer quotes (none: not answerable). */
export interface EvalQuestion {
  id: string;
  lang: "da" | "en";
  question: string;
  must_include: string[];
  kind: string;
  set: string;
}

/** The question sets: our own, and the shared development set when it is beside the repo. */
export const evalSets = {
  own: "test/eval/eval-questions.jsonl",
  dev: "../shared/strategy/dev-questions.jsonl",
};

/** Reads every available evaluation set. */
export function loadEvalQuestions(): EvalQuestion[] {
  return Object.entries(evalSets).flatMap(([set, path]) =>
    existsSync(path)
      ? readFileSync(path, "utf8")
          .split("\n")
          .filter((line) => line.trim())
          .map((line) => ({ ...(JSON.parse(line) as Omit<EvalQuestion, "set">), set }))
      : [],
  );
}

/** What the bot replied, reduced to what the evaluation judges. */
export type EvalReply =
  | { kind: "answer"; quote: string }
  | { kind: "not-found" }
  | { kind: "other"; text: string };

/** Whether a reply is right: for answerable questions every phrase is quoted; otherwise "not found". */
export function isHit(question: EvalQuestion, reply: EvalReply): boolean {
  if (question.must_include.length === 0) return reply.kind === "not-found";
  if (reply.kind !== "answer") return false;
  const quote = collapse(reply.quote);
  return question.must_include.every((phrase) => quote.includes(collapse(phrase)));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Hit rates per set and kind, and for answerable vs unanswerable questions, as printable lines. */
export function summarize(results: { question: EvalQuestion; hit: boolean }[]): string[] {
  const groups = new Map<string, { hits: number; total: number }>();
  const add = (key: string, hit: boolean) => {
    const group = groups.get(key) ?? { hits: 0, total: 0 };
    group.total++;
    if (hit) group.hits++;
    groups.set(key, group);
  };
  for (const { question, hit } of results) {
    const answerable = question.must_include.length > 0 ? "answerable" : "unanswerable";
    add(`all · ${answerable}`, hit);
    add(`${question.set} · ${answerable}`, hit);
    add(`${question.set} · kind ${question.kind}`, hit);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, { hits, total }]) =>
        `${key.padEnd(32)} ${String(hits).padStart(4)}/${String(total).padEnd(4)} ${((100 * hits) / total).toFixed(1)}%`,
    );
}
