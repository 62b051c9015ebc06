import type { Item, Strategy, Unit } from "../content/strategy.ts";
import type { Answer, SearchOutcome } from "./answer.ts";
import { compileLexicon } from "./compiled-lexicon.ts";
import { danishDictionary } from "./danish-dictionary.ts";
import type { Lexicon } from "./lexicon.ts";
import { buildPassageIndex, type PassageIndexOptions } from "./passage-index.ts";
import { type AnalyzedQuery, createQueryAnalyzer, type QueryAnalyzerOptions } from "./query-analyzer.ts";
import { type RankingOptions, rankPassages, type ScoredPassage } from "./rank-passages.ts";
import { createTermAnalyzer } from "./term-analyzer.ts";
import { tokenize } from "./text-analysis.ts";

/** Every tunable of the search, each with its default in the module that uses it. */
export type StrategySearchOptions = PassageIndexOptions &
  QueryAnalyzerOptions &
  RankingOptions & {
    /** Weight of a lexicon synonym relative to the word typed. Default 0.7. */
    synonymWeight?: number;
    /** A further paragraph of the answer's item is quoted when it scores this share of the best. Default 0.45. */
    companionShare?: number;
  };

/** Answers questions about one strategy. Build once at start-up; `search` is pure and synchronous. */
export interface StrategySearch {
  search(question: string): SearchOutcome;
  /**
   * Up to `limit` answers from different sections, best first (the first is `search`'s answer), for
   * lists such as the message extension's results; empty when the strategy does not answer. A unit's
   * name alone lists that unit's sections.
   */
  answers(question: string, limit: number): Answer[];
  /** The analysis and ranking behind an outcome, for the evaluation script and debugging. */
  explain(question: string): { query: AnalyzedQuery; ranked: ScoredPassage[] };
}

/** Most paragraphs one answer quotes. */
const maxQuoted = 3;
/**
 * A paragraph shorter than this (a one-sentence lead-in) is quoted together with the paragraph after it,
 * which says what the lead-in announces.
 */
const shortParagraph = 160;
/** Most related items an answer offers. */
const maxRelated = 3;

/**
 * Builds the search for a strategy and lexicon. See `core/search/DESIGN.md` for how an answer is
 * chosen and when the search says it could not find one.
 */
export function createStrategySearch(
  strategy: Strategy,
  lexicon: Lexicon,
  options: StrategySearchOptions = {},
): StrategySearch {
  const analyzer = createTermAnalyzer(corpusWords(strategy, lexicon), danishDictionary());
  const index = buildPassageIndex(strategy, analyzer, options);
  const compiled = compileLexicon(
    lexicon,
    { wholeWordTerms: analyzer.wholeWordTerms, documentFrequency: index.documentFrequency },
    options.synonymWeight ?? 0.7,
    strategy.year,
  );
  const analyzeQuery = createQueryAnalyzer(strategy, compiled, analyzer, options);
  const unitOf = (unitId?: string) => (unitId ? strategy.unitById.get(unitId) : undefined);

  const explain = (question: string) => {
    const query = analyzeQuery(question);
    return { query, ranked: rankPassages(index, query, options, analyzer.wordTerms) };
  };

  return {
    explain,
    search(question) {
      const { query, ranked } = explain(question);
      const unit = unitOf(query.unitIds[0]);
      const withUnit = unit ? { unit } : {};
      if (query.unanswerable) return { kind: "not-found", ...withUnit, suggestions: [] };
      if (query.concepts.every((concept) => concept.fromName))
        return namedOnly(strategy, query) ?? notFound(ranked, withUnit);
      const section = namedSection(strategy, query);
      if (section) {
        // "Lokalpolitiets fokus under Sund drift": the person pointed at a section; answer from it.
        const inSection = ranked.filter((scored) => scored.passage.item === section && scored.answers);
        const bestInSection = inSection[0];
        const answer = bestInSection
          ? composeAnswer(bestInSection, ranked, options.companionShare ?? 0.45)
          : {
              item: section,
              paragraphIndexes: firstParagraphs(section),
              related: relatedItems(ranked, section),
            };
        return { kind: "answer", answer, ...withUnit };
      }
      const best = ranked[0];
      if (!best?.answers) return notFound(ranked, withUnit);
      const answer = composeAnswer(best, ranked, options.companionShare ?? 0.45);
      return { kind: "answer", answer, ...withUnit };
    },
    answers(question, limit) {
      const outcome = this.search(question);
      if (outcome.kind === "unit-overview") {
        const items = outcome.unit.itemIds.flatMap((id) => strategy.itemById.get(id) ?? []);
        return items.map((item) => ({ item, paragraphIndexes: firstParagraphs(item), related: [] }));
      }
      if (outcome.kind !== "answer") return [];
      const { ranked } = explain(question);
      const others = ranked.filter((scored) => scored.answers && scored.passage.item !== outcome.answer.item);
      const seen = new Set([outcome.answer.item]);
      const more: Answer[] = [];
      for (const scored of others) {
        if (seen.has(scored.passage.item) || more.length >= limit - 1) continue;
        seen.add(scored.passage.item);
        more.push(composeAnswer(scored, ranked, options.companionShare ?? 0.45));
      }
      return [outcome.answer, ...more].slice(0, limit);
    },
  };
}

/** The unit's local initiative under the pejlemærke, when a question names exactly one of each. */
function namedSection(strategy: Strategy, query: AnalyzedQuery): Item | undefined {
  const [unitId, ...otherUnits] = query.unitIds;
  const [pejlemaerke, ...otherPejlemaerker] = query.pejlemaerkeIds;
  if (!unitId || !pejlemaerke || otherUnits.length > 0 || otherPejlemaerker.length > 0) return undefined;
  return strategy.items.find((item) => item.unitId === unitId && item.pejlemaerke === pejlemaerke);
}

/** A question that only names a unit and/or a pejlemærke: the unit's overview or that section. */
function namedOnly(strategy: Strategy, query: AnalyzedQuery): SearchOutcome | undefined {
  const unit = query.unitIds[0] ? strategy.unitById.get(query.unitIds[0]) : undefined;
  const pejlemaerke = query.pejlemaerkeIds[0];
  if (unit && !pejlemaerke) return { kind: "unit-overview", unit };
  if (!pejlemaerke) return undefined;
  const item = strategy.items.find((candidate) =>
    unit
      ? candidate.unitId === unit.id && candidate.pejlemaerke === pejlemaerke
      : candidate.kind === "pejlemaerke" && candidate.id === pejlemaerke,
  );
  if (!item) return undefined;
  const answer: Answer = { item, paragraphIndexes: firstParagraphs(item), related: [] };
  return { kind: "answer", answer, ...(unit ? { unit } : {}) };
}

function composeAnswer(best: ScoredPassage, ranked: ScoredPassage[], companionShare: number): Answer {
  const isCompanion = (other: ScoredPassage) =>
    other === best || (other.answers && other.score >= best.score * companionShare);
  const companions = ranked
    .filter((other) => other.passage.item === best.passage.item && isCompanion(other))
    .slice(0, maxQuoted);
  const item = best.passage.item;
  const chosen = companions.map((scored) => scored.passage.paragraphIndex);
  return {
    item,
    paragraphIndexes: withContext(item, chosen, best.passage.paragraphIndex),
    related: relatedItems(ranked, item),
  };
}

/**
 * Quotes what a chosen paragraph needs to make sense on its own: a one-sentence lead-in is followed by
 * the paragraph it announces, and a paragraph ending in ":" or ";" by the bullets it introduces — still
 * at most three paragraphs, in document order.
 */
function withContext(item: Item, chosen: number[], best: number): number[] {
  const text = (index: number) => item.paragraphs[index]?.text ?? "";
  const introducesList = (index: number) =>
    /[:;]$/.test(text(index)) && item.paragraphs[index + 1]?.bullet === true;
  const withList = (start: number[]) => {
    const indexes = new Set(start);
    const last = Math.max(...indexes);
    for (
      let next = last + 1;
      introducesList(last) && item.paragraphs[next]?.bullet && indexes.size < maxQuoted;
      next++
    ) {
      indexes.add(next);
    }
    return indexes;
  };
  if (introducesList(best)) return [...withList([best])];
  const indexes = new Set(chosen);
  if (indexes.size === 1 && text(best).length < shortParagraph && best + 1 < item.paragraphs.length)
    indexes.add(best + 1);
  return [...withList([...indexes])].sort((a, b) => a - b).slice(0, maxQuoted);
}

function relatedItems(ranked: ScoredPassage[], exclude?: Item): Item[] {
  const items: Item[] = [];
  for (const scored of ranked) {
    const item = scored.passage.item;
    if (scored.related && item !== exclude && !items.includes(item)) items.push(item);
    if (items.length === maxRelated) break;
  }
  return items;
}

function notFound(ranked: ScoredPassage[], withUnit: { unit?: Unit }): SearchOutcome {
  return { kind: "not-found", ...withUnit, suggestions: relatedItems(ranked) };
}

function firstParagraphs(item: Item): number[] {
  return item.paragraphs.slice(0, maxQuoted).map((_, index) => index);
}

function corpusWords(strategy: Strategy, lexicon: Lexicon): Set<string> {
  const texts = strategy.items.flatMap((item) => [
    item.title,
    ...item.keywords,
    ...item.questions,
    ...item.paragraphs.flatMap((p) => [p.text, ...(p.keywords ?? []), ...(p.questions ?? [])]),
  ]);
  const lexiconValues = [...Object.values(lexicon.english), ...Object.values(lexicon.synonyms)].flat();
  return new Set([...texts, ...lexiconValues].flatMap(tokenize));
}
