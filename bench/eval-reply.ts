import type { ReplyKind } from "../bot/cards/reply-kind.ts";

/**
 * What the bot replied, reduced to what the evaluation judges: the kind its card declares (the `id` of
 * the card body's first element, see `bot/cards/reply-kind.ts`), the text of that element for answers,
 * and the sections a choices card offers. A card without a known kind is `other`.
 */
export type EvalReply =
  | { kind: "answer" | "structure"; text: string }
  | { kind: "choices"; itemIds: string[] }
  | { kind: "not-found" }
  | { kind: "other" };

interface CardNode {
  id?: unknown;
  text?: unknown;
  value?: unknown;
  title?: unknown;
  data?: unknown;
  [key: string]: unknown;
}

/** Reads the reply kind and what the evaluation needs from a reply card (an Adaptive Card's JSON). */
export function readReply(card: unknown): EvalReply {
  const body = (card as { body?: CardNode[] } | undefined)?.body ?? [];
  const first = body[0];
  const kind = first?.id as ReplyKind | undefined;
  switch (kind) {
    case "answer":
    case "structure":
      return { kind, text: unescapeMarkdown(texts(first).join("\n")) };
    case "choices":
      return { kind, itemIds: offeredItemIds(card) };
    case "not-found":
      return { kind };
    default:
      return { kind: "other" };
  }
}

/** Every text an element shows, in order: text blocks, and fact titles and values. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== "object") return [];
  const { text, title, value, data: _data, ...rest } = node as CardNode;
  const own = [text, title, value].filter((part): part is string => typeof part === "string");
  return [...own, ...Object.values(rest).flatMap(texts)];
}

/** The section ids behind the buttons of a card: every `itemId` in an action's data. */
function offeredItemIds(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(offeredItemIds);
  if (!node || typeof node !== "object") return [];
  const { data, ...rest } = node as CardNode;
  const itemId = (data as { itemId?: unknown } | undefined)?.itemId;
  return [...(typeof itemId === "string" ? [itemId] : []), ...Object.values(rest).flatMap(offeredItemIds)];
}

/** Cards escape markdown in quoted text (`plainText`); the phrases to find are plain. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}
