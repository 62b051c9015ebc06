/*
 * The buttons of our cards. Every button that talks to the bot is an `Action.Execute` with `CardAction`
 * data and nothing else, so every payload is one the bot's handler map knows; Execute rather than Submit
 * because it works wherever a card can be (also a card the message extension put into a chat the bot is
 * not in) and its reply replaces the card instead of posting another.
 */
import type { CardAction } from "./card-actions.ts";

/** Every action we use. */
export type ButtonAction = ExecuteAction | OpenUrlAction;

/** A button that sends an invoke whose reply replaces the card (Universal Actions). */
export interface ExecuteAction {
  type: "Action.Execute";
  title: string;
  verb: CardAction["verb"];
  data: CardAction;
  tooltip?: string;
}

/** A button that opens a link (here: a Teams deep link into one of the app's tabs). */
export interface OpenUrlAction {
  type: "Action.OpenUrl";
  title: string;
  url: string;
}

/**
 * The `refresh` clause. We leave out `userIds`, so Teams refreshes the card automatically for everyone
 * in a conversation of up to 60 people; in a larger one, viewers see the card as posted and get their
 * own view by refreshing by hand or pressing one of its buttons.
 */
export interface CardRefresh {
  action: ExecuteAction;
}

/** A button that sends `action` as an `adaptiveCard/action` invoke; the bot answers with a new card. */
export function executeAction(title: string, action: CardAction, tooltip?: string): ExecuteAction {
  return { type: "Action.Execute", title, verb: action.verb, data: action, ...(tooltip && { tooltip }) };
}

/** A button that opens `url`. */
export function openUrlAction(title: string, url: string): OpenUrlAction {
  return { type: "Action.OpenUrl", title, url };
}

/** A `refresh` clause that invokes `action` for each viewer (no `userIds`: see `CardRefresh`). */
export function cardRefresh(title: string, action: CardAction): CardRefresh {
  return { action: executeAction(title, action) };
}
