/**
 * Every action a card of ours can send back, as data. The verb is the discriminant, so the handler map
 * in `bot/flows` must cover every verb (a missing one is a compile error) and anything else that
 * arrives is answered as an unknown action.
 */
export type CardAction =
  | { verb: "showItem"; itemId: string }
  | { verb: "showUnit"; unitId: string }
  | { verb: "showUnits" }
  | { verb: "showPejlemaerker" }
  | { verb: "showHelp" }
  | {
      verb: "rateAnswer";
      rating: "up" | "down";
      answer: { itemId: string; paragraphIndexes: number[]; relatedIds: string[] };
    }
  /**
   * The feedback card's "Send" button. The card's inputs (`rating`, `topic`, `comment`, `anonymous`,
   * `unitId`) arrive merged into the data as the strings Teams sends; the flow validates them.
   */
  | { verb: "submitFeedback"; promptId: string }
  /** Universal Actions refresh: each viewer's client asks for their own view of the feedback card. */
  | { verb: "refreshFeedback"; promptId: string }
  /** "Ret dit svar": the form again, filled in with the person's answer. */
  | { verb: "editFeedback"; promptId: string };

/** The verbs, as a value, for run-time checks of what arrives. */
export const cardVerbs = [
  "showItem",
  "showUnit",
  "showUnits",
  "showPejlemaerker",
  "showHelp",
  "rateAnswer",
  "submitFeedback",
  "refreshFeedback",
  "editFeedback",
] as const satisfies readonly CardAction["verb"][];

export type CardVerb = CardAction["verb"];
