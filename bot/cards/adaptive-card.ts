/*
 * Our cards as typed data mirroring the Adaptive Card 1.5 schema, so the compiler checks them;
 * `test/cards/validate-card.ts` checks the rest against the `adaptivecards` library. The schema's parts
 * we use are split by concept, each type with one small constructor: body elements
 * (`card-elements.ts`), inputs (`card-inputs.ts`) and buttons (`card-buttons.ts`); this file is the
 * card around them.
 */
import type { ButtonAction, CardRefresh } from "./card-buttons.ts";
import type { CardElement } from "./card-elements.ts";

/** A whole card: its body, its card-level buttons and, for feedback cards, a refresh clause. */
export interface AdaptiveCard {
  $schema: typeof adaptiveCardSchemaUrl;
  type: "AdaptiveCard";
  version: "1.5";
  body: CardElement[];
  actions?: ButtonAction[];
  /** Universal Actions: each viewer's Teams client invokes this to get its own view of the card. */
  refresh?: CardRefresh;
  msteams?: { width: "Full" };
}

/** Where the JSON schema of Adaptive Cards lives; editors use it to check a card. */
export const adaptiveCardSchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

/** A full-width Adaptive Card 1.5 with the given body and card-level buttons, and a refresh if given. */
export function adaptiveCard(
  body: CardElement[],
  actions: ButtonAction[] = [],
  options: { refresh?: CardRefresh } = {},
): AdaptiveCard {
  return {
    $schema: adaptiveCardSchemaUrl,
    type: "AdaptiveCard",
    version: "1.5",
    body,
    ...(actions.length > 0 && { actions }),
    ...(options.refresh && { refresh: options.refresh }),
    msteams: { width: "Full" },
  };
}
