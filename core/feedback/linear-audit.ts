import type { HiddenReason } from "./results-model.ts";

/**
 * The last line of defence of small-group suppression: hides more groups until no hidden group's answers
 * can be written as a sum or difference (any linear combination) of shown groups' answers.
 *
 * The per-split rules in `suppress` catch one parent against its children. Splits also cross: a topic
 * whose answers all came from one meeting *is* that meeting, and a week can equal a prompt. So every
 * group is written as a vector over "cells" (answers that belong to exactly the same groups), and a
 * hidden group whose vector lies in the span of the shown groups' vectors can be worked out — its count
 * and, rating by rating, its distribution. Then the smallest shown group of that combination is hidden
 * ("complementary"), and the check runs again until nothing is derivable. Hiding only ever grows, so it
 * ends. Groups without answers are skipped: they have nothing to give away.
 *
 * Arithmetic is exact modulo a prime (`prime` below, whose products stay within a double): a combination
 * over the rationals is one modulo the prime too, so no leak is missed; the rare false alarm only hides
 * one group more than needed.
 */
export function hideDerivable(
  groups: readonly AuditedGroup[],
  hidden: Map<string, HiddenReason>,
): Map<string, HiddenReason> {
  const vectors = cellVectors(groups);
  const size = new Map(groups.map((group) => [group.key, group.answerIds.length]));
  for (;;) {
    const shown = groups.filter((group) => !hidden.has(group.key));
    const basis = new Basis();
    for (const group of shown) basis.add(vectors.get(group.key) ?? new Map(), group.key);
    // One round deals with every leak the basis shows, then the basis is built again: rebuilding after
    // each single hide would cost a basis per hidden group. A leak whose combination already lost a
    // group this round is left for the next round, which checks it again.
    const hiddenThisRound = new Set<string>();
    for (const group of groups) {
      if (!hidden.has(group.key) || hiddenThisRound.has(group.key) || group.answerIds.length === 0) continue;
      const leak = basis.combination(vectors.get(group.key) ?? new Map());
      if (!leak || [...leak.keys()].some((key) => hiddenThisRound.has(String(key)))) continue;
      const smallest = [...leak.keys()]
        .map(String)
        .sort((a, b) => (size.get(a) ?? 0) - (size.get(b) ?? 0) || (a < b ? -1 : 1))[0];
      if (smallest === undefined) continue; // unreachable: a non-empty vector needs a shown group
      hidden.set(smallest, "complementary");
      hiddenThisRound.add(smallest);
    }
    if (hiddenThisRound.size === 0) return hidden;
  }
}

/** A group as the audit sees it: its key and the ids of its answers (any ids unique across answers). */
export interface AuditedGroup {
  key: string;
  answerIds: readonly number[];
}

/** A sparse vector: index → non-zero value modulo `prime`. */
type Vector = Map<number | string, number>;

/** 2^26 − 5: a prime small enough that the product of two residues is exact in a double. */
const prime = 67_108_859;

/** Each group as a 0/1 vector over cells, where a cell is the answers that share exactly the same groups. */
function cellVectors(groups: readonly AuditedGroup[]): Map<string, Vector> {
  const membership = new Map<number, string[]>();
  for (const group of groups) {
    for (const id of group.answerIds) membership.set(id, [...(membership.get(id) ?? []), group.key]);
  }
  const cellOf = new Map<string, number>();
  const vectors = new Map<string, Vector>();
  for (const [, keys] of membership) {
    const signature = JSON.stringify(keys);
    const cell = cellOf.get(signature) ?? cellOf.size;
    cellOf.set(signature, cell);
    for (const key of keys) vectors.set(key, (vectors.get(key) ?? new Map()).set(cell, 1));
  }
  return vectors;
}

/**
 * A basis in reduced row echelon form, each row remembering which groups it is a combination of, so that
 * a vector in the span comes back as the groups that give it away.
 */
class Basis {
  private readonly rows = new Map<number | string, { vector: Vector; combination: Vector }>();

  add(vector: Vector, key: string): void {
    const reduced = this.reduce(vector, new Map([[key, 1]]));
    const pivot = reduced.vector.keys().next().value;
    if (pivot === undefined) return;
    const scale = inverse(reduced.vector.get(pivot) ?? 1);
    const row = { vector: scaled(reduced.vector, scale), combination: scaled(reduced.combination, scale) };
    for (const other of this.rows.values()) {
      const factor = other.vector.get(pivot);
      if (factor === undefined) continue;
      subtract(other.vector, row.vector, factor);
      subtract(other.combination, row.combination, factor);
    }
    this.rows.set(pivot, row);
  }

  /** The groups (with non-zero weight) whose combination equals `vector`, or undefined if none does. */
  combination(vector: Vector): Vector | undefined {
    const reduced = this.reduce(vector, new Map());
    return reduced.vector.size === 0 ? reduced.combination : undefined;
  }

  private reduce(vector: Vector, combination: Vector): { vector: Vector; combination: Vector } {
    const rest = new Map(vector);
    const used = new Map(combination);
    for (const [index, value] of vector) {
      const row = this.rows.get(index);
      if (!row) continue;
      // Reduced echelon form: subtracting a row never brings back another row's pivot.
      subtract(rest, row.vector, value);
      subtract(used, row.combination, value);
    }
    return { vector: rest, combination: used };
  }
}

function scaled(vector: Vector, factor: number): Vector {
  return new Map([...vector].map(([index, value]) => [index, (value * factor) % prime]));
}

/** `target -= factor × source`, dropping entries that become zero. */
function subtract(target: Vector, source: Vector, factor: number): void {
  for (const [index, value] of source) {
    const next = ((target.get(index) ?? 0) - ((value * factor) % prime) + prime) % prime;
    if (next === 0) target.delete(index);
    else target.set(index, next);
  }
}

/** The inverse modulo `prime`, by Fermat: value^(prime − 2). */
function inverse(value: number): number {
  let result = 1;
  let base = value % prime;
  for (let exponent = prime - 2; exponent > 0; exponent = Math.floor(exponent / 2)) {
    if (exponent % 2 === 1) result = mulMod(result, base);
    base = mulMod(base, base);
  }
  return result;
}

function mulMod(a: number, b: number): number {
  return (a * b) % prime;
}
