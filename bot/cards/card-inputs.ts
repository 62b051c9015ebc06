import type { ElementLayout } from "./card-element-layout.ts";

/** Every input we use; their values arrive merged into the data of the button that sends them. */
export type InputElement = ChoiceSetInput | TextInput | ToggleInput;

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
