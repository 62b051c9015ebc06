import type { UiText } from "../../core/i18n/ui-text.ts";
import type { UnitSummary } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";

/** Where the personal tab and the plain page remember the unit the person picked last. */
const rememberedKey = "strategilotsen.unit";

/** The choices every picker offers: the six units, then "Hele Københavns Politi" (`all`). */
export function unitChoices(units: readonly UnitSummary[], t: UiText): UnitSummary[] {
  return [...units, { id: "all", name: t.shared.wholeOrganisation }];
}

/**
 * A labelled `<select>` of units; `onPick` gets the chosen unit's id. An id that is no unit (`?unit=nope`)
 * leaves "Choose a unit" selected, rather than the browser's first unit, which the page does not show.
 */
export function unitSelect(
  choices: readonly UnitSummary[],
  t: UiText,
  selected: string | undefined,
  onPick: (unitId: string) => void,
): HTMLElement {
  const known = choices.some((unit) => unit.id === selected);
  const select = el(
    "select",
    { id: "unit-picker", name: "unit" },
    el("option", { value: "", disabled: true, selected: !known }, t.tab.unitPickerPlaceholder),
    ...choices.map((unit) =>
      el("option", { value: unit.id, selected: unit.id === selected, lang: "da" }, unit.name),
    ),
  );
  select.addEventListener("change", () => {
    if (select.value) onPick(select.value);
  });
  return el("div", { class: "field" }, el("label", { for: "unit-picker" }, t.shared.unit), select);
}

/** The unit picked last on this device, if storage is available. */
export function rememberedUnit(): string | undefined {
  try {
    return localStorage.getItem(rememberedKey) ?? undefined;
  } catch {
    return undefined; // Storage blocked (a strict browser setting): the picker simply starts empty.
  }
}

/** Remembers the picked unit for next time. */
export function rememberUnit(unitId: string): void {
  try {
    localStorage.setItem(rememberedKey, unitId);
  } catch {
    // Storage blocked: the person picks again next time, which is all that is lost.
  }
}
