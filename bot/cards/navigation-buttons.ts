import type { Item, Strategy, Unit } from "../../core/content/strategy.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import { trailAbove } from "./breadcrumb-tree.ts";
import { type ButtonAction, type ExecuteAction, executeAction } from "./card-buttons.ts";
import { type ActionSet, actionSet } from "./card-elements.ts";

/** Buttons per row: three fit on a phone, and the validator allows at most five in one set. */
const buttonsPerRow = 3;

/**
 * A title for an item that makes sense out of context. Titles repeat — every unit has a "Sund drift"
 * section, every tværgående initiativ an "Indsats" — so a repeated title is prefixed with the crumb
 * above it: "Specialenheden: Sund drift", "En moderne arbejdsplads: Indsats".
 */
export function itemLabel(strategy: Strategy, item: Item): string {
  const repeated = strategy.items.some((other) => other.id !== item.id && other.title === item.title);
  const above = trailAbove(item).at(-1);
  return repeated && above ? `${above}: ${item.title}` : item.title;
}

/** A button that opens an item; `label` defaults to its title (button titles are never markdown). */
export function itemButton(item: Item, label = item.title): ExecuteAction {
  return executeAction(label, { verb: "showItem", itemId: item.id });
}

/** A button that opens a unit's overview. */
export function unitButton(unit: Unit, label = unit.name): ExecuteAction {
  return executeAction(label, { verb: "showUnit", unitId: unit.id });
}

/** The buttons that open the bot's lists: pejlemærker, units and help. */
export function browseButtons(t: UiText): ExecuteAction[] {
  return [pejlemaerkerButton(t), unitsButton(t), helpButton(t)];
}

/** A button that opens the pejlemærker card. */
export function pejlemaerkerButton(t: UiText): ExecuteAction {
  return executeAction(t.shared.pejlemaerker, { verb: "showPejlemaerker" });
}

/** A button that opens the list of units. */
export function unitsButton(t: UiText, label = t.bot.units): ExecuteAction {
  return executeAction(label, { verb: "showUnits" });
}

/** A button that opens the help card. */
export function helpButton(t: UiText): ExecuteAction {
  return executeAction(t.bot.help, { verb: "showHelp" });
}

/** Buttons in rows of three, so no row is cut off on a narrow screen. */
export function buttonRows(actions: ButtonAction[]): ActionSet[] {
  const rows: ActionSet[] = [];
  for (let start = 0; start < actions.length; start += buttonsPerRow) {
    rows.push(actionSet(actions.slice(start, start + buttonsPerRow), { spacing: "Small" }));
  }
  return rows;
}
