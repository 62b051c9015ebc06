import type { ItemKind } from "../../core/content/content-schema.ts";
import type { Item, Strategy } from "../../core/content/strategy.ts";
import { themeTopicId } from "../../core/feedback/theme-topic-id.ts";

/** Theme ids are made in `core/`, where results name them too. */
export { themeTopicId } from "../../core/feedback/theme-topic-id.ts";

/** One thing a feedback answer can be about: a strategy item or a yearly theme. */
export interface FeedbackTopic {
  /** An item id, or `tema:<kebab-case>` for a theme. */
  id: string;
  title: string;
}

/**
 * The choices for "what was it about", in reading order: the indsatsområder, digitalisering, the
 * tværgående initiativer (not their "Indsats" sub-sections, which would list the same initiative twice)
 * and the yearly themes. Units are not topics: the card asks for them separately.
 */
export function feedbackTopics(strategy: Strategy): FeedbackTopic[] {
  const items = topicKinds.flatMap((kind) =>
    strategy.items.filter((item) => item.kind === kind && isTopLevel(item)),
  );
  return [
    ...items.map(({ id, title }) => ({ id, title })),
    ...strategy.themes.map((theme) => ({ id: themeTopicId(theme), title: theme })),
  ];
}

/** The kinds of item that are topics, in the order the choices list them. */
const topicKinds = [
  "indsatsomraade",
  "digitalisering",
  "tvaergaaende-initiativ",
] as const satisfies ItemKind[];

/**
 * The title of a topic id, or `undefined` when the id is not one of `feedbackTopics` — so it also tells
 * the feedback flow whether a submitted topic is valid.
 */
export function topicTitle(strategy: Strategy, id: string): string | undefined {
  return feedbackTopics(strategy).find((topic) => topic.id === id)?.title;
}

/** A tværgående initiativ's "Indsats" sits one level below it (breadcrumb of three). */
function isTopLevel(item: Item): boolean {
  return item.kind !== "tvaergaaende-initiativ" || item.breadcrumb.length === 2;
}
