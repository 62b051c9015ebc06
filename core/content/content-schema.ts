import { z } from "zod";

/** Kebab-case ids keep URLs, card data and file names predictable. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const text = z.string().trim().min(1);

/** The two guideposts (pejlemærker) every local initiative sits under. */
export const pejlemaerkeIds = ["taettere-paa-borgerne", "sund-drift"] as const;

/** What kind of section of the strategy an item is; the tab and the cards group by it. */
export const itemKinds = [
  "forord",
  "indledning",
  "pejlemaerke",
  "indsatsomraade",
  "digitalisering",
  "tvaergaaende-initiativ",
  "ansvar",
  "lokalt-initiativ",
] as const;

/**
 * One paragraph quoted verbatim from the source. `keywords` and `questions` are editors' everyday
 * phrasings that help the search find it; they are never shown as the answer.
 */
export const paragraphSchema = z.strictObject({
  text,
  bullet: z.boolean().optional(),
  keywords: z.array(text).optional(),
  questions: z.array(text).optional(),
});

/** One section of the strategy: a titled run of paragraphs with its place in the document. */
export const itemSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(itemKinds),
  breadcrumb: z.array(text).min(1),
  unit: id.optional(),
  pejlemaerke: z.enum(pejlemaerkeIds).optional(),
  slogan: text.optional(),
  signature: text.optional(),
  /** Other names staff use for the section itself (`wellbeing` for Trivsel); they find it by name. */
  aliases: z.array(text).optional(),
  keywords: z.array(text).optional(),
  questions: z.array(text).optional(),
  paragraphs: z.array(paragraphSchema).min(1),
});

/** A unit (enhed) and the names staff call it by, in Danish and English. */
export const unitSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).min(1),
});

/** One YAML file of the content folder: its items, and for a unit file the unit itself. */
export const contentFileSchema = z.strictObject({
  unit: unitSchema.optional(),
  items: z.array(itemSchema).min(1),
});

/** `strategy.yaml`: what the strategy is and which files hold it, in reading order. */
export const strategyFileSchema = z.strictObject({
  title: text,
  organisation: text,
  year: z.number().int(),
  pejlemaerker: z
    .array(z.strictObject({ id: z.enum(pejlemaerkeIds), title: text, aliases: z.array(text).min(1) }))
    .length(2),
  themes: z.array(text),
  files: z.array(z.string().regex(/^[a-z0-9/-]+\.yaml$/)).min(1),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type ItemKind = (typeof itemKinds)[number];
export type PejlemaerkeId = (typeof pejlemaerkeIds)[number];
export type ContentFile = z.infer<typeof contentFileSchema>;
export type StrategyFile = z.infer<typeof strategyFileSchema>;
