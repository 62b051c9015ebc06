import type { Unit } from "../content/strategy.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";

/**
 * Short names staff write for a unit, recognised by how they are typed:
 * - in capitals, the initials of its name's compound parts (`BE` Beredskabs|enheden, `LPE`
 *   Lokal|politi|enheden) and its first three letters (`SPE`, `EFT`);
 * - capitalised like a name, its name without the last compound part and any linking `s` (`Special`
 *   for Special|enheden, `Beredskab`, `Efterforskning`): "hvad laver Special".
 * A form two units would share names neither. Only the typed case makes them names, since in lower
 * case most of them are ordinary words (`se`, `be`, `special`).
 */
export function createUnitAbbreviations(
  units: readonly Unit[],
  partsOf: (foldedName: string) => string[],
): (typedWord: string) => string | undefined {
  const capitals = new Map<string, Set<string>>();
  const capitalised = new Map<string, Set<string>>();
  const claim = (forms: Map<string, Set<string>>, form: string, unitId: string) =>
    forms.set(form, (forms.get(form) ?? new Set()).add(unitId));
  for (const unit of units) {
    const name = foldDanishLetters(unit.name.toLowerCase());
    const parts = partsOf(name);
    claim(capitals, name.slice(0, 3), unit.id);
    if (parts.length > 1) {
      claim(capitals, parts.map((part) => part[0]).join(""), unit.id);
      const head = parts.slice(0, -1).join("").replace(/s$/, "");
      if (head.length >= 5) claim(capitalised, head, unit.id);
    }
  }
  const owner = (forms: Map<string, Set<string>>, typedWord: string) => {
    const owners = forms.get(foldDanishLetters(typedWord.toLowerCase()));
    return owners?.size === 1 ? [...owners][0] : undefined;
  };
  return (typedWord) => {
    if (/^\p{Lu}{2,4}$/u.test(typedWord)) return owner(capitals, typedWord);
    if (/^\p{Lu}\p{Ll}{4,}$/u.test(typedWord)) return owner(capitalised, typedWord);
    return undefined;
  };
}
