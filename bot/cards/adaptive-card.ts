import type { CardAction } from "./card-actions.ts";

/**
 * The parts of the Adaptive Card 1.5 schema our cards use, as types, with one small constructor each.
 * Cards are built as data so the compiler checks them; `test/cards/validate-card.ts` checks the rest
 * against the `adaptivecards` library. Every button that talks to the bot is an `Action.Execute` with
 * `CardAction` data and nothing else, so every payload is one the bot's handler map knows; Execute
 * rather than Submit because it works wherever a card can be (also a card the message extension put
 * into a chat the bot is not in) and its reply replaces the card instead of posting another.
 */
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

/**
 * The `refresh` clause. We leave out `userIds`, so Teams refreshes the card automatically for everyone
 * in a conversation of up to 60 people; in a larger one, viewers see the card as posted and get their
 * own view by refreshing by hand or pressing one of its buttons.
 */
export interface CardRefresh {
  action: ExecuteAction;
}

/** Where the JSON schema of Adaptive Cards lives; editors use it to check a card. */
export const adaptiveCardSchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

/** Every body element we use. */
export type CardElement = TextBlock | Container | ColumnSet | FactSet | ActionSet | InputElement;

/** Every input we use; their values arrive merged into the data of the button that sends them. */
export type InputElement = ChoiceSetInput | TextInput | ToggleInput;

/** Every action we use. */
export type ButtonAction = ExecuteAction | OpenUrlAction;

/** Layout options shared by body elements. */
export interface ElementLayout {
  /**
   * The element's id. On a reply to a question the body's first element carries the reply's kind
   * (`answer`, `structure`, `choices`, `not-found`), which the evaluation reads.
   */
  id?: string;
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

/**
 * What every input has. A required input must have a label and an error message, as Teams needs them
 * to tell a screen reader and the user what is missing; the type makes that so.
 */
export type InputBase = ElementLayout & {
  /** The name the value is sent under. */
  id: string;
  label?: string;
} & (
    | { isRequired: true; label: string; errorMessage: string }
    | { isRequired?: false; errorMessage?: string }
  );

/** A pick list: radio buttons (`expanded`) or a drop-down (`compact`). Values are strings. */
export type ChoiceSetInput = InputBase & {
  type: "Input.ChoiceSet";
  choices: Choice[];
  style?: "expanded" | "compact";
  /** The value chosen when the card opens. */
  value?: string;
  /** Shown in a compact list while nothing is chosen. */
  placeholder?: string;
};

/** One option of a ChoiceSet; `title` is shown as plain text (not markdown), `value` is sent. */
export interface Choice {
  title: string;
  value: string;
}

/** A text field; Teams stops typing at `maxLength`, so the bot's own check is a second line of defence. */
export type TextInput = InputBase & {
  type: "Input.Text";
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
};

/** A check box with `title` beside it; sends `valueOn` or `valueOff` ("true"/"false" unless set). */
export type ToggleInput = InputBase & {
  type: "Input.Toggle";
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
};

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

/** Options of an input other than its type and id. */
type InputOptions<Input> = Input extends unknown ? Omit<Input, "type" | "id"> : never;

/** A ChoiceSet input named `id`. */
export function choiceSetInput(id: string, options: InputOptions<ChoiceSetInput>): ChoiceSetInput {
  return { type: "Input.ChoiceSet", id, ...options };
}

/** A text input named `id`. */
export function textInput(id: string, options: InputOptions<TextInput> = {}): TextInput {
  return { type: "Input.Text", id, ...options };
}

/** A toggle named `id`. */
export function toggleInput(id: string, options: InputOptions<ToggleInput>): ToggleInput {
  return { type: "Input.Toggle", id, ...options };
}
