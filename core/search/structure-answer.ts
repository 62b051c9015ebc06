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
  | { kind: "unit-initiatives"; unitId: string }
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
  /** Paragraphs of `opens.item` quoted under the title (a unit's local initiatives). */
  quote?: number[];
}

/** An answer about the strategy's shape: an optional quoted paragraph that says it, then the titles. */
export interface StructureAnswer {
  topic: StructureTopic["kind"];
  /** A paragraph that states what is listed (`Strategien er bygget op om to pejlemærker …`). */
  lead?: { item: Item; paragraphIndexes: number[] };
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
        ...lead(strategy, (text) => strategy.pejlemaerker.every((p) => includes(text, p.title)), "shortest"),
        lines: [
          ...strategy.pejlemaerker.flatMap((p) => guidepostLines(top, p.id)),
          ...top.filter((item) => item.kind === "digitalisering").map((item) => line(item, 0)),
        ],
      };
    case "focus-areas": {
      const guidepost = top.find((item) => item.kind === "pejlemaerke" && item.id === topic.pejlemaerkeId);
      return {
        topic: topic.kind,
        ...(count && guidepost ? { lead: { item: guidepost, paragraphIndexes: [0] } } : {}),
        lines: guidepostLines(top, topic.pejlemaerkeId),
      };
    }
    case "slogans":
      return {
        topic: topic.kind,
        lines: topic.itemIds.flatMap((id) => strategy.itemById.get(id) ?? []).map((item) => line(item, 0)),
      };
    case "digitalisation": {
      const digitalisation = top.filter((item) => item.kind === "digitalisering");
      return {
        topic: topic.kind,
        ...(digitalisation[0] ? { lead: { item: digitalisation[0], paragraphIndexes: [0] } } : {}),
        lines: [
          ...digitalisation.map((item) => line(item, 0)),
          ...top.filter((item) => item.kind === "pejlemaerke").map((item) => line(item, 1)),
        ],
      };
    }
    case "cross-cutting":
      return {
        topic: topic.kind,
        lines: top.filter((item) => item.kind === "tvaergaaende-initiativ").map((item) => line(item, 0)),
      };
    case "units":
      return {
        topic: topic.kind,
        lines: strategy.units.map((unit) => ({ title: unit.name, level: 0, opens: { unit } })),
      };
    case "unit-initiatives": {
      const unit = strategy.unitById.get(topic.unitId);
      const initiatives = strategy.items.filter(
        (item) => item.unitId === topic.unitId && item.kind === "lokalt-initiativ",
      );
      return {
        topic: topic.kind,
        lines: [
          ...(unit ? [{ title: unit.name, level: 0 as const, opens: { unit } }] : []),
          ...initiatives.map((item) => ({ ...line(item, 1), quote: [0] })),
        ],
      };
    }
    case "themes": {
      const themes = lead(strategy, (text) => strategy.themes.every((theme) => includes(text, theme)));
      const item = themes.lead?.item;
      return {
        topic: topic.kind,
        ...themes,
        lines: item ? strategy.themes.map((theme) => ({ title: theme, level: 1, opens: { item } })) : [],
      };
    }
    case "signature":
      return {
        topic: topic.kind,
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
  const detail = item.slogan ?? item.signature;
  return { title: item.title, ...(detail ? { detail } : {}), level, opens: { item } };
}

/**
 * The paragraph that says what the answer lists, found by what it contains rather than by id, so the
 * answer follows the content. With several, the shortest says it most directly.
 */
function lead(
  strategy: Strategy,
  says: (text: string) => boolean,
  pick: "first" | "shortest" = "first",
): { lead?: { item: Item; paragraphIndexes: number[] } } {
  const found = strategy.items.flatMap((item) =>
    item.paragraphs.flatMap((paragraph, index) => (says(paragraph.text) ? [{ item, index, paragraph }] : [])),
  );
  if (pick === "shortest") found.sort((a, b) => a.paragraph.text.length - b.paragraph.text.length);
  const chosen = found[0];
  return chosen ? { lead: { item: chosen.item, paragraphIndexes: [chosen.index] } } : {};
}

function includes(text: string, phrase: string): boolean {
  return text.toLowerCase().includes(phrase.toLowerCase());
}
