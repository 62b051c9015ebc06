import { givesAnswer } from "./answer-type.ts";
import { editDistance } from "./edit-distance.ts";
import type { Passage, PassageIndex } from "./passage-index.ts";
import type { AnalyzedQuery } from "./query-analyzer.ts";
import { mentionsOnlyVaguely, namesWhichOnes } from "./vague-mention.ts";

/** Options for {@link rankPassages}, with their defaults. */
export interface RankingOptions {
  /** Share of the question's weight a passage must cover to be an answer. Default 0.35. */
  minCoverage?: number;
  /** Share of the question's weight a passage must cover to be offered as related. Default 0.3. */
  minRelatedCoverage?: number;
  /**
   * Importance factor of a concept that matches no paragraph at all. Such a word is either an everyday
   * paraphrase the lexicon lacks or a topic the strategy does not cover; the latter are listed in
   * `out-of-scope.yaml` and stay required, so the rest can weigh less. Default 0.5.
   */
  unmatchedImportance?: number;
  /** Factor for passages of a unit the question names. Default 3. */
  unitBoost?: number;
  /** Factor for passages of other units when the question names a unit. Default 0.3. */
  otherUnitFactor?: number;
  /**
   * Factor for paragraphs of no unit (the strategy's common parts) when the question names a unit: they
   * may answer it (`gælder strategien også for anklagerne?`), but less likely than the unit's own. Default 0.6.
   */
  generalFactor?: number;
  /** Factor for passages under a pejlemærke the question names. Default 1.8. */
  pejlemaerkeBoost?: number;
  /**
   * Factor for a paragraph that mentions what a "which" question asks about without saying which, so
   * that one naming them comes first when it matches nearly as well. Default 0.5.
   */
  unnamedFactor?: number;
  /** The strategy's year, which does not answer "when" (every plan is "i 2025"). Default: none. */
  year?: number;
}

/** A passage with its score and what that score means for the answer. */
export interface ScoredPassage {
  passage: Passage;
  score: number;
  /** Share (0–1) of the question's concepts, weighted by rarity, found in the passage. */
  coverage: number;
  /** Whether it is good enough to be the answer. */
  answers: boolean;
  /** Whether it is good enough to be offered as related reading. */
  related: boolean;
}

/**
 * Ranks the passages for an analysed question: BM25 per concept (via the index), summed, times the
 * square of the weighted coverage (so a passage matching every concept beats one matching a frequent
 * concept many times), times the unit and pejlemærke steering factors. Concepts are weighted by their
 * inverse document frequency; one that matches nothing weighs as much as the rarest term, so a
 * question about something the strategy never mentions keeps a low coverage everywhere.
 */
export function rankPassages(
  index: PassageIndex,
  query: AnalyzedQuery,
  options: RankingOptions = {},
  termsOf: (word: string) => string[] = (word) => [word],
): ScoredPassage[] {
  const queryTerms = new Set(
    query.concepts.flatMap((concept) => concept.alternatives.map((alt) => alt.term)),
  );
  // A typo in the question (`komuner`) must still recognise the counted word (`kommuner`).
  const isAskedAbout = (word: string) =>
    termsOf(word.toLowerCase()).some((term) =>
      [...queryTerms].some(
        (asked) => asked === term || (asked.length >= 5 && editDistance(asked, term, 1) <= 1),
      ),
    );
  const minCoverage = options.minCoverage ?? 0.35;
  const minRelatedCoverage = options.minRelatedCoverage ?? 0.3;
  const total = index.passages.length;
  const conceptScores = query.concepts.map((concept) =>
    index.scoresFor(concept.alternatives, {
      exact: concept.exact ?? concept.required === true,
      strategyTextOnly: concept.strategyTextOnly === true,
    }),
  );
  const unmatchedImportance = options.unmatchedImportance ?? 0.5;
  const weights = conceptScores.map((scores, index) => {
    const concept = query.concepts[index];
    const importance =
      (concept?.importance ?? 1) * (scores.size === 0 && !concept?.required ? unmatchedImportance : 1);
    return inverseDocumentFrequency(scores.size, total) * importance;
  });
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);

  const askedAbout = query.askedAbout && new Set(query.askedAbout);
  const year = options.year === undefined ? {} : { year: options.year };
  const candidates = new Set(conceptScores.flatMap((scores) => [...scores.keys()]));
  const ranked: ScoredPassage[] = [...candidates].map((id) => {
    const passage = index.passages[id] as Passage;
    let raw = 0;
    let covered = 0;
    let missesRequired = false;
    conceptScores.forEach((scores, conceptIndex) => {
      const score = scores.get(id);
      if (score === undefined) {
        missesRequired ||= query.concepts[conceptIndex]?.required === true;
        return;
      }
      raw += score;
      covered += weights[conceptIndex] ?? 0;
    });
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const text = paragraphText(passage);
    const notWhich =
      askedAbout !== undefined && saysNotWhich(text, askedAbout, query.asksForSeveral === true, termsOf);
    // A paragraph that mentions the things without saying which yields to one that names them: "which
    // crimes does the investigation unit handle" is answered by its list of crimes, not by its priority.
    const score =
      raw *
      coverage *
      coverage *
      steering(passage, query, options) *
      (notWhich ? (options.unnamedFactor ?? 0.5) : 1);
    const answers =
      coverage >= minCoverage &&
      !missesRequired &&
      givesAnswer(text, query.expects, isAskedAbout, { introducesList: introducesList(passage), ...year }) &&
      !notWhich;
    return { passage, score, coverage, answers, related: coverage >= minRelatedCoverage };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Whether the paragraph mentions what a "which" question asks about without saying which: for several
 * ("hvilke skoler") unless a list, examples or names follow a mention; for one, when every mention has
 * a vague quantifier ("en ny våbenplatform"). See `vague-mention.ts`.
 */
function saysNotWhich(
  text: string,
  askedAbout: ReadonlySet<string>,
  several: boolean,
  termsOf: (word: string) => string[],
): boolean {
  return several
    ? namesWhichOnes(text, askedAbout, termsOf) === false
    : mentionsOnlyVaguely(text, askedAbout, termsOf);
}

function steering(passage: Passage, query: AnalyzedQuery, options: RankingOptions): number {
  let factor = 1;
  const { unitId, kind, id } = passage.item;
  const pejlemaerke = passage.item.pejlemaerke ?? (kind === "pejlemaerke" ? id : undefined);
  if (query.unitIds.length > 0) {
    if (!unitId) factor *= options.generalFactor ?? 0.6;
    else
      factor *= query.unitIds.includes(unitId) ? (options.unitBoost ?? 3) : (options.otherUnitFactor ?? 0.3);
  }
  if (pejlemaerke && (query.pejlemaerkeIds as string[]).includes(pejlemaerke))
    factor *= options.pejlemaerkeBoost ?? 1.8;
  return factor;
}

/** Whether the passage ends in ":" or ";" and bullets follow: the list it announces is its answer. */
function introducesList(passage: Passage): boolean {
  const next = passage.item.paragraphs[passage.paragraphIndex + 1];
  return /[:;]$/.test(paragraphText(passage)) && next?.bullet === true;
}

function paragraphText(passage: Passage): string {
  return passage.item.paragraphs[passage.paragraphIndex]?.text ?? "";
}

/** BM25's idf; a concept found nowhere gets the weight of one found in a single passage. */
function inverseDocumentFrequency(documentFrequency: number, total: number): number {
  const frequency = Math.max(documentFrequency, 1);
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
