import type { Item } from "../content/strategy.ts";
import type { ScoredPassage } from "./rank-passages.ts";

/** Options for {@link uncertainCandidates}, with their defaults. */
export interface ChoicesOptions {
  /**
   * Below this coverage the best passage is not a confident answer when another section comes close;
   * 0 turns choices off. Default 0.5.
   */
  confidentCoverage?: number;
  /** Another section comes close when its best passage scores this share of the best. Default 0.8. */
  closeShare?: number;
}

/** Most sections a "Mente du …?" reply offers. */
const maxChoices = 3;

/**
 * The sections to offer as "Mente du …?" when the best passage answers only weakly (low coverage) and
 * a passage of another section scores nearly as well: guessing one of them would be right about as
 * often as wrong, and a follow-up costs the person one tap. Undefined when the best is clear.
 */
export function uncertainCandidates(
  ranked: ScoredPassage[],
  options: ChoicesOptions = {},
): Item[] | undefined {
  const confidentCoverage = options.confidentCoverage ?? 0.5;
  const closeShare = options.closeShare ?? 0.8;
  const [best] = ranked;
  if (!best?.answers || best.coverage >= confidentCoverage) return undefined;
  const rival = ranked.find((scored) => scored.answers && scored.passage.item !== best.passage.item);
  if (!rival || rival.score < best.score * closeShare) return undefined;
  const items: Item[] = [];
  for (const scored of ranked) {
    if (scored.answers && !items.includes(scored.passage.item)) items.push(scored.passage.item);
    if (items.length === maxChoices) break;
  }
  return items;
}
