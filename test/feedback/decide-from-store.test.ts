import { describe, expect, it, vi } from "vitest";
import {
  decideFromStore,
  maxRememberedDecisions,
  rememberDecisions,
} from "../../core/feedback/decide-from-store.ts";
import { decideResults, type ResultsDecision } from "../../core/feedback/results-decision.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { answers, prompt } from "./results-fixtures.ts";

/** Every group's shown answer count (undefined when hidden), by key. */
function counts(decision: ResultsDecision): Record<string, number | undefined> {
  return Object.fromEntries(
    [...decision.groups].map(([key, group]) => [key, group.result.hidden ? undefined : group.result.count]),
  );
}

describe("results decided again only when what they are decided from changes", () => {
  it("decides the same prompts and answers once, and again for one answer more", () => {
    const decide = vi.fn(decideResults);
    const remembered = rememberDecisions(decide);
    const input = { prompts: [prompt("p1", "specialenheden")], answers: answers("p1", [4, 5, 3, 4, 5]) };
    const first = remembered(input);
    // The same content read again from the store is new objects with the same values.
    expect(remembered(structuredClone(input))).toBe(first);
    expect(decide).toHaveBeenCalledTimes(1);

    const more = { ...input, answers: answers("p1", [4, 5, 3, 4, 5, 2]) };
    expect(Object.values(counts(remembered(more)))).toContain(6);
    expect(decide).toHaveBeenCalledTimes(2);
    // A changed rating is a change too.
    remembered({ ...input, answers: answers("p1", [1, 5, 3, 4, 5]) });
    expect(decide).toHaveBeenCalledTimes(3);
  });

  it(`remembers at most ${maxRememberedDecisions} decisions`, () => {
    const decide = vi.fn(decideResults);
    const remembered = rememberDecisions(decide);
    const inputs = Array.from({ length: maxRememberedDecisions + 1 }, (_, index) => ({
      prompts: [prompt(`p${index}`, "specialenheden")],
      answers: answers(`p${index}`, [4, 4, 4, 4, 4]),
    }));
    for (const input of inputs) remembered(input);
    const [oldest] = inputs;
    const newest = inputs.at(-1);
    if (!oldest || !newest) throw new Error("no inputs");
    remembered(newest);
    expect(decide).toHaveBeenCalledTimes(maxRememberedDecisions + 1);
    remembered(oldest);
    expect(decide).toHaveBeenCalledTimes(maxRememberedDecisions + 2);
  });

  it("shows a leader an answer given since the results were last opened", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.migrate();
    const created = await store.createPrompt({
      tenantId: "t",
      conversationId: "19:m@thread.v2",
      kind: "meeting",
      title: "Ledermøde",
      unitId: "specialenheden",
      createdAt: new Date("2025-03-03T09:00:00Z"),
      closesAt: new Date("2025-03-10T09:00:00Z"),
    });
    const answer = (key: string) =>
      store.saveAnswer({
        promptId: created.id,
        respondentKey: key,
        rating: 4,
        anonymous: true,
        answeredAt: new Date("2025-03-03T10:00:00Z"),
      });
    for (const key of ["a", "b", "c", "d", "e"]) await answer(key);
    const before = Object.values(counts(await decideFromStore(store, "t", 5)));
    await answer("f");
    const after = Object.values(counts(await decideFromStore(store, "t", 5)));
    expect(Math.max(...before.map((count) => count ?? 0))).toBe(5);
    expect(Math.max(...after.map((count) => count ?? 0))).toBe(6);
    await store.close();
  });
});
