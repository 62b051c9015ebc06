import type { Item, Strategy } from "../content/strategy.ts";
import type { Answer, SearchOutcome } from "./answer.ts";
import { firstParagraphs } from "./compose-answer.ts";
import type { AnalyzedQuery } from "./query-analyzer.ts";

/** The unit's local initiative under the pejlemærke, when a question names exactly one of each. */
export function namedSection(strategy: Strategy, query: AnalyzedQuery): Item | undefined {
  const [unitId, ...otherUnits] = query.unitIds;
  const [pejlemaerke, ...otherPejlemaerker] = query.pejlemaerkeIds;
  if (!unitId || !pejlemaerke || otherUnits.length > 0 || otherPejlemaerker.length > 0) return undefined;
  return strategy.items.find((item) => item.unitId === unitId && item.pejlemaerke === pejlemaerke);
}

/**
 * A question whose only topic is a unit and/or a pejlemærke: a unit's name alone opens its overview;
 * asked about ("beredskabet – hvad laver de?") it is answered with what the unit is responsible for; a
 * pejlemærke, with or without a unit, with that section.
 */
export function namedOnly(strategy: Strategy, query: AnalyzedQuery): SearchOutcome | undefined {
  const unit = query.unitIds[0] ? strategy.unitById.get(query.unitIds[0]) : undefined;
  const pejlemaerke = query.pejlemaerkeIds[0];
  if (unit && !pejlemaerke) {
    const responsibilities = strategy.items.find((item) => item.unitId === unit.id && item.kind === "ansvar");
    if (query.otherWords === 0 || !responsibilities) return { kind: "unit-overview", unit };
    const answer = {
      item: responsibilities,
      paragraphIndexes: firstParagraphs(responsibilities),
      related: [],
    };
    return { kind: "answer", answer, unit };
  }
  if (!pejlemaerke) return undefined;
  const item = strategy.items.find((candidate) =>
    unit
      ? candidate.unitId === unit.id && candidate.pejlemaerke === pejlemaerke
      : candidate.kind === "pejlemaerke" && candidate.id === pejlemaerke,
  );
  if (!item) return undefined;
  const answer: Answer = { item, paragraphIndexes: firstParagraphs(item), related: [] };
  return { kind: "answer", answer, ...(unit ? { unit } : {}) };
}
