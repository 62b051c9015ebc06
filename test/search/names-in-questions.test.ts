import { describe, expect, it } from "vitest";
import { realSearch } from "./search-fixture.ts";

const unitsOf = (question: string) => realSearch().explain(question).query.unitIds;

describe("a name the strategy never uses", () => {
  it.each(["må vi bruge Gemini til sagsbehandlingen", "bliver DUBU erstattet af robotløsninger"])(
    "makes the question one the strategy does not answer: %s",
    (question) => {
      expect(realSearch().search(question).kind).toBe("not-found");
    },
  );

  it("still offers the paragraph the other words point to as related reading", () => {
    const outcome = realSearch().search("bliver DUBU erstattet af robotløsninger");
    expect(outcome.kind === "not-found" ? outcome.suggestions.map((item) => item.id) : []).toContain(
      "digitalisering",
    );
  });

  it.each([
    "hvad gør vi ved hashhandlen på Christiania",
    "What does the strategy say about Copenhagen and its citizens?",
    "Hvad siger strategien om trivsel? Og om Inklusion?",
  ])("is not assumed for names the strategy uses, translations and sentence starts: %s", (question) => {
    const { concepts } = realSearch().explain(question).query;
    expect(concepts.filter((concept) => concept.strategyTextOnly)).toEqual([]);
  });
});

describe("a unit written as an abbreviation in capitals", () => {
  it.each([
    ["hvad gør LOK for de unge", "lokalpolitienheden"],
    ["BE – hvordan går det med trivslen", "beredskabsenheden"],
    ["hvad laver SPE på vandet", "specialenheden"],
    ["LPE og borgerrådet", "lokalpolitienheden"],
  ])("is that unit: %s", (question, unit) => {
    expect(unitsOf(question)).toEqual([unit]);
  });

  it("is an ordinary word when typed in lower case", () => {
    expect(unitsOf("se hvad strategien siger om trivsel")).toEqual([]);
  });
});

describe("a unit called by its name without 'enheden', capitalised like a name", () => {
  it.each([
    ["hvilke opgaver løser Beredskab om natten", "beredskabsenheden"],
    ["hvilke opgaver har Special", "specialenheden"],
    ["er Efterforskning med i trivselsarbejdet", "efterforskningsenheden"],
  ])("is that unit: %s", (question, unit) => {
    expect(unitsOf(question)).toEqual([unit]);
  });

  it("is an ordinary word in lower case", () => {
    expect(unitsOf("er der en special indsats for ofre")).toEqual([]);
  });
});

describe("a compound the strategy never uses, whose first part it never uses either", () => {
  it("names a thing the strategy does not cover", () => {
    expect(realSearch().search("er der kaffemøde i beredskabet på fredag").kind).toBe("not-found");
  });

  it("is still matched with a typo of a word the strategy uses", () => {
    expect(realSearch().search("hvad skal mangfoldihedsstaben lave").kind).not.toBe("not-found");
  });
});
