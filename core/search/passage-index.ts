import { LRUCache } from "lru-cache";
import MiniSearch, { type SearchOptions } from "minisearch";
import type { Item, Strategy } from "../content/strategy.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";

/** One paragraph of the strategy, the unit of search: answers quote paragraphs, not whole sections. */
export interface Passage {
  id: number;
  item: Item;
  paragraphIndex: number;
}

interface PassageDocument {
  id: number;
  text: string;
  title: string;
  keywords: string;
  questions: string;
  alternates: string;
}

/**
 * How much a match in each field counts. Editors' keywords are as good as the text itself; the many
 * alternate questions (`content/<year>/alternates/`) count less, so they bridge staff's words to a
 * paragraph without drowning what the paragraph itself says. `alternates` is set by the options.
 */
const fieldBoosts = { text: 1, title: 1.6, keywords: 1.2, questions: 0.8 };

/** The searchable paragraphs and a BM25 index over them. */
export interface PassageIndex {
  passages: readonly Passage[];
  /**
   * Scores of the passages matching any of `terms` (already analysed), by passage id. A term the index
   * knows is matched as itself and by prefix; only an unknown term (a typo) is matched fuzzily, so
   * `skæg` never finds `skære` when both are words. `exact` turns prefix and typo matching off;
   * `strategyTextOnly` leaves out the editors' keywords, questions and alternates.
   */
  scoresFor(
    terms: readonly { term: string; weight: number }[],
    matching?: { exact?: boolean; strategyTextOnly?: boolean },
  ): ReadonlyMap<number, number>;
  /** How many passages contain the term (in any field). */
  documentFrequency(term: string): number;
  /** How many term lists' scores are remembered now; never more than `maxRememberedScores`. */
  readonly rememberedScores: number;
}

/**
 * How many term lists' scores the index remembers (an LRU). A question's words become term lists
 * (a word with its synonyms and translations), and the same words come back question after question;
 * their scores are the same every time, so BM25 over the index runs once per list, not once per use.
 */
export const maxRememberedScores = 5_000;

/** Options for {@link buildPassageIndex}, with the defaults below. */
export interface PassageIndexOptions {
  /** Edit distance allowed for a query term of a given length. Default {@link defaultFuzziness}. */
  fuzziness?: (term: string) => number;
  /** Whether a query term also matches longer terms it begins. Default: terms of 4+ letters. */
  prefix?: (term: string) => boolean;
  /** Weight of a match in a paragraph's alternate questions; 0 leaves them out. Default 0.3. */
  alternatesBoost?: number;
}

/**
 * Indexes every paragraph with its text, its item's title and breadcrumb, and the editors' keywords and
 * example questions (paragraph's own and its item's). Terms are analysed by `analyzer` on the way in;
 * queries arrive already analysed, so the index applies no processing of its own to them.
 */
export function buildPassageIndex(
  strategy: Strategy,
  analyzer: TermAnalyzer,
  options: PassageIndexOptions = {},
): PassageIndex {
  const passages: Passage[] = strategy.items.flatMap((item) =>
    item.paragraphs.map((_, paragraphIndex) => ({ id: 0, item, paragraphIndex })),
  );
  passages.forEach((passage, index) => {
    passage.id = index;
  });
  const boosts = { ...fieldBoosts, alternates: options.alternatesBoost ?? 0.3 };
  const fields = Object.keys(boosts).filter((field) => boosts[field as keyof typeof boosts] > 0);
  const index = new MiniSearch<PassageDocument>({
    fields,
    tokenize: (text) => analyzer.textTerms(text),
    processTerm: (term) => term,
  });
  const documents = passages.map((passage) => toDocument(passage, strategy));
  index.addAll(documents);
  const frequency = new Map<string, number>();
  for (const document of documents) {
    const terms = new Set(
      fields.flatMap((field) => analyzer.textTerms(document[field as keyof typeof boosts])),
    );
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }

  const fuzziness = options.fuzziness ?? defaultFuzziness;
  const prefix = options.prefix ?? defaultPrefix;
  const remembered = new LRUCache<string, ReadonlyMap<number, number>>({ max: maxRememberedScores });
  const scoresFor: PassageIndex["scoresFor"] = (terms, matching = {}) => {
    // Terms are analysed words (letters and digits), so a space and a colon cannot occur inside one.
    const how = `${matching.exact === true} ${matching.strategyTextOnly === true}`;
    const key = `${how}${terms.map(({ term, weight }) => ` ${term}:${weight}`).join("")}`;
    let scores = remembered.get(key);
    if (!scores) {
      scores = scoreWithBm25(terms, matching);
      remembered.set(key, scores);
    }
    return scores;
  };
  const scoreWithBm25: PassageIndex["scoresFor"] = (terms, matching = {}) => {
    const weightByTerm = new Map(terms.map(({ term, weight }) => [term, weight]));
    const search: SearchOptions = {
      boost: boosts,
      fields: matching.strategyTextOnly ? ["text", "title"] : fields,
      tokenize: (text) => [text],
      processTerm: (term) => term,
      fuzzy: (term) => (matching.exact || frequency.has(term) ? 0 : fuzziness(term)),
      prefix: (term) => !matching.exact && prefix(term),
      boostTerm: (term) => weightByTerm.get(term) ?? 1,
      combineWith: "OR",
    };
    const results = index.search({ ...search, queries: [...weightByTerm.keys()] }, search);
    return new Map(results.map((result) => [result.id as number, result.score]));
  };
  return {
    passages,
    scoresFor,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    get rememberedScores() {
      return remembered.size;
    },
  };
}

function toDocument(passage: Passage, strategy: Strategy): PassageDocument {
  const { item, paragraphIndex } = passage;
  const paragraph = item.paragraphs[paragraphIndex];
  const unit = item.unitId ? strategy.unitById.get(item.unitId) : undefined;
  return {
    id: passage.id,
    text: paragraph?.text ?? "",
    title: [item.title, item.slogan ?? "", item.signature ?? "", ...item.breadcrumb, unit?.name ?? ""].join(
      " ",
    ),
    keywords: [...(paragraph?.keywords ?? []), ...item.keywords].join(" "),
    questions: [...(paragraph?.questions ?? []), ...item.questions].join(" "),
    alternates: (paragraph?.alternates ?? []).join(" "),
  };
}

/** One typo in a term of 5+ letters, two in one of 10+: what chat typing needs without matching noise. */
export function defaultFuzziness(term: string): number {
  if (term.length >= 10) return 2;
  return term.length >= 5 ? 1 : 0;
}

/** Prefix matching from 4 letters: `narko` finds `narkotika`, but `tid` does not find `tidssvarende`. */
export function defaultPrefix(term: string): boolean {
  return term.length >= 4;
}
