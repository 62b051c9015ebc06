import type { CardAction } from "./card-actions.ts";

/**
 * The parts of the Adaptive Card 1.5 schema our cards use, as types, with one small constructor each.
 * Cards are built as data so the compiler checks them; `test/cards/validate-card.ts` checks the rest
 * against the `adaptivecards` library. Submit and Execute carry `CardAction` data and nothing else, so
 * every button's payload is one the bot's handler map knows.
 */
export interface AdaptiveCard {
  $schema: typeof adaptiveCardSchemaUrl;
  type: "AdaptiveCard";
  version: "1.5";
  body: CardElement[];
  actions?: ButtonAction[];
  msteams?: { width: "Full" };
}

/** Where the JSON schema of Adaptive Cards lives; editors use it to check a card. */
export const adaptiveCardSchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

/** Every body element we use. */
export type CardElement = TextBlock | Container | ColumnSet | FactSet | ActionSet;

/** Every action we use. */
export type ButtonAction = SubmitAction | ExecuteAction;

/** Layout options shared by body elements. */
export interface ElementLayout {
  spacing?: "None" | "Small" | "Default" | "Medium" | "Large";
  separator?: boolean;
}

/** A paragraph of text. Teams renders its `text` as markdown, so dynamic text goes through `plainText`. */
export interface TextBlock extends ElementLayout {
  type: "TextBlock";
  text: string;
  wrap: true;
  size?: "Small" | "Default" | "Medium" | "Large";
  weight?: "Default" | "Bolder";
  isSubtle?: boolean;
}

/** A group of elements, shaded when `style` is `emphasis`. */
export interface Container extends ElementLayout {
  type: "Container";
  items: CardElement[];
  style?: "default" | "emphasis";
}

/** Elements side by side. */
export interface ColumnSet extends ElementLayout {
  type: "ColumnSet";
  columns: Column[];
}

/** One column of a `ColumnSet`: `auto` fits its content, `stretch` takes the rest. */
export interface Column {
  type: "Column";
  width: "auto" | "stretch";
  items: CardElement[];
  verticalContentAlignment?: "Top" | "Center" | "Bottom";
}

/** Label–value pairs in two aligned columns. */
export interface FactSet extends ElementLayout {
  type: "FactSet";
  facts: { title: string; value: string }[];
}

/** A row of buttons inside the body. */
export interface ActionSet extends ElementLayout {
  type: "ActionSet";
  actions: ButtonAction[];
}

/** A button that sends its data to the bot as a message. */
export interface SubmitAction {
  type: "Action.Submit";
  title: string;
  data: CardAction;
}

/** A button that sends an invoke whose reply replaces the card (Universal Actions). */
export interface ExecuteAction {
  type: "Action.Execute";
  title: string;
  verb: CardAction["verb"];
  data: CardAction;
  tooltip?: string;
}

/** A full-width Adaptive Card 1.5 with the given body and card-level buttons. */
export function adaptiveCard(body: CardElement[], actions: ButtonAction[] = []): AdaptiveCard {
  return {
    $schema: adaptiveCardSchemaUrl,
    type: "AdaptiveCard",
    version: "1.5",
    body,
    ...(actions.length > 0 && { actions }),
    msteams: { width: "Full" },
  };
}

/** A wrapping TextBlock. */
export function textBlock(text: string, options: Omit<TextBlock, "type" | "text" | "wrap"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/** A Container around `items`. */
export function container(items: CardElement[], options: Omit<Container, "type" | "items"> = {}): Container {
  return { type: "Container", items, ...options };
}

/** A ColumnSet of the given columns. */
export function columnSet(columns: Column[], options: ElementLayout = {}): ColumnSet {
  return { type: "ColumnSet", columns, ...options };
}

/** A Column of the given width. */
export function column(width: Column["width"], items: CardElement[]): Column {
  return { type: "Column", width, items, verticalContentAlignment: "Center" };
}

/** A FactSet; values are shown as markdown, so dynamic ones go through `plainText`. */
export function factSet(facts: FactSet["facts"], options: ElementLayout = {}): FactSet {
  return { type: "FactSet", facts, ...options };
}

/** An ActionSet of the given buttons. */
export function actionSet(actions: ButtonAction[], options: ElementLayout = {}): ActionSet {
  return { type: "ActionSet", actions, ...options };
}

/** A button that posts `action` back to the bot as the value of a message. */
export function submitAction(title: string, action: CardAction): SubmitAction {
  return { type: "Action.Submit", title, data: action };
}

/** A button that sends `action` as an `adaptiveCard/action` invoke; the bot answers with a new card. */
export function executeAction(title: string, action: CardAction, tooltip?: string): ExecuteAction {
  return { type: "Action.Execute", title, verb: action.verb, data: action, ...(tooltip && { tooltip }) };
}
