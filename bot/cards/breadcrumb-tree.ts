import type { Item, Strategy } from "../../core/content/strategy.ts";

/** Most neighbours a section card links to. */
const maxNeighbours = 4;

/**
 * The breadcrumb above an item: a breadcrumb ends with the item itself, so this is all but its last
 * crumb, e.g. ["Lokale initiativer", "Specialenheden"] for Specialenheden's "Sund drift". Items nest by
 * these trails: the item whose breadcrumb is another's trail above is that one's parent.
 */
export function trailAbove(item: Item): string[] {
  return item.breadcrumb.slice(0, -1);
}

/** The item one level up, e.g. the tværgående initiativ an "Indsats" belongs to. */
export function parentItem(strategy: Strategy, item: Item): Item | undefined {
  const above = trailAbove(item);
  return strategy.items.find((other) => sameTrail(other.breadcrumb, above));
}

/**
 * The sections a reader of `item` most likely wants next, in reading order: the one above it, those
 * below it and those beside it. So a unit's section leads to the unit's other sections, an
 * indsatsområde to its pejlemærke and the other indsatsområde, a tværgående initiativ to its "Indsats"
 * and the other initiativer, and the forord to the rest of the introduction.
 */
export function sectionNeighbours(strategy: Strategy, item: Item): Item[] {
  const above = trailAbove(item);
  const isNeighbour = (other: Item) =>
    sameTrail(trailAbove(other), above) ||
    sameTrail(other.breadcrumb, above) ||
    sameTrail(trailAbove(other), item.breadcrumb);
  return strategy.items.filter((other) => other.id !== item.id && isNeighbour(other)).slice(0, maxNeighbours);
}

function sameTrail(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((crumb, index) => crumb === b[index]);
}
