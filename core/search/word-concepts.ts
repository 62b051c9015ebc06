import type { CompiledLexicon } from "./compiled-lexicon.ts";
import { type Concept, concept } from "./concept.ts";
import { danishTerm, type QueryLanguage } from "./language.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";

/** How `createWordConcepts` weighs a word's terms; part of `QueryAnalyzerOptions`. */
export interface WordConceptOptions {
  /** Weight of a compound's part when the whole word is also known. Default 0.5. */
  partWeight?: number;
  /** Importance of a verb or adjective relative to a noun. Default 0.4. */
  verbAndAdjectiveImportance?: number;
  /** Importance of the first parts of a compound the strategy does not use, relative to its last part. Default 0.5. */
  modifierImportance?: number;
  /** Importance of an English word the glossary does not know. Default 0.5. */
  unknownEnglishImportance?: number;
}

/**
 * Builds the function that turns one question word into concepts: a Danish word into its own term,
 * its compound parts and synonyms (or, for a compound the strategy never uses, one concept per part);
 * an English word into its glossary meaning or the whole Danish word it equals.
 */
export function createWordConcepts(
  lexicon: CompiledLexicon,
  analyzer: TermAnalyzer,
  options: WordConceptOptions,
): (word: string, language: QueryLanguage) => Concept[] {
  const partWeight = options.partWeight ?? 0.5;
  const weakImportance = options.verbAndAdjectiveImportance ?? 0.4;
  const modifierImportance = options.modifierImportance ?? 0.5;
  const unknownEnglishImportance = options.unknownEnglishImportance ?? 0.5;
  const importanceOf = (word: string) => (analyzer.isVerbOrAdjective(word) ? weakImportance : 1);

  const danishConcepts = (word: string): Concept[] => {
    const [whole = word, ...parts] = analyzer.wordTerms(word);
    const synonyms = lexicon.synonymsOf(word);
    if (analyzer.knowsTerm(whole) || parts.length === 0 || synonyms.length > 0) {
      const partTerms = parts.map((term) => ({ term, weight: partWeight }));
      return [concept(word, [{ term: whole, weight: 1 }, ...partTerms, ...synonyms], importanceOf(word))];
    }
    // A compound the strategy never uses whose first part it never uses either names a thing it does
    // not cover (`pensionsmøde` is no `møde` of the strategy's): the paragraph must contain the word.
    // It may still be a typo of a word the strategy uses (`efteretninger`), so typo matching stays on.
    const head = parts[parts.length - 1] ?? "";
    if (analyzer.knowsTerm(head) && parts.slice(0, -1).some((part) => !analyzer.knowsTerm(part)))
      return [
        {
          ...concept(word, [{ term: whole, weight: 1 }], 1),
          required: true,
          exact: false,
          strategyTextOnly: true,
        },
      ];
    // A compound the strategy never uses: found from its parts. Danish compounds put the meaning in the
    // last part (`hovedansvar` is an `ansvar`), so the first parts matter less.
    return parts.map((part, index) => {
      const alternatives = [
        { term: part, weight: 1 },
        { term: whole, weight: 1 },
      ];
      return concept(
        part,
        alternatives,
        index === parts.length - 1 ? importanceOf(word) : modifierImportance,
      );
    });
  };

  return function wordConcepts(word: string, language: QueryLanguage): Concept[] {
    const glossary = lexicon.glossaryOf(word);
    if (language === "en") {
      // In an English question a word is English: the glossary gives its Danish meaning, and it matches
      // the strategy directly only as a whole word the strategy uses (`Christiania`, `digital`), never
      // by its parts, prefix or a typo (`political` is not `politi`, `workforce` not `work` + `forc`).
      const whole = danishTerm(word);
      const direct = analyzer.knowsTerm(whole) ? [{ term: whole, weight: 1 }] : [];
      if (glossary.length > 0 || direct.length > 0) return [concept(word, [...glossary, ...direct], 1)];
      return [{ ...concept(word, [{ term: whole, weight: 1 }], unknownEnglishImportance), exact: true }];
    }
    const own = danishConcepts(word);
    const ownKnown = own.some((known) => known.alternatives.some((alt) => analyzer.knowsTerm(alt.term)));
    return !ownKnown && glossary.length > 0 ? [concept(word, glossary, 1)] : own;
  };
}
