import { describe, expect, it } from "vitest";
import type { StructureAnswer } from "../../core/search/structure-answer.ts";
import { normalise, sourceText } from "../content/source-text.ts";
import { realSearch } from "./search-fixture.ts";

/** The structure answer to a question, failing the test when the reply is anything else. */
function structureOf(question: string): StructureAnswer {
  const outcome = realSearch().search(question);
  if (outcome.kind !== "structure")
    throw new Error(`${question}: got ${outcome.kind}, not a structure answer`);
  return outcome.structure;
}

/** What the answer shows, one line per title: "Trivsel – Vi fokuserer på mangfoldighed og inklusion". */
function shownLines(question: string): string[] {
  return structureOf(question).lines.map((line) =>
    line.detail ? `${line.title} – ${line.detail}` : line.title,
  );
}

describe("questions about the strategy's shape are answered from the content model", () => {
  it.each([
    "hvilke pejlemærker har strategien?",
    "hvad er de to pejlemaerker",
    "list the strategy's guideposts for me",
    "hvad er de store mål i strategien",
  ])("lists the pejlemærker with their indsatsområder and slogans: %s", (question) => {
    expect(shownLines(question)).toEqual([
      "Tættere på borgerne",
      "Borgerinddragelse – Vi lytter samarbejder og handler",
      "I øjenhøjde med borgerne – Vi sætter os i borgernes sted",
      "Sund drift",
      "Bæredygtig opgaveløsning – Vi balancerer kompetencer, opgaver og ressourcer",
      "Trivsel – Vi fokuserer på mangfoldighed og inklusion",
      "Digitalisering: et nyt tværgående indsatsområde",
    ]);
  });

  it("quotes what the introduction says about the pejlemærker before listing them", () => {
    const { lead } = structureOf("hvad er strategiens hovedmål");
    expect(lead.map((quote) => quote.item.kind)).toEqual(["forord", "indledning", "indledning"]);
    expect(lead.length).toBeLessThanOrEqual(3);
  });

  it("answers how many pejlemærker there are with the sentence that counts them", () => {
    const { lead } = structureOf("hvor mange pejlemærker arbejder kredsen efter");
    const quoted = lead
      .flatMap((quote) => quote.paragraphIndexes.map((index) => quote.item.paragraphs[index]?.text))
      .join(" ");
    expect(quoted).toContain("to pejlemærker Tættere på borgerne og Sund drift");
  });

  it.each([
    ["hvad er indsatsområderne i sund drift?", "Sund drift", "Trivsel"],
    [
      "closer to the citizens: what are its areas of focus",
      "Tættere på borgerne",
      "I øjenhøjde med borgerne",
    ],
    ["hvilket pejlemærke hører trivsel under", "Sund drift", "Bæredygtig opgaveløsning"],
  ])("lists one pejlemærke's indsatsområder: %s", (question, guidepost, focusArea) => {
    const lines = shownLines(question);
    expect(lines[0]).toBe(guidepost);
    expect(lines.some((line) => line.startsWith(focusArea))).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it.each([
    ["trivsel har hvilket slogan", "Trivsel – Vi fokuserer på mangfoldighed og inklusion"],
    ["what is the motto of citizen involvement?", "Borgerinddragelse – Vi lytter samarbejder og handler"],
  ])("gives an indsatsområde's slogan: %s", (question, line) => {
    expect(shownLines(question)).toEqual([line]);
  });

  it.each(["hvor hører digitaliseringen hjemme i strategien?", "is digitalisation a guidepost?"])(
    "places digitalisering across both pejlemærker: %s",
    (question) => {
      const { lead, lines } = structureOf(question);
      expect(lines.map((line) => line.title)).toEqual([
        "Digitalisering: et nyt tværgående indsatsområde",
        "Tættere på borgerne",
        "Sund drift",
      ]);
      expect(lead[0]?.item.paragraphs[0]?.text).toContain("på tværs af de to pejlemærker");
    },
  );

  it.each(["hvad er de tværgående initiativer", "list the crosscutting initiatives, please"])(
    "lists the tværgående initiativer: %s",
    (question) => {
      expect(shownLines(question)).toEqual([
        "Digitalt mindset – digitale løsninger",
        "Sammenhæng i straffesagsbehandlingen",
        "En moderne arbejdsplads",
      ]);
    },
  );

  it.each(["hvilke enheder er der?", "how many units are there"])("lists the six units: %s", (question) => {
    const { lines } = structureOf(question);
    expect(lines.map((line) => line.title)).toContain("Anklagemyndigheden");
    expect(lines).toHaveLength(6);
  });

  it("lists a unit's local initiatives with their opening paragraphs", () => {
    const { lines } = structureOf("hvad er beredskabets egne lokale initiativer?");
    expect(lines.map((line) => line.title)).toEqual([
      "Beredskabsenheden",
      "Tættere på borgerne",
      "Sund drift",
    ]);
    expect(lines.slice(1).every((line) => line.quote?.paragraphIndexes.length === 1)).toBe(true);
  });

  it.each(["hvad er årets temaer?", "what are the yearly themes"])(
    "names the yearly themes: %s",
    (question) => {
      expect(shownLines(question)).toEqual(["Samarbejde", "Det trygge kollegaskab", "Moralsk stress"]);
    },
  );

  it.each([
    "in which order does the strategy document present things?",
    "hvad kommer først i strategien, og hvad kommer bagefter",
  ])("answers how the strategy is told with the introduction that says it: %s", (question) => {
    expect(structureOf(question).lead.map((quote) => quote.item.id)).toContain("om-strategi-2025");
  });

  it("counts the pejlemærker the strategy is built around, in English too", () => {
    expect(structureOf("how many guideposts is the plan built on").topic).toBe("guideposts");
  });

  it.each(["hvem står bag forordet?", "the foreword was written by whom"])(
    "says who signed the forord: %s",
    (q) => {
      expect(shownLines(q)).toEqual(["Forord – Med venlig hilsen Politidirektør Anne Tønnes"]);
    },
  );

  it.each([
    ["hvad består sund drift af", "Sund drift"],
    ["hvad hører under taettere paa borgerne", "Tættere på borgerne"],
    ["which areas does closer to the citizens cover", "Tættere på borgerne"],
  ])(
    "lists what a pejlemærke holds, asked by what it consists of or what belongs under it: %s",
    (q, title) => {
      const lines = shownLines(q);
      expect(lines[0]).toBe(title);
      expect(lines).toHaveLength(3);
    },
  );

  it.each([
    "hvad består strategien af",
    "how is the strategy organised",
    "giv mig et overblik over strategien",
    "what are the two guideposts called",
    "what does the strategy rest on",
    "hvad handler strategien om",
  ])("lists the pejlemærker when asked for the whole in other words: %s", (question) => {
    expect(structureOf(question).lines.map((line) => line.title)).toContain("Sund drift");
    expect(structureOf(question).topic).toBe("guideposts");
  });

  it("reads a pejlemærke's name in the genitive", () => {
    expect(shownLines("hvad er sund drifts indsatsområder")[0]).toBe("Sund drift");
  });

  it.each([
    ["hvad er undertitlen for trivsel", "Trivsel – Vi fokuserer på mangfoldighed og inklusion"],
    ["what's the subtitle of borgerinddragelse", "Borgerinddragelse – Vi lytter samarbejder og handler"],
  ])("knows a slogan by other names: %s", (question, line) => {
    expect(shownLines(question)).toEqual([line]);
  });

  it.each(["nævn de tre tværgående indsatser", "hvilke initiativer går på tværs af kredsen"])(
    "lists the tværgående initiativer counted or called indsatser: %s",
    (question) => {
      expect(structureOf(question).topic).toBe("cross-cutting");
    },
  );

  it("takes a theme's name as an example in a question about the yearly themes", () => {
    expect(structureOf("hvilke årlige temaer drøfter vi, fx samarbejde").topic).toBe("themes");
    expect(realSearch().search("hvordan styrker vi samarbejdet med kommunerne").kind).not.toBe("structure");
  });

  it("lists every unit with the sentence that says what it is responsible for", () => {
    const { lines } = structureOf("hvilke afdelinger er med i strategien");
    const quoted = lines.map((line) => line.quote?.item.paragraphs[0]?.text ?? "");
    expect(quoted[0]).toContain("Beredskabsenheden er blandt andet ansvarlig");
    expect(quoted.every((text) => text.length > 0)).toBe(true);
  });

  it.each([
    "what is the special unit doing under both guideposts",
    "beredskabets initiativer under sund drift og tættere på borgerne",
  ])("lists a unit's initiatives under both pejlemærker: %s", (question) => {
    expect(shownLines(question)).toHaveLength(3);
  });

  it("quotes every paragraph of a unit's initiatives under the one pejlemærke asked about", () => {
    const { lines } = structureOf("hvilke initiativer har lokalpolitiet under tættere på borgerne");
    expect(lines.map((line) => line.title)).toEqual(["Lokalpolitienheden", "Tættere på borgerne"]);
    const [, initiative] = lines;
    expect(initiative?.quote?.paragraphIndexes).toEqual(
      initiative?.quote?.item.paragraphs.map((_, index) => index),
    );
  });

  it("shows only titles, slogans and signatures that stand verbatim in the strategy", () => {
    const source = normalise(sourceText()).toLowerCase();
    for (const question of ["hvilke pejlemærker er der", "tværgående initiativer", "hvem skrev forordet"]) {
      for (const line of structureOf(question).lines) {
        for (const text of [line.title, line.detail ?? ""])
          expect(source).toContain(normalise(text).toLowerCase());
      }
    }
  });
});

describe("questions about content are still answered with a passage", () => {
  it.each([
    "hvilke enheder arbejder med bandekriminalitet?",
    "hvad skal robotterne bruges til i kredsen",
    "trivslen blandt kollegerne i beredskabet",
    "hvad betyder sund drift for mig som medarbejder",
    "what is the special unit's strategic focus",
    "hvilke enheder samarbejder vi med",
  ])("%s", (question) => {
    expect(realSearch().search(question).kind).toBe("answer");
  });
});
