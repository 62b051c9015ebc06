import type { Unit } from "../content/strategy.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";

/**
 * Abbreviations staff write for a unit, in capitals: the initials of its name's compound parts
 * (`BE` Beredskabs|enheden, `LPE` Lokal|politi|enheden) and its first three letters (`SPE`, `EFT`).
 * An abbreviation two units would share names neither. Only a word typed in capitals counts, since in
 * lower case most of them are ordinary words (`se`, `be`, `ber`).
 */
export function createUnitAbbreviations(
  units: readonly Unit[],
  partsOf: (foldedName: string) => string[],
): (typedWord: string) => string | undefined {
  const claims = new Map<string, Set<string>>();
  for (const unit of units) {
    const name = foldDanishLetters(unit.name.toLowerCase());
    const parts = partsOf(name);
    const forms = [name.slice(0, 3), ...(parts.length > 1 ? [parts.map((part) => part[0]).join("")] : [])];
    for (const form of forms) claims.set(form, (claims.get(form) ?? new Set()).add(unit.id));
  }
  return (typedWord) => {
    if (!/^\p{Lu}{2,4}$/u.test(typedWord)) return undefined;
    const owners = claims.get(foldDanishLetters(typedWord.toLowerCase()));
    return owners?.size === 1 ? [...owners][0] : undefined;
  };
}
