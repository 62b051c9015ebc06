import type { JsonBody } from "../../harness/app-under-test.ts";
import type { SentActivity } from "../../harness/connector-stand-in.ts";

/** An Adaptive Card as the bot sent it. */
export type SentCard = JsonBody;

/** The first Adaptive Card attachment of a sent activity; fails the test if there is none. */
export function firstCard(sent: SentActivity | undefined): SentCard {
  const attachment = sent?.activity.attachments?.find(
    (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
  );
  if (!attachment) throw new Error(`expected an Adaptive Card, got ${JSON.stringify(sent?.activity)}`);
  return attachment.content;
}

/**
 * Every text a person would read on the card (TextBlocks, facts, button titles), in order, with the
 * markdown escapes removed — what the user sees, not the JSON.
 */
export function cardText(card: SentCard): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (typeof element.text === "string") texts.push(element.text);
    if (element.type === "FactSet")
      for (const fact of element.facts as { title: string; value: string }[])
        texts.push(`${fact.title} ${fact.value}`);
    if (typeof element.title === "string" && String(element.type).startsWith("Action."))
      texts.push(element.title);
    for (const key of ["body", "items", "columns", "actions", "inlines", "card"]) visit(element[key]);
  };
  visit(card);
  return texts.join("\n").replace(/\\(.)/g, "$1");
}
