import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Where a checked file comes from and how its errors are named. */
export interface CheckedFile<T> {
  /** The file to read. */
  path: string;
  /** How errors name it, prefixed by its area: `content: units/x.yaml`, `lexicon: synonyms.yaml`. */
  name: string;
  schema: z.ZodType<T>;
  /** `yaml` (default) or `json`. */
  format?: "yaml" | "json";
  /** What errors call a place in the file: `field` (default) or `entry`. */
  placeWord?: string;
}

/**
 * Reads a YAML or JSON file and checks it against its schema. A file that does not parse, or does not
 * fit, stops the caller with an error naming the file and the first wrong place, so an editor can find
 * the mistake; content, lexicon and compiled resources all read their files this way.
 */
export function readCheckedFile<T>({
  path,
  name,
  schema,
  format = "yaml",
  placeWord = "field",
}: CheckedFile<T>): T {
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = format === "json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new AppError(500, `${name}: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const place = issue?.path.join(".") || "(root)";
    throw new AppError(500, `${name}: ${placeWord} "${place}": ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}
