import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { FeedbackStore } from "./feedback-store.ts";
import { decideResults, type ResultsDecision, type ResultsDecisionInput } from "./results-decision.ts";

/** How many decisions are remembered: one per tenant and group size in use, so a few suffice. */
export const maxRememberedDecisions = 16;

/**
 * `decideResults`, remembered by what it was decided from. The audit across splits (`hideDerivable`)
 * takes up to seconds for a large tenant, and leaders open the same results again and again between
 * answers. The key is a digest of every prompt and answer the decision reads, so any change — a new or
 * changed answer, a new prompt, on any instance — makes a new key: a remembered decision is never
 * stale, and one remembered memo can serve every app in the process.
 */
export function rememberDecisions(
  decide: (input: ResultsDecisionInput) => ResultsDecision = decideResults,
): (input: ResultsDecisionInput) => ResultsDecision {
  const decisions = new LRUCache<string, ResultsDecision>({ max: maxRememberedDecisions });
  return (input) => {
    const key = digestOf(input);
    const remembered = decisions.get(key);
    if (remembered) return remembered;
    const decision = decide(input);
    decisions.set(key, decision);
    return decision;
  };
}

const rememberedDecision = rememberDecisions();

/**
 * The decision for everything one tenant has answered (`tenantId` undefined: every tenant, as the one
 * local user sees it in local mode), read from the store. Always the whole tenant, whichever view asked;
 * decided again only when what it reads has changed.
 */
export async function decideFromStore(
  store: FeedbackStore,
  tenantId: string | undefined,
  minGroupSize: number | undefined,
): Promise<ResultsDecision> {
  const prompts = await store.listPrompts(tenantId === undefined ? {} : { tenantId });
  const answers =
    prompts.length > 0 ? await store.answersFor({ promptIds: prompts.map((prompt) => prompt.id) }) : [];
  return rememberedDecision({ prompts, answers, ...(minGroupSize === undefined ? {} : { minGroupSize }) });
}

function digestOf(input: ResultsDecisionInput): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([input.minGroupSize ?? null, input.prompts]));
  for (const answer of input.answers) hash.update(JSON.stringify(answer));
  return hash.digest("base64url");
}
