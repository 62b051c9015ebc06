import type { AdaptiveCard } from "../../bot/cards/adaptive-card.ts";
import type { ExecuteAction, OpenUrlAction } from "../../bot/cards/card-buttons.ts";
import type { InputElement } from "../../bot/cards/card-inputs.ts";

/** Test utility: every text a user reads on the card (TextBlocks and Facts), in order. */
export function cardTexts(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  walk(card, (node) => {
    if (node.type === "TextBlock") texts.push(String(node.text));
    if (node.type === "FactSet" && Array.isArray(node.facts)) {
      for (const fact of node.facts as { title: string; value: string }[]) texts.push(fact.title, fact.value);
    }
  });
  return texts;
}

/**
 * Test utility: every button on the card that talks to the bot, in the body and at the bottom, in
 * order (all are `Action.Execute`: `validateCard` refuses `Action.Submit`). The `refresh` action is not
 * a button (nobody sees or presses it), so it is left out; tests read `card.refresh`.
 */
export function cardButtons(card: AdaptiveCard): ExecuteAction[] {
  const buttons: ExecuteAction[] = [];
  const { refresh: _refresh, ...shown } = card;
  walk(shown, (node) => {
    if (node.type === "Action.Execute") buttons.push(node as unknown as ExecuteAction);
  });
  return buttons;
}

/** Test utility: every button on the card that opens a link (`Action.OpenUrl`), in order. */
export function cardLinks(card: AdaptiveCard): OpenUrlAction[] {
  const links: OpenUrlAction[] = [];
  walk(card, (node) => {
    if (node.type === "Action.OpenUrl") links.push(node as unknown as OpenUrlAction);
  });
  return links;
}

/** Test utility: every input on the card, in order. */
export function cardInputs(card: AdaptiveCard): InputElement[] {
  const inputs: InputElement[] = [];
  walk(card, (node) => {
    if (String(node.type).startsWith("Input.")) inputs.push(node as unknown as InputElement);
  });
  return inputs;
}

/** Test utility: the input with this id; fails loudly when the card has none. */
export function cardInput<Type extends InputElement["type"]>(
  card: AdaptiveCard,
  id: string,
  type: Type,
): Extract<InputElement, { type: Type }> {
  const found = cardInputs(card).find((input) => input.id === id);
  if (found?.type !== type) throw new Error(`card: no ${type} "${id}"`);
  return found as Extract<InputElement, { type: Type }>;
}

function walk(value: unknown, onNode: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const entry of value) walk(entry, onNode);
  } else if (typeof value === "object" && value !== null) {
    const node = value as Record<string, unknown>;
    if (typeof node.type === "string") onNode(node);
    for (const [key, entry] of Object.entries(node)) if (key !== "data") walk(entry, onNode);
  }
}
