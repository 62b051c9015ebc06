import { AppError } from "../errors.ts";
import type { HiddenReason } from "./results-model.ts";

/**
 * Small-group suppression for feedback results, so that no result lets a leader single out a person.
 *
 * **Primary suppression.** A group with fewer than `minGroupSize` answers is hidden ("for få svar" /
 * "too few answers"): with two or three colleagues in a group, a mean or a distribution says what each
 * of them answered.
 *
 * **Secondary suppression**, as Viva Glint does it. Hiding a group is no use if its count can be worked
 * out from what is shown: with a parent of 12 and children of 8 and 4, hiding the 4 still leaves
 * 12 − 8 = 4. A parent and one split of its children form one equation (parent = sum of children), and
 * an equation with exactly one unknown can be solved. So, repeated across all levels until nothing
 * changes:
 * - if exactly one child of a visible parent is hidden, the smallest visible sibling is hidden too;
 * - if a hidden parent has only visible children (say it was hidden by the rule above, one level up),
 *   its smallest child is hidden too, or the sum of its children would give the parent back.
 * A hidden only child of a visible parent is left alone: there is no sibling to hide, and when the child
 * makes up the whole parent the parent is below the threshold as well.
 *
 * A parent can be split more than one way (the organisation by unit and by topic); each split is its own
 * equation, so groups carry a `family` and siblings are the children of one parent in one family.
 * The smallest sibling is hidden because it costs the least information. These rules check each split
 * on its own; `hideDerivable` (`linear-audit.ts`) then checks the splits against each other (a prompt
 * against the week it ran in, or a topic all of whose answers came from one meeting).
 */
export function suppress(
  groups: readonly SuppressionGroup[],
  options: SuppressionOptions = {},
): ReadonlyMap<string, Visibility> {
  const minGroupSize = clampMinGroupSize(options.minGroupSize);
  const hidden = new Map<string, HiddenReason>();
  const byId = new Map<string, SuppressionGroup>();
  for (const group of groups) {
    if (byId.has(group.id)) throw new AppError(500, `feedback: duplicate group id "${group.id}"`);
    byId.set(group.id, group);
    if (group.count < minGroupSize) hidden.set(group.id, "tooFew");
  }
  const families = new Map<string, { parentId: string; members: SuppressionGroup[] }>();
  for (const group of groups) {
    if (group.parentId === undefined) continue;
    const key = JSON.stringify([group.parentId, group.family ?? ""]);
    const family = families.get(key) ?? { parentId: group.parentId, members: [] };
    family.members.push(group);
    families.set(key, family);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parentId, members } of families.values()) {
      const visible = members.filter((member) => !hidden.has(member.id));
      const unknowns = members.length - visible.length + (hidden.has(parentId) ? 1 : 0);
      const smallest = visible.sort(bySizeThenId)[0];
      if (unknowns !== 1 || !smallest) continue;
      hidden.set(smallest.id, "complementary");
      changed = true;
    }
  }
  return new Map(
    groups.map((group): [string, Visibility] => {
      const reason = hidden.get(group.id);
      return [group.id, reason ? { visible: false, reason } : { visible: true }];
    }),
  );
}

/** The fewest answers a group may have and still be shown, unless configured otherwise. */
export const defaultMinGroupSize = 5;

/**
 * The floor under any configured `minGroupSize`: below three, a person who answered and knows one other
 * answer can work out the last one, so a lower setting is raised to three rather than trusted.
 */
export const lowestMinGroupSize = 3;

/**
 * The threshold actually used: the default when unset or not a number, rounded up to a whole number and
 * never below `lowestMinGroupSize`.
 */
export function clampMinGroupSize(minGroupSize: number | undefined): number {
  if (minGroupSize === undefined || Number.isNaN(minGroupSize)) return defaultMinGroupSize;
  return Math.max(lowestMinGroupSize, Math.ceil(minGroupSize));
}

/** One group in the tree of results: how many answered, and where it sits. */
export interface SuppressionGroup {
  id: string;
  /** The group this one is part of; none for the root (the organisation). */
  parentId?: string;
  /** Which split of the parent this group belongs to (e.g. "units" or "topics"); one split by default. */
  family?: string;
  count: number;
}

/** Settings for `suppress`. */
export interface SuppressionOptions {
  /** Groups with fewer answers are hidden. Default `defaultMinGroupSize` (5); never below 3. */
  minGroupSize?: number;
}

/** Whether a group may be shown, and if not, why. */
export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

function bySizeThenId(a: SuppressionGroup, b: SuppressionGroup): number {
  return a.count - b.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
