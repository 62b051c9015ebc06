import { describe, expect, it } from "vitest";
import type { Item } from "../../core/content/strategy.ts";
import { rerankByClassifier } from "../../core/search/classifier-reranking.ts";
import type { ScoredPassage } from "../../core/search/rank-passages.ts";

const item = { id: "section", paragraphs: [] } as unknown as Item;

/** A lexical candidate: passage `id` with a score, answering unless told otherwise. */
function candidate(id: number, score: number, answers = true): ScoredPassage {
  return { passage: { id, item, paragraphIndex: id }, score, coverage: 0.6, answers, related: true };
}

const order = (ranked: ScoredPassage[]) => ranked.map((scored) => scored.passage.id);

describe("re-ranking the lexical candidates by the classifier", () => {
  it("decides between passages the words rate alike", () => {
    const lexical = [candidate(0, 10), candidate(1, 9)];
    expect(order(rerankByClassifier(lexical, [0.1, 0.8]))).toEqual([1, 0]);
  });

  it("does not overturn a clear lexical winner", () => {
    const lexical = [candidate(0, 10), candidate(1, 2)];
    expect(order(rerankByClassifier(lexical, [0.01, 0.99]))).toEqual([0, 1]);
  });

  it("never turns a not-found into an answer", () => {
    const lexical = [candidate(0, 10, false), candidate(1, 9)];
    expect(order(rerankByClassifier(lexical, [0, 1]))).toEqual([0, 1]);
  });

  it("never puts a passage that does not answer ahead of one that does", () => {
    const lexical = [candidate(0, 10), candidate(1, 9.9, false)];
    expect(order(rerankByClassifier(lexical, [0.01, 0.99]))).toEqual([0, 1]);
  });

  it("leaves the lexical ranking alone at weight 0 or when the classifier knows nothing", () => {
    const lexical = [candidate(0, 10), candidate(1, 9)];
    expect(rerankByClassifier(lexical, [0.1, 0.8], { classifierWeight: 0 })).toEqual(lexical);
    expect(rerankByClassifier(lexical, [0, 0])).toEqual(lexical);
    expect(rerankByClassifier([], [])).toEqual([]);
  });
});
