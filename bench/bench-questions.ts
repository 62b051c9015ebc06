import { readFileSync } from "node:fs";
import { ownEvalSetPath } from "../harness/eval-sets.ts";

/** One message a simulated user sends, with the Teams locale it arrives with. */
export interface BenchQuestion {
  text: string;
  locale: "da-DK" | "en-US";
  /** What the message exercises: a searched question, a unit's overview, a command, or no answer. */
  kind: "question" | "unit" | "command" | "not-found";
}

/** How many questions are taken from the evaluation set, spread evenly over it. */
const fromEvalSet = 30;

/** Messages the evaluation set does not have: units by name alone, commands, and more not-found. */
const written: readonly BenchQuestion[] = [
  { text: "Specialenheden", locale: "da-DK", kind: "unit" },
  { text: "beredskabsenheden", locale: "da-DK", kind: "unit" },
  { text: "Anklagemyndigheden", locale: "da-DK", kind: "unit" },
  { text: "lokalpolitiet", locale: "da-DK", kind: "unit" },
  { text: "Efterforskningsenheden", locale: "en-US", kind: "unit" },
  { text: "hjælp", locale: "da-DK", kind: "command" },
  { text: "help", locale: "en-US", kind: "command" },
  { text: "pejlemærker", locale: "da-DK", kind: "command" },
  { text: "enheder", locale: "da-DK", kind: "command" },
  { text: "hvad står der om tryghed i nattelivet?", locale: "da-DK", kind: "question" },
  { text: "What does the strategy say about cybercrime?", locale: "en-US", kind: "question" },
  { text: "hvordan får vi flere til at blive i jobbet?", locale: "da-DK", kind: "question" },
  { text: "hvor kan jeg parkere min cykel ved stationen?", locale: "da-DK", kind: "not-found" },
  { text: "When is the Christmas party this year?", locale: "en-US", kind: "not-found" },
  { text: "hvad koster en kop kaffe i kantinen?", locale: "da-DK", kind: "not-found" },
];

/**
 * The benchmark's message mix: about 30 questions from our evaluation set (Danish and English, every
 * kind including the unanswerable ones), in the order they stand there, then the written ones.
 */
export function benchQuestions(): BenchQuestion[] {
  const evalQuestions = readFileSync(ownEvalSetPath, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { question: string; lang: string; must_include: string[] });
  const step = evalQuestions.length / fromEvalSet;
  const picked = Array.from(
    { length: Math.min(fromEvalSet, evalQuestions.length) },
    (_, index) => evalQuestions[Math.floor(index * step)],
  ).flatMap((question): BenchQuestion[] =>
    question
      ? [
          {
            text: question.question,
            locale: question.lang === "en" ? "en-US" : "da-DK",
            kind: question.must_include.length > 0 ? "question" : "not-found",
          },
        ]
      : [],
  );
  return [...picked, ...written];
}
