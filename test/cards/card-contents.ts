import type { AdaptiveCard, ButtonAction } from "../../bot/cards/adaptive-card.ts";

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

/** Test utility: every button on the card, in the body and at the bottom, in order. */
export function cardButtons(card: AdaptiveCard): ButtonAction[] {
  const buttons: ButtonAction[] = [];
  walk(card, (node) => {
    if (node.type === "Action.Submit" || node.type === "Action.Execute")
      buttons.push(node as unknown as ButtonAction);
  });
  return buttons;
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
