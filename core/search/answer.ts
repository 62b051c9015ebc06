import type { Item, Unit } from "../content/strategy.ts";

/** The passage chosen as the answer: one to three paragraphs of one item, in document order. */
export interface Answer {
  item: Item;
  /** Indexes into `item.paragraphs`, ascending; one to three of them. */
  paragraphIndexes: number[];
  /** Up to three other items worth opening next. */
  related: Item[];
}

/** What the search made of a question. */
export type SearchOutcome =
  | { kind: "answer"; answer: Answer; unit?: Unit }
  | { kind: "not-found"; unit?: Unit; suggestions: Item[] }
  | { kind: "unit-overview"; unit: Unit };
