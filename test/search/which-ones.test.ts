import { describe, expect, it } from "vitest";
import { namesWhichOnes } from "../../core/search/vague-mention.ts";
import { answerText, realSearch } from "./search-fixture.ts";

/** Asked terms as the search would make them, for sentences of our own (a plain lower-case stem match). */
const asked = (stem: string) => ({
  terms: new Set([stem]),
  termsOf: (word: string) => (word.startsWith(stem) ? [stem] : [word]),
});

describe("a plural 'which' question is answered only where the paragraph says which", () => {
  it.each([
    ["a list after a colon", "Vi besøger tre skoler: Ryparken, Valby og Ørestad.", "skole"],
    ["examples after såsom", "Vi rammer kriminalitet såsom tyveri, røveri og vold.", "kriminalitet"],
    [
      "examples after som, without a comma",
      "Vi rammer kriminalitet som tyveri, røveri og vold.",
      "kriminalitet",
    ],
    ["a name beside the noun", "Aftalen er indgået med Københavns Byret og Frederiksberg ret.", "ret"],
    [
      "a list a few words on",
      "Vi prioriterer sager om personfarlig kriminalitet, sædelighed og tyveri.",
      "sager",
    ],
    ["an aside after a dash", "Vi kører patruljer – til fods, i bil og til hest.", "patrulje"],
  ])("names them: %s", (_how, paragraph, stem) => {
    const { terms, termsOf } = asked(stem);
    expect(namesWhichOnes(paragraph, terms, termsOf)).toBe(true);
  });

  it.each([
    [
      "a bare plural that is one item of a list",
      "Vi kontrollerer ved skoler, informerer borgerne og måler fart.",
      "skole",
    ],
    ["a count with a relative clause", "Kredsens fem bydele, som alle bidrager, er vigtige.", "bydel"],
    ["a relative clause", "Vi går i områder, som er udpeget af borgerne og politiet.", "område"],
    ["a vague quantifier", "Vi gennemgår udvalgte processer.", "process"],
  ])("does not: %s", (_how, paragraph, stem) => {
    const { terms, termsOf } = asked(stem);
    expect(namesWhichOnes(paragraph, terms, termsOf)).toBe(false);
  });

  it("leaves a paragraph that does not mention the thing to the coverage rules", () => {
    const { terms, termsOf } = asked("skole");
    expect(namesWhichOnes("Vi styrker trafiksikkerheden.", terms, termsOf)).toBeUndefined();
  });

  it.each(["hvilke vejstrækninger er særligt uheldsbelastede", "hvilke kommuner samarbejder vi med"])(
    "says 'not found' where the strategy mentions them without naming them: %s",
    (question) => {
      expect(realSearch().search(question).kind).toBe("not-found");
    },
  );

  it("answers with the paragraph that lists them rather than one that only mentions them", () => {
    expect(answerText("hvilke slags kriminalitet efterforsker efterforskningsenheden")).toContain(
      "tyveri, røveri, indbrud og vold",
    );
  });

  it("takes the noun after a count or a sort word as the thing asked about", () => {
    expect(realSearch().explain("hvilke tre slags patruljer har vi").query.askedAbout).toEqual(
      realSearch().explain("hvilke patruljer har vi").query.askedAbout,
    );
  });
});
