import type { ButtonAction } from "./card-buttons.ts";
import type { ElementLayout } from "./card-element-layout.ts";
import type { InputElement } from "./card-inputs.ts";

/** Every body element we use. */
export type CardElement = TextBlock | Container | ColumnSet | FactSet | ActionSet | InputElement;

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
