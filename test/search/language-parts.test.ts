import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedAnswer, givesAnswer } from "../../core/search/answer-type.ts";
import { inflectedWordChecker, splitCompound } from "../../core/search/compound-splitter.ts";
import { danishDictionary } from "../../core/search/danish-dictionary.ts";
import { editDistance } from "../../core/search/edit-distance.ts";
import { foldDanishLetters } from "../../core/search/fold-danish-letters.ts";
import { detectLanguage } from "../../core/search/language.ts";
import { createNameMatcher } from "../../core/search/name-matcher.ts";
import { tokenize } from "../../core/search/tokenize.ts";

describe("compound splitting with the Danish dictionary", () => {
  const dictionary = danishDictionary();
  const isWord = inflectedWordChecker(dictionary.words);

  it.each([
    ["tryghedsvandringer", ["tryghed", "vandringer"]],
    ["bandekriminalitet", ["band", "kriminalitet"]], // linking e dropped: `band` and `bande` stem alike
    ["antisemitismekoordinator", ["antisemitisme", "koordinator"]],
    ["ansigtsgenkendelsesteknologi", ["ansigtsgenkendelse", "teknologi"]],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word, { isWord })).toEqual(parts);
  });

  it("leaves words that are not compounds alone", () => {
    for (const word of ["trivsel", "kriminalitet", "politi", "borgerne"]) {
      expect(splitCompound(word, { isWord, minPartLength: 4, minLastPartLength: 5 })).toEqual([word]);
    }
  });

  it("knows verbs and adjectives from nouns", () => {
    expect(dictionary.verbsAndAdjectives.has("bruge")).toBe(true);
    expect(dictionary.verbsAndAdjectives.has("rigtig")).toBe(true);
    expect(dictionary.verbsAndAdjectives.has("uniform")).toBe(false);
    expect(dictionary.verbsAndAdjectives.has("pension")).toBe(false);
  });

  it("always returns parts that spell the word, with only linking letters between them", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zæøå]{1,30}$/), (word) => {
        const parts = splitCompound(word, { isWord });
        expect(word).toMatch(new RegExp(`^${parts.join("[se]?")}$`));
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe("text analysis", () => {
  it("tokenizes on anything that is not a letter or digit, lower-cased", () => {
    expect(tokenize("HR-processer, “Crime as a Service” – 114!")).toEqual([
      "hr",
      "processer",
      "crime",
      "as",
      "a",
      "service",
      "114",
    ]);
  });

  it("folds æ, ø and å to two letters", () => {
    expect(foldDanishLetters("tættere på bæredygtig øjenhøjde")).toBe("taettere paa baeredygtig oejenhoejde");
  });

  it("computes edit distance, stopping early", () => {
    expect(editDistance("komuner", "kommuner", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });

  it("tells English from Danish by function words, ties to Danish", () => {
    expect(detectLanguage(tokenize("what is the strategy for the citizens"))).toBe("en");
    expect(detectLanguage(tokenize("hvad er strategien for borgerne"))).toBe("da");
    expect(detectLanguage(tokenize("trivsel"))).toBe("da");
  });
});

describe("finding unit names", () => {
  const find = createNameMatcher([
    { id: "specialenheden", names: ["Specialenheden", "special unit"] },
    { id: "anklagemyndigheden", names: ["Anklagemyndigheden", "anklagerne"] },
  ]);
  const words = (text: string) => tokenize(text).map(foldDanishLetters);

  it("finds phrases, inflections and typos", () => {
    expect(find(words("is the special unit in charge of border control")).map((m) => m.id)).toEqual([
      "specialenheden",
    ]);
    expect(find(words("specialenhedens patruljer")).map((m) => m.id)).toEqual(["specialenheden"]);
    expect(find(words("anklagemydigheden")).map((m) => m.id)).toEqual(["anklagemyndigheden"]);
  });

  it("finds nothing in a question about no unit", () => {
    expect(find(words("hvad er trivsel"))).toEqual([]);
  });
});

describe("answer types", () => {
  it("knows questions that want a number or a time", () => {
    expect(expectedAnswer("hvor mange betjente findes der")).toBe("number");
    expect(expectedAnswer("when does it start")).toBe("time");
    expect(expectedAnswer("hvad er trivsel")).toBeUndefined();
  });

  it("accepts only paragraphs that give that kind of answer; a year is not a count", () => {
    expect(givesAnswer("kredsens fire kommuner", "number")).toBe(true);
    expect(givesAnswer("i 2024 gennemført en ny organisering", "number")).toBe(false);
    expect(givesAnswer("i sommerhalvåret også tilstede på vandet", "time")).toBe(true);
    expect(givesAnswer("vi møder borgerne", "time")).toBe(false);
  });
});
