import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerText, realSearch } from "./search-fixture.ts";

describe("answers the way staff type", () => {
  it("finds a compound from its parts and its parts from the compound", () => {
    expect(answerText("hvad gør vi ved bandekriminalitet")).toMatch(/bande/);
    expect(answerText("hvad er tryghedsvandringer")).toContain("tryghedsvandringer");
    expect(answerText("vandringer i udvalgte områder")).toContain("tryghedsvandringer");
    expect(answerText("straffesagsbehandlingen")).toMatch(/straffesag/);
  });

  it("reads æ, ø and å typed as ae, oe, aa or plain vowels", () => {
    const proper = answerText("Hvad står der om trivsel for medarbejderne?");
    expect(answerText("Hvad staar der om trivsel for medarbejderne?")).toBe(proper);
    expect(answerText("hvad er omvendt fodlaenke")).toContain("omvendt fodlænke");
  });

  it("reads a pejlemærke's name with two letters swapped", () => {
    const outcome = realSearch().search("sund dirft");
    expect(outcome.kind === "answer" && outcome.answer.item.id).toBe("sund-drift");
  });

  it("tolerates small typos", () => {
    expect(answerText("hvor mange komuner består politikredsen af")).toContain("fire kommuner");
    expect(answerText("vanvidsbillisme")).toContain("vanvidsbilisme");
  });

  it("bridges everyday words to the strategy's words", () => {
    expect(answerText("hvad gør I ved narko")).toMatch(/narkotika/);
    expect(answerText("hvad med racisme")).toMatch(/hadforbrydelser|mangfoldighed|inklusion/);
    expect(answerText("skal vi bruge ChatGPT")).toContain("sprogmodeller");
  });

  it("answers English questions by quoting the Danish text", () => {
    expect(answerText("What does the special unit do about road safety?")).toMatch(/trafiksikkerhed/);
    expect(answerText("what is the reverse ankle monitor pilot?")).toContain("omvendt fodlænke");
  });
});

describe("steers to the unit a question names", () => {
  it("answers from that unit's sections", () => {
    const outcome = realSearch().search("trivslen blandt kollegerne i beredskabet");
    expect(outcome.kind).toBe("answer");
    if (outcome.kind === "answer") expect(outcome.answer.item.unitId).toBe("beredskabsenheden");
  });

  it("understands everyday unit names", () => {
    for (const [question, unitId] of [
      ["hvad laver anklagerne under sund drift", "anklagemyndigheden"],
      ["hvad gør lokalpolitiet i Christiania", "lokalpolitienheden"],
      ["efterforskningen og personfarlig kriminalitet", "efterforskningsenheden"],
      ["administrationen og trivsel på arbejdet", "administrationssoejlen"],
    ] as const) {
      const outcome = realSearch().search(question);
      expect(outcome.kind === "answer" && outcome.answer.item.unitId, question).toBe(unitId);
    }
  });

  it("opens the overview when only the unit is named, even misspelt", () => {
    const outcome = realSearch().search("specialenhden");
    expect(outcome.kind === "unit-overview" && outcome.unit.id).toBe("specialenheden");
  });

  it("knows a unit by its short form in a Danish question, not by an English word", () => {
    const outcome = realSearch().search("hvad vil AM gøre for at samarbejde med efterforskningen om sagerne");
    expect(outcome.kind === "answer" && outcome.answer.item.unitId).toBe("anklagemyndigheden");
    expect(realSearch().explain("I am curious about the police's use of AI").query.unitIds).toEqual([]);
  });

  it("answers what a unit does, asked in a word or two, with what it is responsible for", () => {
    const outcome = realSearch().search("specialenheden, hvad er deres opgaver?");
    expect(outcome.kind === "answer" && outcome.answer.item.id).toBe("specialenheden-ansvar");
    expect(answerText("adm - hvad laver de")).toContain("Administrationssøjlen arbejder hver dag");
  });

  it("answers a unit plus a pejlemærke with that section", () => {
    const outcome = realSearch().search("anklagemyndigheden tættere på borgerne");
    expect(outcome.kind === "answer" && outcome.answer.item.id).toBe(
      "anklagemyndigheden-taettere-paa-borgerne",
    );
  });

  it("answers what a pejlemærke means, or is meant to achieve, with that pejlemærke's own section", () => {
    for (const question of [
      "sund drift, hvad er meningen med det i min hverdag?",
      "hvad er formålet med tættere på borgerne helt konkret",
      "what is the purpose of healthy operations, explained simply?",
    ]) {
      const outcome = realSearch().search(question);
      expect(outcome.kind === "answer" && outcome.answer.item.kind, question).toBe("pejlemaerke");
    }
  });
});

describe("says honestly when the strategy does not answer", () => {
  it.each([
    "hvad tjener en politibetjent i løn?",
    "kan man parkere gratis ved Politigården?",
    "hvad står der i strategien for 2030?",
    "What is the target response time after a 112 call?",
    "hvor mange betjente er der i Specialenheden?",
    "hvornår kommer vagtplanen for juli?",
    "Hvad har Nordsjællands Politi af indsatsområder?",
    "Is a new uniform on the way for patrol officers?",
  ])("%s", (question) => {
    expect(realSearch().search(question).kind).toBe("not-found");
  });

  it("offers near misses as suggestions, not as the answer", () => {
    const outcome = realSearch().search("hvor stort et budget får digitaliseringen?");
    expect(outcome.kind).toBe("not-found");
    if (outcome.kind === "not-found") expect(outcome.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("the shape of an answer", () => {
  it("quotes one to three paragraphs of one section, in document order, with at most three related sections", () => {
    for (const question of [
      "hvad er sund drift",
      "hvad gør Specialenheden",
      "digitalisering",
      "ledernes trivsel",
    ]) {
      const outcome = realSearch().search(question);
      expect(outcome.kind, question).toBe("answer");
      if (outcome.kind !== "answer") return;
      const { paragraphIndexes, related, item } = outcome.answer;
      expect(paragraphIndexes.length).toBeGreaterThanOrEqual(1);
      expect(paragraphIndexes.length).toBeLessThanOrEqual(3);
      expect([...paragraphIndexes].sort((a, b) => a - b)).toEqual(paragraphIndexes);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(item);
    }
  });

  it("never throws and always returns a well-formed outcome, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (text) => {
        const outcome = realSearch().search(text);
        expect(["answer", "structure", "choices", "not-found", "unit-overview"]).toContain(outcome.kind);
        if (outcome.kind === "answer") {
          const { item, paragraphIndexes } = outcome.answer;
          for (const index of paragraphIndexes) expect(item.paragraphs[index]).toBeDefined();
        }
      }),
      { seed: 2025, numRuns: 300 },
    );
  });
});
