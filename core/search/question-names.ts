import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { Strategy } from "../content/strategy.ts";
import { englishStopwords, type QueryLanguage } from "./language.ts";
import { createNameMatcher, type NameMatch } from "./name-matcher.ts";
import { createUnitAbbreviations } from "./unit-abbreviations.ts";

/** The units and pejlemærker a question names, and the word positions their names and kind words take. */
export interface QuestionNames {
  units: NameMatch<string>[];
  pejlemaerker: NameMatch<PejlemaerkeId>[];
  /** Positions of the names, and of kind words (`enheden`, `pejlemærket`) made redundant by them. */
  taken: Set<number>;
}

/**
 * Words that only say what kind of thing a name is. Once a question names a pejlemærke or a unit,
 * `pejlemærket` or `enheden` add nothing; matched as concepts they would favour any paragraph that
 * happens to use the word.
 */
const kindWords = {
  pejlemaerke: new Set([
    "pejlemaerke",
    "pejlemaerket",
    "pejlemaerker",
    "pejlemaerkerne",
    "guidepost",
    "guideposts",
  ]),
  unit: new Set([
    "enhed",
    "enheden",
    "enhedens",
    "enheder",
    "unit",
    "units",
    "afdeling",
    "afdelingen",
    "department",
  ]),
};

/**
 * Words that ask what a named pejlemærke means or is for ("hvad er meningen med sund drift i praksis",
 * "what does closer to the citizens mean in plain words"). The pejlemærke's own section says that, so
 * once one is named they add nothing; left as concepts they would favour any paragraph that happens to
 * say `praksis` or `mål` over the section asked about. (`betyder`, `mean`, `about` are fillers anyway.)
 */
const meaningWords = new Set([
  ...["praksis", "hverdag", "hverdagen", "konkret", "konkrete", "formaal", "formaalet", "formal", "formalet"],
  ...["mening", "meningen", "betydning", "betydningen", "menes", "ment", "indebaerer", "indebarer"],
  ...[
    "maal",
    "maalet",
    "maalene",
    "mal",
    "malet",
    "malene",
    "ambition",
    "ambitionen",
    "hensigt",
    "hensigten",
  ],
  ...["ide", "ideen", "tanke", "tanken", "opnaa", "opna", "resultat", "resultater", "resultaterne", "levere"],
  ...["forklar", "forklare", "forklaret", "forklaring", "kort", "fortalt", "enkle", "ord"],
  ...["practice", "practise", "practical", "practically", "plain", "simple", "simply", "words", "concrete"],
  ...["concretely", "purpose", "point", "goal", "goals", "aim", "aims", "idea", "ambition", "intention"],
  ...["intended", "meant", "meaning", "means", "deliver", "delivers", "result", "results", "achieve"],
  ...[
    "outcome",
    "outcomes",
    "supposed",
    "expected",
    "explain",
    "explained",
    "summary",
    "nutshell",
    "basically",
  ],
  ...["entail", "entails", "involve", "involves"],
]);

/** Finds the names in a question's words; `typed` are the same words with the case they were typed in. */
export type NameFinder = (
  folded: readonly string[],
  language: QueryLanguage,
  typed?: readonly string[],
) => QuestionNames;

/**
 * Builds the function that finds unit and pejlemærke names in a question's words (folded, lower-case).
 * A short name that is also an English function word (`am` for Anklagemyndigheden is `am` in "I am")
 * is not taken for a name in an English question. `typed` (the words with their case, when known) lets
 * it recognise a unit written as capitals (`BE`, `SPE`); `partsOf` splits a unit's name into its
 * compound parts for those abbreviations. Built once per search: the query analysis and the structure
 * recogniser share it, and with it what its matchers remember.
 */
export function createNameFinder(strategy: Strategy, partsOf: (foldedName: string) => string[]): NameFinder {
  const abbreviatedUnit = createUnitAbbreviations(strategy.units, partsOf);
  const findUnits = createNameMatcher(
    strategy.units.map((unit) => ({ id: unit.id, names: [unit.name, ...unit.aliases] })),
  );
  const findPejlemaerker = createNameMatcher(
    strategy.pejlemaerker.map((p) => ({ id: p.id, names: [p.title, ...p.aliases] })),
  );
  return function findNames(folded, language, typed = []) {
    const isName = (match: NameMatch<string>) =>
      !(
        language === "en" &&
        match.end - match.start === 1 &&
        englishStopwords.has(folded[match.start] ?? "")
      );
    const units = findUnits(folded).filter(isName);
    const covered = (position: number) =>
      units.some((match) => match.start <= position && position < match.end);
    if (typed.length === folded.length)
      typed.forEach((word, position) => {
        const id = covered(position) ? undefined : abbreviatedUnit(word);
        if (id) units.push({ id, start: position, end: position + 1 });
      });
    units.sort((a, b) => a.start - b.start);
    const pejlemaerker = findPejlemaerker(folded);
    return { units, pejlemaerker, taken: takenPositions(folded, units, pejlemaerker) };
  };
}

function takenPositions(
  folded: readonly string[],
  units: NameMatch<string>[],
  pejlemaerker: NameMatch<string>[],
): Set<number> {
  const taken = new Set<number>();
  for (const match of [...units, ...pejlemaerker])
    for (let at = match.start; at < match.end; at++) taken.add(at);
  folded.forEach((word, position) => {
    const redundant =
      (pejlemaerker.length > 0 && (kindWords.pejlemaerke.has(word) || meaningWords.has(word))) ||
      (units.length > 0 && kindWords.unit.has(word));
    if (redundant) taken.add(position);
  });
  return taken;
}
