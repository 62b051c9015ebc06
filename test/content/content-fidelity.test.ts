/**
 * Holds the content set (content/strategi-2025) to its only source, the text of the PDF: every
 * quoted paragraph is verbatim, no paragraph of the source is dropped or quoted twice, the
 * interleaved unit pages are assigned as in the source's README, and the structure is complete.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import type { Item } from "../../core/content/strategy.ts";
import { normalise, sourceParagraphs, sourceText } from "./source-text.ts";

const strategy = loadStrategy("content/strategi-2025");

/**
 * Source lines that are neither body text nor named by the content (titles, slogans, signature,
 * breadcrumbs, unit names). Page furniture proper (diagram, page numbers, banner) is already removed
 * by source-text.ts; these are the labels left in the running text.
 */
const LABELS = [
  "Pejlemærket:", // "PEJLEMÆRKET: TÆTTERE PÅ BORGERNE", the heading of each pejlemærke
  "Indsatsområde:", // "Indsatsområde: Borgerinddragelse", the heading of each indsatsområde
];

/** Everything in the source that is a heading or label rather than a paragraph, lower-cased. */
const nonParagraphs = new Set(
  [
    strategy.title,
    ...LABELS,
    ...strategy.units.map((unit) => unit.name),
    ...strategy.items.flatMap((item) => [
      item.title,
      ...item.breadcrumb,
      ...(item.slogan ? [item.slogan] : []),
      ...(item.signature ? [item.signature] : []),
    ]),
  ].map((text) => normalise(text).toLowerCase()),
);

/**
 * True if the text is made up entirely of headings/labels, e.g. `PEJLEMÆRKET: SUND DRIFT` or the
 * two unit names side by side on a spread (`EFTERFORSKNINGSENHEDEN LOKALPOLITIENHEDEN`).
 */
function isHeading(text: string): boolean {
  const words = normalise(text).toLowerCase().split(" ");
  const segmentable = [true];
  for (let end = 1; end <= words.length; end++) {
    segmentable[end] = false;
    for (let start = 0; start < end && !segmentable[end]; start++) {
      segmentable[end] = Boolean(segmentable[start]) && nonParagraphs.has(words.slice(start, end).join(" "));
    }
  }
  return Boolean(segmentable[words.length]);
}

/** A content paragraph as it stands in the source (bullets keep their `•`). */
const asInSource = (paragraph: { text: string; bullet?: boolean | undefined }): string =>
  paragraph.bullet ? `• ${paragraph.text}` : paragraph.text;

const contentParagraphs = strategy.items.flatMap((item) =>
  item.paragraphs.map((paragraph) => ({ item: item.id, text: asInSource(paragraph) })),
);
const bodyParagraphs = sourceParagraphs(nonParagraphs).filter((paragraph) => !isHeading(paragraph));

const itemsOf = (predicate: (item: Item) => boolean): Item[] => strategy.items.filter(predicate);

describe("the cleaned source text", () => {
  const text = sourceText();

  it("has no page furniture left", () => {
    expect(text).not.toContain("PEJLEMÆRKER OG INDSATSOMRÅDER");
    expect(text).not.toContain("PEJLEMÆRKE:");
    expect(text).toContain("feedback til medarbejderne. TÆTTERE PÅ BORGERNE");
    expect(text).not.toMatch(/opgaveløsningen\. 12 /);
  });

  it("undoes line-end hyphenation and keeps real hyphens", () => {
    for (const word of ["sikkerhedsopgaver", "grænseoverskridende", "feedback", "Københavns"]) {
      expect(text).toContain(word);
    }
    for (const hyphen of [
      "rocker- og bandekriminalitet",
      "ledertrivsel og -udvikling",
      "HR-processer",
      "EU-formandskabet",
      "objekt- og ansigtsgenkendelsesteknologi",
      "vej- og togtrafikken",
      "medarbejder- og lederniveau",
    ]) {
      expect(text).toContain(hyphen);
    }
    expect(text).not.toMatch(/\p{Ll}- (?!og |eller )\p{Ll}/u);
  });

  it("rejoins the paragraph the diagram block splits and separates glued headings", () => {
    const paragraphs = sourceParagraphs();
    expect(paragraphs).toContain(
      "Målet er, at vi digitaliserer straffesagerne og anvender robotløsninger til erstatning af manuelle " +
        "processer. Vi skal samtidig udvikle den nødvendige tankegang og opnå færdigheder for at anvende " +
        "disse teknologier effektivt i vores arbejde.",
    );
    expect(paragraphs).toContain("OM STRATEGI 2025");
    expect(paragraphs.filter((paragraph) => paragraph === "SUND DRIFT")).toHaveLength(6);
    expect(paragraphs.filter((paragraph) => paragraph === "TÆTTERE PÅ BORGERNE")).toHaveLength(6);
  });
});

describe("content is quoted verbatim from the source", () => {
  it("finds every content paragraph in the source text", () => {
    const text = sourceText();
    const missing = strategy.items.flatMap((item) =>
      item.paragraphs
        .filter((paragraph) => !text.includes(paragraph.text))
        .map((p) => `${item.id}: ${p.text}`),
    );
    expect(missing).toEqual([]);
  });

  it("stores paragraphs normalised: trimmed, single spaces, no bullet marks", () => {
    for (const item of strategy.items) {
      for (const { text } of item.paragraphs) {
        expect(text, item.id).toBe(normalise(text));
        expect(text, item.id).not.toMatch(/^•/);
      }
    }
  });

  it("quotes slogans and the signature from the source", () => {
    const text = sourceText().toLowerCase();
    for (const item of strategy.items) {
      for (const quoted of [item.slogan, item.signature]) {
        if (quoted) expect(text, item.id).toContain(normalise(quoted).toLowerCase());
      }
    }
  });

  it("quotes the yearly themes as the source does", () => {
    for (const theme of strategy.themes) expect(sourceText()).toContain(`”${theme}”`);
  });
});

describe("content covers the source", () => {
  it("recognises headings and labels but keeps body paragraphs", () => {
    expect(isHeading("EFTERFORSKNINGSENHEDEN LOKALPOLITIENHEDEN")).toBe(true);
    expect(isHeading("PEJLEMÆRKET: SUND DRIFT")).toBe(true);
    expect(isHeading("Indsatsområde: I øjenhøjde med borgerne")).toBe(true);
    expect(bodyParagraphs.length).toBeGreaterThan(80);
    expect(bodyParagraphs.every((paragraph) => paragraph.length > 40)).toBe(true);
  });

  it("quotes every source paragraph exactly once", () => {
    const count = new Map<string, number>();
    for (const { text } of contentParagraphs) count.set(text, (count.get(text) ?? 0) + 1);
    const missing = bodyParagraphs.filter((paragraph) => !count.has(paragraph));
    const duplicated = bodyParagraphs.filter((paragraph) => (count.get(paragraph) ?? 0) > 1);
    expect(missing).toEqual([]);
    expect(duplicated).toEqual([]);
  });

  it("quotes whole source paragraphs only, each source paragraph once", () => {
    const source = new Set(bodyParagraphs);
    expect(contentParagraphs.filter(({ text }) => !source.has(text))).toEqual([]);
    expect(new Set(bodyParagraphs).size).toBe(bodyParagraphs.length);
    expect(contentParagraphs.length).toBe(bodyParagraphs.length);
  });
});

/**
 * The unit pages of the source interleave two units per spread. Which block belongs to which unit,
 * from the table in the source's README (Sund drift / Tættere på borgerne), and the opening of each
 * unit's *Ansvar, opgaver og indsatser* block, which names the unit or its work.
 */
const UNIT_BLOCKS = [
  {
    unit: "beredskabsenheden",
    ansvar: "Beredskabsenheden er blandt andet ansvarlig for det reaktive beredskab",
    sundDrift: "Vi vil fortsat holde fokus på trivsel gennem ledelse",
    taettere: "Vi har tre overordnede målsætninger",
  },
  {
    unit: "efterforskningsenheden",
    ansvar: "Efterforskningsenheden er både ansvarlig for den helt tætte borgernære kriminalitet",
    sundDrift: "Som led i det strategiske arbejde med at sikre en bæredygtig opgaveløsning",
    taettere: "Det strategiske sigte i efterforskningsenheden",
  },
  {
    unit: "lokalpolitienheden",
    ansvar: "Det strategiske sigte i Lokalpolitienheden handler om tilstedeværelse",
    sundDrift: "Vi ønsker at fastholde et højt sagsflow",
    taettere: "Vi vil i Københavns Politi være med til at styrke indsatsen mod hadforbrydelser",
  },
  {
    unit: "specialenheden",
    ansvar: "Specialenheden har ansvaret for en række specialiserede politiopgaver",
    sundDrift: "Vi vil fortsætte med at styrke den interne kommunikation",
    taettere: "Det strategiske sigte i Specialenheden",
  },
  {
    unit: "anklagemyndigheden",
    ansvar: "Anklagemyndighedens kerneopgave er at retsforfølge strafbare forhold",
    sundDrift: "Vores strategiske sigte om fuld digitalisering af straffesagsbehandlingen",
    taettere: "Vi vil højne en feedbackkultur",
  },
  {
    unit: "administrationssoejlen",
    ansvar: "Administrationssøjlen arbejder hver dag for at understøtte og udvikle hele Københavns Politi",
    sundDrift: "I Administrationssøjlen bidrager vi til",
    taettere: "Vi fortsætter med at kommunikere åbent og proaktivt",
  },
];

describe("unit pages are assigned to the right unit", () => {
  const firstParagraph = (id: string): string => strategy.itemById.get(id)?.paragraphs[0]?.text ?? "";

  it.each(UNIT_BLOCKS)("$unit", ({ unit, ansvar, sundDrift, taettere }) => {
    const name = strategy.unitById.get(unit)?.name ?? "";
    expect(firstParagraph(`${unit}-ansvar`)).toMatch(new RegExp(`^${ansvar}`));
    expect(firstParagraph(`${unit}-ansvar`)).toContain(name.replace(/en$/, ""));
    expect(firstParagraph(`${unit}-sund-drift`)).toMatch(new RegExp(`^${sundDrift}`));
    expect(firstParagraph(`${unit}-taettere-paa-borgerne`)).toMatch(new RegExp(`^${taettere}`));
  });

  it("covers every unit in the table", () => {
    expect(strategy.units.map((unit) => unit.id).sort()).toEqual(UNIT_BLOCKS.map((row) => row.unit).sort());
  });
});

describe("structure", () => {
  it("has six units", () => {
    expect(strategy.units.map((unit) => unit.name)).toEqual([
      "Beredskabsenheden",
      "Efterforskningsenheden",
      "Lokalpolitienheden",
      "Specialenheden",
      "Anklagemyndigheden",
      "Administrationssøjlen",
    ]);
  });

  it("has two pejlemærker, each with two indsatsområder with slogans", () => {
    expect(strategy.pejlemaerker.map((p) => p.id)).toEqual(["taettere-paa-borgerne", "sund-drift"]);
    for (const pejlemaerke of strategy.pejlemaerker) {
      const intro = itemsOf((item) => item.kind === "pejlemaerke" && item.pejlemaerke === pejlemaerke.id);
      expect(intro.map((item) => item.title)).toEqual([pejlemaerke.title]);
      const areas = itemsOf((item) => item.kind === "indsatsomraade" && item.pejlemaerke === pejlemaerke.id);
      expect(areas).toHaveLength(2);
      for (const area of areas) expect(area.slogan, area.id).toBeTruthy();
    }
    expect(itemsOf((item) => item.kind === "indsatsomraade").map((item) => item.title)).toEqual([
      "Borgerinddragelse",
      "I øjenhøjde med borgerne",
      "Bæredygtig opgaveløsning",
      "Trivsel",
    ]);
  });

  it("has the foreword signed by the police director, and the introduction", () => {
    const forord = itemsOf((item) => item.kind === "forord");
    expect(forord).toHaveLength(1);
    // The closing line above the name is part of the signature, as the source sets it.
    expect(forord[0]?.signature).toBe("Med venlig hilsen\nPolitidirektør Anne Tønnes");
    expect(itemsOf((item) => item.kind === "indledning").map((item) => item.title)).toEqual([
      "Vi fastholder kursen og stiller skarpt på digitalisering",
      "Om Strategi 2025",
    ]);
    expect(itemsOf((item) => item.kind === "digitalisering")).toHaveLength(1);
  });

  it("has three tværgående initiativer", () => {
    const initiatives = new Set(
      itemsOf((item) => item.kind === "tvaergaaende-initiativ").map((item) => item.breadcrumb[1]),
    );
    expect([...initiatives]).toEqual([
      "Digitalt mindset – digitale løsninger",
      "Sammenhæng i straffesagsbehandlingen",
      "En moderne arbejdsplads",
    ]);
  });

  it("gives every unit one ansvar item and one item per pejlemærke", () => {
    for (const unit of strategy.units) {
      const items = itemsOf((item) => item.unitId === unit.id);
      expect(items.map((item) => item.id).sort(), unit.id).toEqual([...unit.itemIds].sort());
      expect(
        items.filter((item) => item.kind === "ansvar"),
        unit.id,
      ).toHaveLength(1);
      for (const pejlemaerke of strategy.pejlemaerker) {
        const local = items.filter(
          (item) => item.kind === "lokalt-initiativ" && item.pejlemaerke === pejlemaerke.id,
        );
        expect(
          local.map((item) => item.title),
          `${unit.id} ${pejlemaerke.id}`,
        ).toEqual([pejlemaerke.title]);
      }
      for (const item of items)
        expect(item.breadcrumb.slice(0, 2)).toEqual(["Lokale initiativer", unit.name]);
    }
    expect(itemsOf((item) => item.kind === "ansvar" || item.kind === "lokalt-initiativ")).toHaveLength(18);
  });

  it("ends every breadcrumb with the item's title", () => {
    for (const item of strategy.items) expect(item.breadcrumb.at(-1), item.id).toBe(item.title);
  });

  it("uses unique ids", () => {
    const ids = strategy.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives each alias to one unit or pejlemærke only", () => {
    const owners = new Map<string, string[]>();
    const named = [
      ...strategy.units.map((unit) => ({ id: unit.id, names: [unit.name, ...unit.aliases] })),
      ...strategy.pejlemaerker.map((p) => ({ id: p.id, names: [p.title, ...p.aliases] })),
    ];
    for (const { id, names } of named) {
      for (const name of new Set(names.map((alias) => normalise(alias).toLowerCase()))) {
        owners.set(name, [...(owners.get(name) ?? []), id]);
      }
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});
