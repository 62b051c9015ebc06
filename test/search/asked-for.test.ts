import { describe, expect, it } from "vitest";
import { expectedAnswer, givesAnswer } from "../../core/search/answer-type.ts";
import { answerText, realSearch } from "./search-fixture.ts";

describe("a question asking for a detail the strategy does not give is not answered with a passage", () => {
  it.each([
    ["a person", "hvem er chefen i Specialenheden lige nu?"],
    ["a penalty", "hvad får man i bøde for spirituskørsel"],
    ["an amount", "hvor mange penge bruger vi på våbenplatformen"],
    ["a duration", "hvor længe skal ansigtsgenkendelse afprøves"],
    ["a procedure for oneself", "hvordan søger jeg ind i mangfoldighedsstaben"],
    ["a procedure for anyone", "hvordan søger man om at komme med i borgerrådet"],
    ["a person, in English", "who is in charge of the investigation unit?"],
    ["which ones, where the text only says 'en række'", "hvilke projekter indgår i digitaliseringsindsatsen"],
    ["an abbreviation the text never spells out", "hvad står HR egentlig for"],
    ["a time, where the text only says the strategy's year", "hvornår bliver krisestyringscentret etableret"],
    ["the name of someone in a role", "hvad hedder lederen af mangfoldighedsstaben"],
    ["a sanction", "hvilken sanktion får man for at tale grimt til en kollega"],
    ["dates, asked with a preposition", "på hvilke datoer holder vi borgermøder"],
    ["a time of day, where the text gives only a season", "at what time do the boot camps start"],
    ["a place, where the text names none", "hvor skal den nye våbenplatform placeres"],
    ["a place, in English", "where will the diversity staff be based"],
  ])("%s: %s", (_kind, question) => {
    expect(realSearch().search(question).kind).toBe("not-found");
  });

  it("still offers the passage that mentions the topic as related reading", () => {
    const outcome = realSearch().search("hvilke projekter indgår i digitaliseringsindsatsen");
    const offered = outcome.kind === "not-found" ? outcome.suggestions.map((item) => item.id) : [];
    expect(offered).toContain("digitalt-mindset-indsats");
  });
});

describe("a question asking for a detail the strategy gives is answered", () => {
  it("an abbreviation the text spells out", () => {
    expect(answerText("the letters RSIOC, what are they short for")).toContain(
      "regionale situations- og operationscentre",
    );
  });

  it("a time other than the strategy's year", () => {
    expect(answerText("hvornår fik vi en mangfoldighedsstab")).toContain("I 2024 etablerede vi");
  });

  it("a place the text names", () => {
    expect(answerText("hvor ligger det, når borgerne vil møde lokalpolitiet i en ekspedition")).toContain(
      "på Hovedbanegården",
    );
  });

  it("a count given as a number", () => {
    expect(answerText("antal kommuner i vores politikreds")).toContain("fire kommuner");
  });
});

describe("answer kinds", () => {
  it.each([
    ["hvem er øverste leder i beredskabsenheden", "person"],
    ["hvad er straffen for at køre for stærkt", "penalty"],
    ["hvad staar rsioc for", "expansion"],
    ["how long does the pilot run", "duration"],
    ["how do i report it", "procedure"],
    ["hvilke skoler er med", "specifics"],
    ["hvor bliver garagen til patruljebilerne placeret", "place"],
    ["where exactly is the new centre located", "place"],
    ["hvor i strategien står der noget om trivsel", undefined],
    ["where does digitalisation fit", undefined],
    ["hvad er budgettet", "amount"],
    ["hvad hedder koordinatoren for borgerrådet", "person"],
    ["what is the name of the unit's chief", "person"],
    ["what sanctions apply", "penalty"],
    ["on which day does the meeting take place", "time"],
    ["i hvilket aar startede det", "time"],
    ["at what times does the patrol run", "clock"],
    ["hvornaar laerer nye kolleger mest", "condition"],
    ["when do teams work better together", "condition"],
    ["when exactly does the new centre open", "time"],
    ["when will the boot camps start, and who runs them", "time"],
    ["when a witness comes forward who leads the case", "person"],
    ["paa hvilke stationer er der vagtskifte", "specifics"],
    ["in which districts do the patrols run", "specifics"],
    ["hvem skal bygge det nye hus og hvornaar er det klar", "time"],
  ])("%s asks for %s", (question, kind) => {
    expect(expectedAnswer(question)).toBe(kind);
  });

  it("does not take 'leder efter' (searching) for a question about a leader", () => {
    expect(expectedAnswer("hvem leder efter savnede børn og voksne")).toBeUndefined();
    expect(expectedAnswer("hvem leder afdelingen for savnede")).toBe("person");
  });

  it("takes 'hvad står X for' for an abbreviation, and 'hvilke opgaver står X for' for a responsibility", () => {
    expect(expectedAnswer("hvad staar kk for")).toBe("expansion");
    expect(expectedAnswer("hvilke opgaver staar beredskabet for")).toBe("specifics");
  });

  it("does not take 'hvad står der om' for a question about an abbreviation", () => {
    expect(expectedAnswer("hvad staar der i strategien om trivsel")).toBeUndefined();
  });

  it("counts the bullets a paragraph announces as the answer to how many", () => {
    const announces =
      "I 2025 er de strategiske fokusområder for sammenhæng i straffesagsbehandlingen følgende;";
    const asked = (word: string) => word.startsWith("fokusområde");
    expect(givesAnswer(announces, "number", asked, { introducesList: true })).toBe(true);
    expect(givesAnswer(announces, "number", asked, { introducesList: false })).toBe(false);
  });

  it("reads a question opening with a 'when' clause by the question word that follows it", () => {
    expect(expectedAnswer("when a citizen reports a burglary what happens next")).toBeUndefined();
    expect(expectedAnswer("when people move here how many of them join us")).toBe("number");
  });

  it("answers 'under what circumstances' with a paragraph that says når or hvis", () => {
    expect(givesAnswer("Vi lykkes bedst, når vi arbejder sammen", "condition")).toBe(true);
    expect(givesAnswer("Vi vil styrke samarbejdet i 2026", "condition")).toBe(false);
  });

  it("answers where with a place named after a preposition, never with the organisation's own names", () => {
    expect(givesAnswer("Vi holder til på Nørrebro og ved Valby Station", "place")).toBe(true);
    expect(givesAnswer("Arbejdet foregår i Københavns Politi og i Specialenheden", "place")).toBe(false);
    expect(givesAnswer("Sagerne behandles digitalt i WorkZone", "place")).toBe(false);
  });

  it("does not take the strategy's own year for the answer to when", () => {
    expect(givesAnswer("Vi skal i 2025 fortsætte med projekterne", "time", undefined, { year: 2025 })).toBe(
      false,
    );
    expect(givesAnswer("Fra 2026 skal vi levere sagerne digitalt", "time", undefined, { year: 2025 })).toBe(
      true,
    );
  });
});
