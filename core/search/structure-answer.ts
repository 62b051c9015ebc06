import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { Item, Strategy, Unit } from "../content/strategy.ts";

/** What a question about the strategy's shape asks for; see `structure-question.ts`. */
export type StructureTopic =
  | { kind: "guideposts" }
  | { kind: "focus-areas"; pejlemaerkeId: PejlemaerkeId }
  | { kind: "slogans"; itemIds: string[] }
  | { kind: "digitalisation" }
  | { kind: "cross-cutting" }
  | { kind: "units" }
  | { kind: "unit-initiatives"; unitId: string; pejlemaerkeId?: PejlemaerkeId }
  | { kind: "themes" }
  | { kind: "signature" };

/**
 * One line of a structure answer: a title (and its slogan or signature) exactly as the strategy has
 * it, and the section or unit it opens. Level 1 lines sit under the level 0 line before them.
 */
export interface StructureLine {
  title: string;
  detail?: string;
  level: 0 | 1;
  opens: { item: Item } | { unit: Unit };
  /** Paragraphs quoted under the title: a unit's local initiatives, or what a unit is responsible for. */
  quote?: Quote;
}

/** Paragraphs of one item, quoted verbatim. */
export interface Quote {
  item: Item;
  paragraphIndexes: number[];
}

/** An answer about the strategy's shape: the paragraphs that say it (if any), then the titles. */
export interface StructureAnswer {
  topic: StructureTopic["kind"];
  /** Paragraphs that state what is listed (`Strategien er bygget op om to pejlemærker …`), in order. */
  lead: Quote[];
  lines: StructureLine[];
}

/**
 * Builds the answer for a topic from the content model alone, so every title and slogan is the
 * strategy's own. `count` asks for the paragraph that states a number where there is one.
 */
export function structureAnswer(strategy: Strategy, topic: StructureTopic, count = false): StructureAnswer {
  const top = topLevelItems(strategy);
  switch (topic.kind) {
    case "guideposts":
      return {
        topic: topic.kind,
        lead: introductionLead(strategy),
        lines: [
          ...strategy.pejlemaerker.flatMap((p) => guidepostLines(top, p.id)),
          ...top.filter((item) => item.kind === "digitalisering").map((item) => line(item, 0)),
        ],
      };
    case "focus-areas": {
      const guidepost = top.find((item) => item.kind === "pejlemaerke" && item.id === topic.pejlemaerkeId);
      return {
        topic: topic.kind,
        lead: count && guidepost ? [{ item: guidepost, paragraphIndexes: [0] }] : [],
        lines: guidepostLines(top, topic.pejlemaerkeId),
      };
    }
    case "slogans":
      return {
        topic: topic.kind,
        lead: [],
        lines: topic.itemIds.flatMap((id) => strategy.itemById.get(id) ?? []).map((item) => line(item, 0)),
      };
    case "digitalisation": {
      const digitalisation = top.filter((item) => item.kind === "digitalisering");
      return {
        topic: topic.kind,
        lead: digitalisation.slice(0, 1).map((item) => ({ item, paragraphIndexes: [0] })),
        lines: [
          ...digitalisation.map((item) => line(item, 0)),
          ...top.filter((item) => item.kind === "pejlemaerke").map((item) => line(item, 1)),
        ],
      };
    }
    case "cross-cutting":
      return {
        topic: topic.kind,
        lead: [],
        lines: top.filter((item) => item.kind === "tvaergaaende-initiativ").map((item) => line(item, 0)),
      };
    case "units":
      return {
        topic: topic.kind,
        lead: [],
        lines: strategy.units.map((unit) => {
          // Each unit with the sentence that says what it is responsible for: names alone tell a
          // reader little about a unit they do not know.
          const responsibilities = strategy.items.find(
            (item) => item.unitId === unit.id && item.kind === "ansvar",
          );
          const quote = responsibilities ? { quote: { item: responsibilities, paragraphIndexes: [0] } } : {};
          return { title: unit.name, level: 0 as const, opens: { unit }, ...quote };
        }),
      };
    case "unit-initiatives": {
      const unit = strategy.unitById.get(topic.unitId);
      const initiatives = strategy.items.filter(
        (item) =>
          item.unitId === topic.unitId &&
          item.kind === "lokalt-initiativ" &&
          (!topic.pejlemaerkeId || item.pejlemaerke === topic.pejlemaerkeId),
      );
      // Under one pejlemærke every paragraph is one of the initiatives asked for; under both, each
      // section's opening says its aim, and the buttons open the rest.
      const quoted = (item: Item) => (topic.pejlemaerkeId ? item.paragraphs.map((_, index) => index) : [0]);
      return {
        topic: topic.kind,
        lead: [],
        lines: [
          ...(unit ? [{ title: unit.name, level: 0 as const, opens: { unit } }] : []),
          ...initiatives.map((item) => ({
            ...line(item, 1),
            quote: { item, paragraphIndexes: quoted(item) },
          })),
        ],
      };
    }
    case "themes": {
      const lead = paragraphsSaying(strategy, (text) =>
        strategy.themes.every((theme) => includes(text, theme)),
      );
      const item = lead[0]?.item;
      return {
        topic: topic.kind,
        lead: lead.slice(0, 1),
        lines: item ? strategy.themes.map((theme) => ({ title: theme, level: 1, opens: { item } })) : [],
      };
    }
    case "signature":
      return {
        topic: topic.kind,
        lead: [],
        lines: strategy.items.filter((item) => item.signature).map((item) => line(item, 0)),
      };
  }
}

/**
 * The strategy's common sections that stand on their own: not a unit's, and not one nested in a section
 * of its own kind (the "Indsats" under a tværgående initiativ, which its initiativ already opens).
 */
function topLevelItems(strategy: Strategy): Item[] {
  const trail = (item: Item) => item.breadcrumb.join(" › ");
  const above = (item: Item) => item.breadcrumb.slice(0, -1).join(" › ");
  return strategy.items.filter(
    (item) =>
      !item.unitId &&
      !strategy.items.some((other) => other.kind === item.kind && trail(other) === above(item)),
  );
}

function guidepostLines(top: Item[], pejlemaerkeId: PejlemaerkeId): StructureLine[] {
  const under = top.filter((item) => item.pejlemaerke === pejlemaerkeId);
  return [
    ...under.filter((item) => item.kind === "pejlemaerke").map((item) => line(item, 0)),
    ...under.filter((item) => item.kind === "indsatsomraade").map((item) => line(item, 1)),
  ];
}

function line(item: Item, level: 0 | 1): StructureLine {
  // A structure answer gives each section one line, so a signature's lines (the closing, then the name) share it.
  const detail = item.slogan ?? item.signature?.replace(/\n/g, " ");
  return { title: item.title, ...(detail ? { detail } : {}), level, opens: { item } };
}

/**
 * The introduction's paragraphs about the pejlemærker (the forord's "de velkendte pejlemærker", how
 * the strategy is built and how it is told), quoted before the list: they say in the strategy's own
 * words what it rests on. At most three, in reading order.
 */
function introductionLead(strategy: Strategy): Quote[] {
  const introduction = (text: string) => includes(text, "pejlemærke");
  return paragraphsSaying(strategy, introduction, ["forord", "indledning"]).slice(0, 3);
}

/** Every paragraph whose text `says` holds, one quote each, in reading order; found by content, not id. */
function paragraphsSaying(
  strategy: Strategy,
  says: (text: string) => boolean,
  kinds?: Item["kind"][],
): Quote[] {
  return strategy.items
    .filter((item) => !kinds || kinds.includes(item.kind))
    .flatMap((item) =>
      item.paragraphs.flatMap((paragraph, index) =>
        says(paragraph.text) ? [{ item, paragraphIndexes: [index] }] : [],
      ),
    );
}

function includes(text: string, phrase: string): boolean {
  return text.toLowerCase().includes(phrase.toLowerCase());
}
