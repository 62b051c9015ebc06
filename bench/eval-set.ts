import type { Item } from "../core/content/strategy.ts";
import type { EvalQuestion, EvalSet } from "../harness/eval-sets.ts";
import type { EvalReply } from "./eval-reply.ts";

/** One question asked and judged. */
export interface EvalResult {
  question: EvalQuestion;
  reply: EvalReply;
  hit: boolean;
  /** For a choices reply to an answerable question: whether a section offered holds every phrase. */
  rightAmongChoices?: boolean;
}

/** Whether a question has an answer in the strategy. */
export function isAnswerable(question: EvalQuestion): boolean {
  return question.must_include.length > 0;
}

/**
 * Judges a reply. An answerable question is right when an answer or structure reply quotes every phrase;
 * an unanswerable one when the reply is "not found". A choices reply is neither answered nor "not found".
 */
export function judge(
  question: EvalQuestion,
  reply: EvalReply,
  items: ReadonlyMap<string, Item>,
): EvalResult {
  if (!isAnswerable(question)) return { question, reply, hit: reply.kind === "not-found" };
  if (reply.kind === "choices") {
    const offered = reply.itemIds.map((id) => items.get(id)).filter((item) => item !== undefined);
    const rightAmongChoices = offered.some((item) => holdsAll(itemText(item), question.must_include));
    return { question, reply, hit: false, rightAmongChoices };
  }
  const answered = reply.kind === "answer" || reply.kind === "structure";
  return { question, reply, hit: answered && holdsAll(reply.text, question.must_include) };
}

function itemText(item: Item): string {
  return [item.title, item.slogan ?? "", ...item.paragraphs.map((paragraph) => paragraph.text)].join("\n");
}

function holdsAll(text: string, phrases: string[]): boolean {
  const haystack = collapse(text);
  return phrases.every((phrase) => haystack.includes(collapse(phrase)));
}

/**
 * Spacing and letter case do not change what a quote says: the strategy sets some headings in capitals
 * (DIGITALT MINDSET – DIGITALE LØSNINGER) that a card shows in sentence case.
 */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLocaleLowerCase("da");
}

/**
 * One printable block per set: answerable and unanswerable rates, the rate per question kind, what kinds
 * of reply the bot gave, and how often a choices reply offered the right section.
 */
export function summarize(set: EvalSet, results: EvalResult[]): string[] {
  const answerable = results.filter((result) => isAnswerable(result.question));
  const unanswerable = results.filter((result) => !isAnswerable(result.question));
  const kinds = [...new Set(results.map((result) => result.question.kind))].sort();
  const choices = results.filter((result) => result.reply.kind === "choices");
  const choicesAnswerable = choices.filter((result) => isAnswerable(result.question));
  const replyKinds = countBy(results.map((result) => result.reply.kind));
  return [
    `${set.name}${set.seen ? " (seen)" : ""} — ${results.length} questions`,
    rateLine("answerable right", answerable),
    rateLine('unanswerable "not found"', unanswerable),
    ...kinds.map((kind) =>
      rateLine(
        `  kind ${kind}`,
        results.filter((r) => r.question.kind === kind),
      ),
    ),
    `  replies: ${[...replyKinds].map(([kind, count]) => `${kind} ${count}`).join(", ")}`,
    `  choices offered ${choices.length} times (${choicesAnswerable.length} answerable); right section among them ${
      choicesAnswerable.filter((result) => result.rightAmongChoices).length
    }/${choicesAnswerable.length}`,
  ];
}

function rateLine(label: string, results: EvalResult[]): string {
  const hits = results.filter((result) => result.hit).length;
  const rate = results.length === 0 ? "–" : `${((100 * hits) / results.length).toFixed(1)} %`;
  return `  ${label.padEnd(28)} ${String(hits).padStart(4)}/${String(results.length).padEnd(4)} ${rate}`;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values.sort()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
