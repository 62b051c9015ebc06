import type { ScoredPassage } from "./rank-passages.ts";

/** Options for {@link rerankByClassifier}, with their defaults. */
export interface RerankingOptions {
  /**
   * How strongly the passage classifier re-orders the lexical candidates: the exponent of its factor
   * (see {@link rerankByClassifier}); 0 leaves the lexical order alone. Default 0.3, the best on
   * blind-1 + own (0.2 and 0.5 one answer fewer, 1 four fewer; `core/search/DESIGN.md` §8).
   */
  classifierWeight?: number;
  /**
   * What a candidate the classifier rules out keeps of its score, before the exponent: it stays in the
   * running when its words match much better. Default 0.05 (0.01–0.1 measured alike, 0.3 one fewer).
   */
  classifierFloor?: number;
}

/**
 * Re-orders the lexical candidates by the passage classifier: each lexical score is multiplied by
 * `(floor + p / best p) ^ weight`, where p is the classifier's probability for the passage and best p
 * the highest among the candidates. A small exponent lets the classifier decide between passages the
 * words rate alike, and not overturn a clear lexical winner. Only the order and the scores change, and
 * only when the lexical best answers, and passages that answer stay ahead of those that do not: which
 * passages may answer (coverage, required concepts, what was asked for) stays the lexical search's
 * decision, so the classifier never turns "not found" into an answer nor an answer into "not found".
 */
export function rerankByClassifier(
  ranked: readonly ScoredPassage[],
  probabilities: ArrayLike<number>,
  options: RerankingOptions = {},
): ScoredPassage[] {
  const weight = options.classifierWeight ?? 0.3;
  const floor = options.classifierFloor ?? 0.05;
  const probabilityOf = (scored: ScoredPassage) => probabilities[scored.passage.id] ?? 0;
  const bestProbability = Math.max(0, ...ranked.map(probabilityOf));
  // A "not found" stays one: the classifier may only re-order a ranking the words already answer.
  if (weight <= 0 || bestProbability <= 0 || !ranked[0]?.answers) return [...ranked];
  return ranked
    .map((scored) => ({
      ...scored,
      score: scored.score * (floor + probabilityOf(scored) / bestProbability) ** weight,
    }))
    .sort((a, b) => Number(b.answers) - Number(a.answers) || b.score - a.score);
}
