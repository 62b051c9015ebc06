import type { Item } from "../content/strategy.ts";
import type { Answer } from "./answer.ts";
import type { ScoredPassage } from "./rank-passages.ts";

/** Most paragraphs one answer quotes. */
const maxQuoted = 3;
/**
 * A paragraph shorter than this (a one-sentence lead-in) is quoted together with the paragraph after it,
 * which says what the lead-in announces.
 */
const shortParagraph = 160;
/** Most related items an answer offers. */
const maxRelated = 3;

/**
 * The answer around the best passage: it and the other paragraphs of its item that also answer and
 * score at least `companionShare` of it, with what they need to make sense, and the related items.
 */
export function composeAnswer(best: ScoredPassage, ranked: ScoredPassage[], companionShare: number): Answer {
  const isCompanion = (other: ScoredPassage) =>
    other === best || (other.answers && other.score >= best.score * companionShare);
  const companions = ranked
    .filter((other) => other.passage.item === best.passage.item && isCompanion(other))
    .slice(0, maxQuoted);
  const item = best.passage.item;
  const chosen = companions.map((scored) => scored.passage.paragraphIndex);
  return {
    item,
    paragraphIndexes: withContext(item, chosen, best.passage.paragraphIndex),
    related: relatedItems(ranked, item),
  };
}

/**
 * Quotes what a chosen paragraph needs to make sense on its own: a one-sentence lead-in is followed by
 * the paragraph it announces, and a paragraph ending in ":" or ";" by the bullets it introduces — still
 * at most three paragraphs, in document order.
 */
function withContext(item: Item, chosen: number[], best: number): number[] {
  const text = (index: number) => item.paragraphs[index]?.text ?? "";
  const introducesList = (index: number) =>
    /[:;]$/.test(text(index)) && item.paragraphs[index + 1]?.bullet === true;
  const withList = (start: number[]) => {
    const indexes = new Set(start);
    const last = Math.max(...indexes);
    for (
      let next = last + 1;
      introducesList(last) && item.paragraphs[next]?.bullet && indexes.size < maxQuoted;
      next++
    ) {
      indexes.add(next);
    }
    return indexes;
  };
  if (introducesList(best)) return [...withList([best])];
  const indexes = new Set(chosen);
  if (indexes.size === 1 && text(best).length < shortParagraph && best + 1 < item.paragraphs.length)
    indexes.add(best + 1);
  return [...withList([...indexes])].sort((a, b) => a - b).slice(0, maxQuoted);
}

/** Up to three items, best first, whose passages came close enough to be worth reading. */
export function relatedItems(ranked: ScoredPassage[], exclude?: Item): Item[] {
  const items: Item[] = [];
  for (const scored of ranked) {
    const item = scored.passage.item;
    if (scored.related && item !== exclude && !items.includes(item)) items.push(item);
    if (items.length === maxRelated) break;
  }
  return items;
}

/** An item's opening: its first paragraphs, as many as one answer quotes. */
export function firstParagraphs(item: Item): number[] {
  return item.paragraphs.slice(0, maxQuoted).map((_, index) => index);
}
