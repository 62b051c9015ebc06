import type { ItemKind, Paragraph, PejlemaerkeId } from "./content-schema.ts";

/**
 * A paragraph as the app uses it: the content's paragraph and, from `alternates/`, the questions staff
 * would ask for it — search aids like the keywords, never shown.
 */
export type StrategyParagraph = Paragraph & { alternates?: string[] };

/** A section of the strategy as the app uses it: its place in the text and where it was read from. */
export interface Item {
  id: string;
  title: string;
  kind: ItemKind;
  breadcrumb: string[];
  unitId?: string;
  pejlemaerke?: PejlemaerkeId;
  slogan?: string;
  signature?: string;
  /** Other names staff use for the section itself, if any. */
  aliases?: string[];
  keywords: string[];
  questions: string[];
  paragraphs: StrategyParagraph[];
  /** Path of the content file, relative to the content folder. */
  file: string;
}

/** A unit (enhed) with the ids of its items. */
export interface Unit {
  id: string;
  name: string;
  aliases: string[];
  itemIds: string[];
}

/** A guidepost (pejlemærke) and the names it goes by. */
export interface Pejlemaerke {
  id: PejlemaerkeId;
  title: string;
  aliases: string[];
}

/** The whole strategy, loaded and validated; items in reading order. */
export interface Strategy {
  title: string;
  organisation: string;
  year: number;
  pejlemaerker: Pejlemaerke[];
  themes: string[];
  items: Item[];
  units: Unit[];
  itemById: ReadonlyMap<string, Item>;
  unitById: ReadonlyMap<string, Unit>;
}
