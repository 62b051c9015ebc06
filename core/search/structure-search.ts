import type { Strategy } from "../content/strategy.ts";
import { expectedAnswer } from "./answer-type.ts";
import type { CompiledLexicon } from "./compiled-lexicon.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";
import { detectLanguage } from "./language.ts";
import { createNameMatcher, type NameMatch } from "./name-matcher.ts";
import type { NameFinder } from "./question-names.ts";
import { type StructureAnswer, structureAnswer } from "./structure-answer.ts";
import { recognizeStructure } from "./structure-question.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";
import { tokenize } from "./tokenize.ts";
import { typedWords } from "./unknown-names.ts";

/**
 * Builds the function that answers questions about the strategy's shape from the content model
 * ("hvilke indsatsområder hører under sund drift?", "what are the cross-cutting initiatives?"), or
 * returns undefined for any other question. No paragraph holds these answers whole, so a passage
 * search would quote one that merely mentions the words.
 */
export function createStructureSearch(
  strategy: Strategy,
  lexicon: CompiledLexicon,
  analyzer: TermAnalyzer,
  findNames: NameFinder,
): (question: string) => StructureAnswer | undefined {
  const focusAreas = strategy.items.filter((item) => item.kind === "indsatsomraade" && !item.unitId);
  const findFocusAreas = createNameMatcher(
    focusAreas.map((item) => ({ id: item.id, names: [item.title, ...(item.aliases ?? [])] })),
  );
  // The yearly themes by name ("fx moralsk stress"): an example of what is asked for, not a topic of its own.
  const findThemes = createNameMatcher(strategy.themes.map((theme) => ({ id: theme, names: [theme] })));
  const isFiller = (word: string) => lexicon.isFiller(word, "da") || lexicon.isFiller(word, "en");

  return function answerStructure(question) {
    const words = tokenize(question).map((word) => foldDanishLetters(analyzer.restoreSpelling(word)));
    const { units, pejlemaerker } = findNames(words, detectLanguage(words), typedWords(question));
    const named = new Set<number>();
    const ids = <Id extends string>(matches: NameMatch<Id>[]) => {
      for (const match of matches) for (let at = match.start; at < match.end; at++) named.add(at);
      return [...new Set(matches.map((match) => match.id))];
    };
    const themeNames = new Set(
      findThemes(words)
        .filter((match) => !named.has(match.start))
        .flatMap((match) => Array.from({ length: match.end - match.start }, (_, at) => match.start + at)),
    );
    const topic = recognizeStructure({
      words,
      unitIds: ids(units),
      pejlemaerkeIds: ids(pejlemaerker),
      focusAreaIds: ids(findFocusAreas(words).filter((match) => !named.has(match.start))),
      named,
      themeNames,
      pejlemaerkeOf: (itemId) => strategy.itemById.get(itemId)?.pejlemaerke,
      isFiller,
    });
    return topic && structureAnswer(strategy, topic, expectedAnswer(words.join(" ")) === "number");
  };
}
