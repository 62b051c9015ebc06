import type { ItemView } from "../api/tab-api-contract.ts";
import { type Child, el } from "./dom.ts";

/** Heading levels the pages use below the page's one h1. */
export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading of a given level; `lang` marks Danish strategy text inside an English page. */
export function heading(level: HeadingLevel, text: string, attributes: Record<string, string> = {}) {
  return el(`h${level}`, attributes, text);
}

/** How an item is shown: its heading level, which paragraphs to mark (search hits), what follows it. */
export interface ItemOptions {
  level: HeadingLevel;
  /** Paragraph indexes to highlight, from a search answer. */
  marked?: readonly number[];
  showBreadcrumb?: boolean;
  /** Shown below the text, in the UI language: the feedback form, sub-items. */
  after?: Child[];
  /** Element id; the default `item-<id>` is what links within the page point to. */
  id?: string;
  /** Leave the title out where the heading above already says it. */
  untitled?: boolean;
}

/**
 * One section of the strategy as an `<article>`: its title, slogan, paragraphs (bullets as lists) and
 * signature, quoted verbatim and marked `lang="da"` so screen readers read it as Danish on an English page.
 */
export function itemArticle(item: ItemView, options: ItemOptions): HTMLElement {
  const id = options.id ?? `item-${item.id}`;
  const headingId = options.untitled ? undefined : `${id}-title`;
  return el(
    "article",
    { class: "item", id, "aria-labelledby": headingId },
    headingId ? heading(options.level, item.title, { id: headingId, lang: "da" }) : null,
    el(
      "div",
      { lang: "da" },
      options.showBreadcrumb ? el("p", { class: "breadcrumb" }, item.breadcrumb.join(" › ")) : null,
      item.slogan ? el("p", { class: "slogan" }, item.slogan) : null,
      ...paragraphs(item, new Set(options.marked ?? [])),
      item.signature ? el("p", { class: "signature" }, item.signature) : null,
    ),
    ...(options.after ?? []),
  );
}

/** Paragraphs in order; runs of bullet paragraphs become one list. */
function paragraphs(item: ItemView, marked: ReadonlySet<number>): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  let list: HTMLUListElement | undefined;
  item.paragraphs.forEach((paragraph, index) => {
    const text = marked.has(index) ? el("mark", {}, paragraph.text) : paragraph.text;
    if (paragraph.bullet) {
      list ??= blocks[blocks.push(el("ul")) - 1] as HTMLUListElement;
      list.append(el("li", {}, text));
    } else {
      list = undefined;
      blocks.push(el("p", {}, text));
    }
  });
  return blocks;
}

/**
 * Groups items whose breadcrumb continues the one before (a tværgående initiativ's "Indsats") under
 * that item, so they are shown as its parts rather than as initiatives of their own.
 */
export function withParts(items: readonly ItemView[]): { item: ItemView; parts: ItemView[] }[] {
  const groups: { item: ItemView; parts: ItemView[] }[] = [];
  for (const item of items) {
    const parent = groups.at(-1);
    const isPart =
      parent !== undefined &&
      item.breadcrumb.length === parent.item.breadcrumb.length + 1 &&
      parent.item.breadcrumb.every((crumb, index) => item.breadcrumb[index] === crumb);
    if (isPart) parent.parts.push(item);
    else groups.push({ item, parts: [] });
  }
  return groups;
}
