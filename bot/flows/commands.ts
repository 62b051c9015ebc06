import { foldDanishLetters } from "../../core/search/fold-danish-letters.ts";
import { tokenize } from "../../core/search/tokenize.ts";

/** The chat commands listed in the app manifest, and what else the bot accepts as a command. */
export type Command = "help" | "pejlemaerker" | "units";

const commandWords: Record<string, Command> = {
  hjaelp: "help",
  help: "help",
  "?": "help",
  pejlemaerker: "pejlemaerker",
  pejlemaerke: "pejlemaerker",
  guideposts: "pejlemaerker",
  enheder: "units",
  enhederne: "units",
  units: "units",
};

/**
 * Recognises a message that is a command rather than a question: the command word alone, perhaps
 * with a leading slash (`/hjælp`) or written without æøå (`hjaelp`, `pejlemaerker`).
 */
export function recognizeCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (trimmed === "?") return "help";
  const words = tokenize(trimmed);
  if (words.length !== 1) return undefined;
  return commandWords[foldDanishLetters(words[0] ?? "")];
}
