import { z } from "zod";

// Ids of items, units and prompts are ASCII; anything else is no id of ours (and PostgreSQL refuses NUL).
const id = z
  .string()
  .max(100)
  .regex(/^[\x20-\x7e]*$/);

/**
 * Every action a card of ours can send back, as data: the one definition from which the `CardAction`
 * type and the `cardVerbs` list are derived. The verb is the discriminant, so the handler map in
 * `bot/flows` must cover every verb (a missing one is a compile error), and anything else that arrives
 * fails to parse and is answered as an unknown action.
 */
export const cardActionSchema = z.discriminatedUnion("verb", [
  z.object({ verb: z.literal("showItem"), itemId: id }),
  z.object({ verb: z.literal("showUnit"), unitId: id }),
  z.object({ verb: z.literal("showUnits") }),
  z.object({ verb: z.literal("showPejlemaerker") }),
  z.object({ verb: z.literal("showHelp") }),
  z.object({
    verb: z.literal("rateAnswer"),
    rating: z.enum(["up", "down"]),
    answer: z.object({
      itemId: id,
      paragraphIndexes: z.array(z.number().int().min(0).max(50)).min(1).max(3),
      relatedIds: z.array(id).max(3),
    }),
  }),
  /**
   * The feedback card's "Send" button. The card's inputs (`rating`, `topic`, `comment`, `anonymous`,
   * `unitId`) arrive merged into the data as the strings Teams sends; the flow validates them.
   */
  z.object({ verb: z.literal("submitFeedback"), promptId: id }),
  /** Universal Actions refresh: each viewer's client asks for their own view of the feedback card. */
  z.object({ verb: z.literal("refreshFeedback"), promptId: id }),
  /** "Ret dit svar": the form again, filled in with the person's answer. */
  z.object({ verb: z.literal("editFeedback"), promptId: id }),
]);

/** One action a card of ours can send back. */
export type CardAction = z.infer<typeof cardActionSchema>;

/** The verb of a card action. */
export type CardVerb = CardAction["verb"];

/** The verbs, as a value, for run-time checks of what arrives. */
export const cardVerbs: readonly CardVerb[] = cardActionSchema.options.map(
  (option) => option.shape.verb.value,
);

/** Reads the data of a card action as one of ours, or `undefined` for anything else. */
export function parseCardAction(data: unknown): CardAction | undefined {
  const result = cardActionSchema.safeParse(data);
  return result.success ? result.data : undefined;
}
