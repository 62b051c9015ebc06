import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { readCheckedFile } from "../read-checked-file.ts";
import type { ContentFile } from "./content-schema.ts";

/**
 * One alternates file: item id → paragraph number (1-based, as editors count) → the questions staff
 * would ask for that paragraph. They help the search find the paragraph and are never shown.
 */
export const alternatesFileSchema = z.record(
  z.string().min(1),
  z.record(
    z.string().regex(/^[1-9]\d*$/, "must be a paragraph number from 1"),
    z.array(z.string().trim().min(1)).min(1),
  ),
);

/** Alternate questions by item id, one list per paragraph (empty where a paragraph has none). */
export type Alternates = Map<string, string[][]>;

/**
 * Reads `alternates/<file>` beside a content file, if there is one, and checks it against that file:
 * every item id and paragraph number must exist there. Errors name the file and the entry, like the
 * content's own, so a stale alternate stops the app at start-up.
 */
export function loadAlternates(dir: string, file: string, content: ContentFile): Alternates {
  const path = join(dir, "alternates", file);
  const alternates: Alternates = new Map();
  if (!existsSync(path)) return alternates;
  const where = `alternates/${file}`;
  const data = readCheckedFile({ path, name: `content: ${where}`, schema: alternatesFileSchema });
  for (const [itemId, byParagraph] of Object.entries(data)) {
    const item = content.items.find((candidate) => candidate.id === itemId);
    if (!item) throw new AppError(500, `content: ${where}: field "${itemId}": no such item in ${file}`);
    const lists: string[][] = item.paragraphs.map(() => []);
    for (const [number, questions] of Object.entries(byParagraph)) {
      const list = lists[Number(number) - 1];
      if (!list) {
        throw new AppError(
          500,
          `content: ${where}: field "${itemId}.${number}": ${itemId} has ${item.paragraphs.length} paragraphs`,
        );
      }
      list.push(...questions);
    }
    alternates.set(itemId, lists);
  }
  return alternates;
}
