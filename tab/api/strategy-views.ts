import type { ItemKind } from "../../core/content/content-schema.ts";
import type { Item, Strategy, Unit } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import type {
  ItemView,
  PejlemaerkeView,
  UnitSummary,
  UnitView,
  WholeStrategyView,
} from "./tab-api-contract.ts";

/*
 * The tab's pages as data: pure functions from the loaded strategy to the contract's views. Editors'
 * keywords and example questions are search aids and never shown, so they stay out of every view.
 */

/** A unit as pickers show it. */
export function unitSummary(unit: Unit): UnitSummary {
  return { id: unit.id, name: unit.name };
}

/** An item as the tab quotes it: its text verbatim, where it stands, no search aids. */
export function itemView(item: Item): ItemView {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind,
    breadcrumb: [...item.breadcrumb],
    ...(item.slogan ? { slogan: item.slogan } : {}),
    ...(item.signature ? { signature: item.signature } : {}),
    paragraphs: item.paragraphs.map((paragraph) =>
      paragraph.bullet ? { text: paragraph.text, bullet: true } : { text: paragraph.text },
    ),
  };
}

/**
 * One unit's page: its ansvar, its local initiative under each pejlemærke (in the strategy's order of
 * pejlemærker), what is cross-cutting (digitalisering and the tværgående initiativer, reading order),
 * the pejlemærker with their focus areas, and the forord. Fails (500) when the content lacks a part.
 */
export function unitView(strategy: Strategy, unit: Unit): UnitView {
  const ofUnit = strategy.items.filter((item) => item.unitId === unit.id);
  const ansvar = ofUnit.find((item) => item.kind === "ansvar");
  if (!ansvar) throw new AppError(500, `tab: unit "${unit.id}" has no "ansvar" item`);
  const initiatives = strategy.pejlemaerker.flatMap((pejlemaerke) =>
    ofUnit
      .filter((item) => item.kind === "lokalt-initiativ" && item.pejlemaerke === pejlemaerke.id)
      .map((item) => ({
        pejlemaerke: { id: pejlemaerke.id, title: pejlemaerke.title },
        item: itemView(item),
      })),
  );
  return {
    kind: "unit",
    strategyTitle: strategy.title,
    unit: unitSummary(unit),
    ansvar: itemView(ansvar),
    initiatives,
    crossCutting: crossCutting(strategy),
    pejlemaerker: pejlemaerkerViews(strategy),
    forord: forord(strategy),
  };
}

/** "Hele Københavns Politi": the whole strategy, and each unit with the first paragraph of its ansvar. */
export function wholeStrategyView(strategy: Strategy): WholeStrategyView {
  return {
    kind: "all",
    strategyTitle: strategy.title,
    forord: forord(strategy),
    introduction: ofKind(strategy, "indledning").map(itemView),
    pejlemaerker: pejlemaerkerViews(strategy),
    crossCutting: crossCutting(strategy),
    units: strategy.units.map((unit) => ({
      unit: unitSummary(unit),
      summary: unitView(strategy, unit).ansvar.paragraphs[0]?.text ?? "",
    })),
  };
}

/** Items of the strategy, in reading order, that concern every unit: digitalisering and the initiatives. */
function crossCutting(strategy: Strategy): ItemView[] {
  return strategy.items
    .filter((item) => item.kind === "digitalisering" || item.kind === "tvaergaaende-initiativ")
    .map(itemView);
}

function pejlemaerkerViews(strategy: Strategy): PejlemaerkeView[] {
  return strategy.pejlemaerker.map((pejlemaerke) => {
    const intro = ofKind(strategy, "pejlemaerke").find((item) => item.pejlemaerke === pejlemaerke.id);
    if (!intro) throw new AppError(500, `tab: pejlemærke "${pejlemaerke.id}" has no introduction item`);
    return {
      id: pejlemaerke.id,
      title: pejlemaerke.title,
      intro: itemView(intro),
      indsatsomraader: ofKind(strategy, "indsatsomraade")
        .filter((item) => item.pejlemaerke === pejlemaerke.id)
        .map(itemView),
    };
  });
}

function forord(strategy: Strategy): ItemView {
  const item = ofKind(strategy, "forord")[0];
  if (!item) throw new AppError(500, 'tab: the strategy has no "forord" item');
  return itemView(item);
}

function ofKind(strategy: Strategy, kind: ItemKind): Item[] {
  return strategy.items.filter((item) => item.kind === kind);
}
