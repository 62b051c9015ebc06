import type { Strategy, Unit } from "../content/strategy.ts";
import type { Answer, SearchOutcome } from "./answer.ts";
import { type ChoicesOptions, uncertainCandidates } from "./choose-or-answer.ts";
import { type RerankingOptions, rerankByClassifier } from "./classifier-reranking.ts";
import { compileLexicon } from "./compiled-lexicon.ts";
import { composeAnswer, firstParagraphs, relatedItems } from "./compose-answer.ts";
import { danishDictionary } from "./danish-dictionary.ts";
import type { Lexicon } from "./lexicon.ts";
import { namedOnly, namedSection } from "./named-sections.ts";
import { type PassageClassifierOptions, trainPassageClassifier } from "./passage-classifier.ts";
import { buildPassageIndex, type PassageIndexOptions } from "./passage-index.ts";
import { type AnalyzedQuery, createQueryAnalyzer, type QueryAnalyzerOptions } from "./query-analyzer.ts";
import { createNameFinder } from "./question-names.ts";
import { type RankingOptions, rankPassages, type ScoredPassage } from "./rank-passages.ts";
import { rememberOutcomes } from "./remembered-outcomes.ts";
import { createStructureSearch } from "./structure-search.ts";
import { createTermAnalyzer } from "./term-analyzer.ts";
import { tokenize } from "./tokenize.ts";

/** Every tunable of the search, each with its default in the module that uses it. */
export type StrategySearchOptions = PassageIndexOptions &
  QueryAnalyzerOptions &
  RankingOptions &
  ChoicesOptions &
  RerankingOptions & {
    /** How the passage classifier that re-ranks the lexical candidates is trained. */
    classifier?: PassageClassifierOptions;
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
   * name alone lists that unit's sections, and a question about the strategy's shape the sections its
   * answer names.
   */
  answers(question: string, limit: number): Answer[];
  /** The analysis and ranking behind an outcome, for the evaluation script and debugging. */
  explain(question: string): { query: AnalyzedQuery; ranked: ScoredPassage[] };
}

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
  const findNames = createNameFinder(strategy, (name) => analyzer.wordTerms(name).slice(1));
  const analyzeQuery = createQueryAnalyzer(strategy, compiled, analyzer, findNames, options);
  const answerStructure = createStructureSearch(strategy, compiled, analyzer, findNames);
  const classifier =
    options.classifierWeight === 0
      ? undefined
      : trainPassageClassifier(strategy, index.passages, analyzer, options.classifier);
  const companionShare = options.companionShare ?? 0.45;
  const unitOf = (unitId?: string) => (unitId ? strategy.unitById.get(unitId) : undefined);

  const ranking = { year: strategy.year, ...options };
  const rank = (question: string, query: AnalyzedQuery): ScoredPassage[] => {
    const lexical = rankPassages(index, query, ranking, analyzer.wordTerms);
    // The classifier only re-orders a ranking the words already answer, so it is not asked otherwise.
    if (!classifier || !lexical[0]?.answers) return lexical;
    return rerankByClassifier(lexical, classifier.probabilities(question), options);
  };
  const explain = (question: string) => {
    const query = analyzeQuery(question);
    return { query, ranked: rank(question, query) };
  };

  const search = rememberOutcomes((question: string): SearchOutcome => {
    const query = analyzeQuery(question);
    const unit = unitOf(query.unitIds[0]);
    const withUnit = unit ? { unit } : {};
    if (query.unanswerable) return { kind: "not-found", ...withUnit, suggestions: [] };
    const structure = answerStructure(question);
    if (structure) return { kind: "structure", structure };
    // Passages are ranked only for a question that neither the analysis nor the structure settled.
    const ranked = rank(question, query);
    if (query.concepts.every((concept) => concept.fromName))
      return namedOnly(strategy, query) ?? notFound(ranked, withUnit);
    const section = namedSection(strategy, query);
    if (section) {
      // "Lokalpolitiets fokus under Sund drift": the person pointed at a section; answer from it.
      const bestInSection = ranked.find((scored) => scored.passage.item === section && scored.answers);
      const answer = bestInSection
        ? composeAnswer(bestInSection, ranked, companionShare)
        : {
            item: section,
            paragraphIndexes: firstParagraphs(section),
            related: relatedItems(ranked, section),
          };
      return { kind: "answer", answer, ...withUnit };
    }
    const candidates = uncertainCandidates(ranked, options);
    if (candidates) return { kind: "choices", candidates, ...withUnit };
    const best = ranked[0];
    if (!best?.answers) return notFound(ranked, withUnit);
    return { kind: "answer", answer: composeAnswer(best, ranked, companionShare), ...withUnit };
  });

  return {
    explain,
    search,
    answers(question, limit) {
      const outcome = search(question);
      if (outcome.kind === "unit-overview" || outcome.kind === "structure") {
        const items =
          outcome.kind === "unit-overview"
            ? outcome.unit.itemIds.flatMap((id) => strategy.itemById.get(id) ?? [])
            : outcome.structure.lines.flatMap((line) => ("item" in line.opens ? [line.opens.item] : []));
        const sections = [...new Set(items)].slice(0, limit);
        return sections.map((item) => ({ item, paragraphIndexes: firstParagraphs(item), related: [] }));
      }
      if (outcome.kind !== "answer") return [];
      const { ranked } = explain(question);
      const seen = new Set([outcome.answer.item]);
      const more: Answer[] = [];
      for (const scored of ranked) {
        if (!scored.answers || seen.has(scored.passage.item) || more.length >= limit - 1) continue;
        seen.add(scored.passage.item);
        more.push(composeAnswer(scored, ranked, companionShare));
      }
      return [outcome.answer, ...more].slice(0, limit);
    },
  };
}

function notFound(ranked: ScoredPassage[], withUnit: { unit?: Unit }): SearchOutcome {
  return { kind: "not-found", ...withUnit, suggestions: relatedItems(ranked) };
}

function corpusWords(strategy: Strategy, lexicon: Lexicon): Set<string> {
  const texts = strategy.items.flatMap((item) => [
    item.title,
    ...(item.aliases ?? []),
    ...item.keywords,
    ...item.questions,
    ...item.paragraphs.flatMap((p) => [
      p.text,
      ...(p.keywords ?? []),
      ...(p.questions ?? []),
      ...(p.alternates ?? []),
    ]),
  ]);
  const lexiconValues = [...Object.values(lexicon.english), ...Object.values(lexicon.synonyms)].flat();
  return new Set([...texts, ...lexiconValues].flatMap(tokenize));
}
