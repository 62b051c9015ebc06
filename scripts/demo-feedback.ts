import { feedbackTopics } from "../bot/cards/feedback-topics.ts";
import type { Strategy } from "../core/content/strategy.ts";
import { AppError } from "../core/errors.ts";
import type { FeedbackStore, NewPrompt } from "../core/feedback/feedback-store.ts";
import { ratableSubjects, tabFeedbackClosesAt } from "../tab/api/feedback-subjects.ts";
import { unitView } from "../tab/api/strategy-views.ts";

/** The tenant demonstration data is filed under: no real tenant has it, and local mode shows all tenants. */
export const demoTenantId = "demo";

/** What `fillDemoFeedback` wrote. */
export interface DemoFeedbackSummary {
  prompts: number;
  answers: number;
}

/**
 * Fills a feedback store with demonstration answers from made-up colleagues, so a newcomer running the
 * app alone can see results and charts, which one real person never can (a group needs 5 answers).
 * For three units: the unit's page and three of its initiatives rated on the tab, and six weekly meetings,
 * over the six weeks before `now`. Every prompt is flagged `demo` and titled "[Demo] …", every comment
 * starts "[Demo]", and the few named answers carry names that say "Demo". Deterministic (a seeded
 * generator), so two runs on empty stores write the same; refused when demonstration data is already there.
 */
export async function fillDemoFeedback(
  store: FeedbackStore,
  strategy: Strategy,
  now: Date,
): Promise<DemoFeedbackSummary> {
  if ((await store.listPrompts({ tenantId: demoTenantId })).length > 0) {
    throw new AppError(409, "demo-data: the database already holds demonstration data");
  }
  const random = seededRandom(2025);
  const topics = feedbackTopics(strategy).map((topic) => topic.id);
  const summary: DemoFeedbackSummary = { prompts: 0, answers: 0 };
  const ask = async (prompt: Omit<NewPrompt, "tenantId" | "demo">, answers: number, leaning: number) => {
    const created = await store.createPrompt({ ...prompt, tenantId: demoTenantId, demo: true });
    summary.prompts++;
    for (let person = 0; person < answers; person++) {
      const named = random() < 0.15;
      const answeredAt = new Date(
        Math.min(now.getTime(), created.createdAt.getTime() + random() * 5 * dayMs),
      );
      await store.saveAnswer({
        promptId: created.id,
        respondentKey: `demo:${created.id}:${person}`,
        rating: rating(random, leaning),
        ...(prompt.kind === "meeting" && random() < 0.6 ? { topic: pick(random, topics) } : {}),
        ...(random() < 0.3 ? { comment: pick(random, demoComments) } : {}),
        anonymous: !named,
        ...(named ? { respondentName: `Demo-kollega ${person + 1}` } : {}),
        answeredAt,
      });
      summary.answers++;
    }
  };
  for (const unit of strategy.units.slice(0, 3)) {
    const conversationId = `demo:${unit.id}`;
    for (const subject of ratableSubjects(unitView(strategy, unit)).slice(0, 4)) {
      const createdAt = new Date(now.getTime() - 6 * weekMs);
      const closesAt = tabFeedbackClosesAt(strategy);
      const prompt = {
        kind: "tab" as const,
        conversationId,
        unitId: unit.id,
        subjectId: subject.id,
        createdAt,
        closesAt,
      };
      await ask({ ...prompt, title: `[Demo] ${subject.title}` }, 4 + Math.floor(random() * 12), random());
    }
    for (let week = 6; week >= 1; week--) {
      const createdAt = new Date(now.getTime() - week * weekMs);
      const closesAt = new Date(createdAt.getTime() + weekMs);
      const meeting = { kind: "meeting" as const, conversationId, unitId: unit.id, createdAt, closesAt };
      await ask(
        { ...meeting, title: `[Demo] Afdelingsmøde, ${week} uger siden` },
        3 + Math.floor(random() * 10),
        random(),
      );
    }
  }
  return summary;
}

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;

/** Opinions any colleague might give; marked, so they are never read as someone's real words. */
const demoComments = [
  "[Demo] Godt at vi fik talt om det her sammen.",
  "[Demo] Vi mangler tid til at følge op.",
  "[Demo] Det giver mening i min hverdag.",
  "[Demo] Svært at se, hvad det betyder for vores vagtplan.",
  "[Demo] Mere af det her, tak.",
];

/** A rating 1–5 around a prompt's leaning (0: poor … 1: good), so prompts differ as real ones do. */
function rating(random: () => number, leaning: number): 1 | 2 | 3 | 4 | 5 {
  const value = Math.round(1 + leaning * 3 + (random() - 0.3) * 2);
  return Math.min(5, Math.max(1, value)) as 1 | 2 | 3 | 4 | 5;
}

function pick<T>(random: () => number, from: readonly T[]): T {
  return from[Math.floor(random() * from.length)] as T;
}

/** Mulberry32: a small seeded generator, so demonstration data is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
