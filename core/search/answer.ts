import type { Item, Unit } from "../content/strategy.ts";
import type { StructureAnswer } from "./structure-answer.ts";

/** The passage chosen as the answer: one to three paragraphs of one item, in document order. */
export interface Answer {
  item: Item;
  /** Indexes into `item.paragraphs`, ascending; one to three of them. */
  paragraphIndexes: number[];
  /** Up to three other items worth opening next. */
  related: Item[];
}

/**
 * What the search made of a question: a quoted passage, an answer about the strategy's shape (titles
 * and slogans from the content model), a unit's overview, a few sections to choose from when no passage
 * is clearly the answer, or "not found" with the sections that came closest.
 */
export type SearchOutcome =
  | { kind: "answer"; answer: Answer; unit?: Unit }
  | { kind: "structure"; structure: StructureAnswer }
  | { kind: "choices"; candidates: Item[]; unit?: Unit }
  | { kind: "not-found"; unit?: Unit; suggestions: Item[] }
  | { kind: "unit-overview"; unit: Unit };
