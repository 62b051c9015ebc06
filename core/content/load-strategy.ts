import { join } from "node:path";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { readCheckedFile } from "../read-checked-file.ts";
import { type ContentFile, contentFileSchema, strategyFileSchema } from "./content-schema.ts";
import { loadAlternates } from "./load-alternates.ts";
import type { Item, Strategy, Unit } from "./strategy.ts";

/**
 * Reads and validates a content folder (e.g. `content/strategi-2025`), with the alternate questions in
 * its `alternates/` folder (same file names) attached to their paragraphs. Fails with an `AppError`
 * naming the file and the field, so a bad edit stops the app at start-up rather than in a chat.
 */
export function loadStrategy(dir: string): Strategy {
  const strategyFile = readYaml(dir, "strategy.yaml", strategyFileSchema);
  const items: Item[] = [];
  const units: Unit[] = [];
  for (const file of strategyFile.files) {
    const content: ContentFile = readYaml(dir, file, contentFileSchema);
    const alternates = loadAlternates(dir, file, content);
    if (content.unit) units.push({ ...content.unit, itemIds: content.items.map((item) => item.id) });
    content.items.forEach((item, index) => {
      if (content.unit && item.unit !== content.unit.id) {
        fail(file, `items.${index}.unit`, `must be "${content.unit.id}", the unit of this file`);
      }
      items.push({
        ...item,
        unitId: item.unit,
        keywords: item.keywords ?? [],
        questions: item.questions ?? [],
        file,
        paragraphs: item.paragraphs.map((paragraph, number) => {
          const asked = alternates.get(item.id)?.[number] ?? [];
          return asked.length > 0 ? { ...paragraph, alternates: asked } : paragraph;
        }),
      });
    });
  }
  return assembleStrategy(strategyFile, items, units);
}

function assembleStrategy(
  strategyFile: z.infer<typeof strategyFileSchema>,
  items: Item[],
  units: Unit[],
): Strategy {
  const itemById = new Map<string, Item>();
  for (const item of items) {
    if (itemById.has(item.id)) fail(item.file, "id", `duplicate item id "${item.id}"`);
    itemById.set(item.id, item);
  }
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  for (const item of items) {
    if (item.unitId && !unitById.has(item.unitId)) fail(item.file, "unit", `unknown unit "${item.unitId}"`);
  }
  const { files: _files, ...meta } = strategyFile;
  return { ...meta, items, units, itemById, unitById };
}

function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  return readCheckedFile({ path: join(dir, file), name: `content: ${file}`, schema });
}

function fail(file: string, field: string, message: string): never {
  throw new AppError(500, `content: ${file}: field "${field}": ${message}`);
}
