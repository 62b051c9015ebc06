import { describe, expect, it } from "vitest";
import type { PromptFilter } from "../../core/feedback/feedback-store.ts";
import {
  expectStoreError,
  type MakeStore,
  minutesAfterStart,
  newPrompt,
  t0,
  useFreshStore,
} from "./contract-fixtures.ts";

/** Prompts: create, get, list with every filter, the tab's standing prompt, activity and unit. */
export function promptContract(makeStore: MakeStore): void {
  describe("prompts", () => {
    const store = useFreshStore(makeStore);

    it("creates a prompt with a new id and reads it back as given", async () => {
      const given = newPrompt({ unitId: "specialenheden" });
      const created = await store().createPrompt(given);
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created).toEqual({ ...given, id: created.id });
      expect(await store().getPrompt(created.id)).toEqual(created);
      expect(await store().getPrompt("no-such-prompt")).toBeUndefined();
      const other = await store().createPrompt(given);
      expect(other.id).not.toBe(created.id);
    });

    it("keeps the demonstration flag of a prompt, and leaves it off real ones", async () => {
      const demo = await store().createPrompt(
        newPrompt({ demo: true, title: "[Demo] Teammøde", createdAt: minutesAfterStart(0) }),
      );
      const real = await store().createPrompt(newPrompt({ createdAt: minutesAfterStart(1) }));
      expect(demo.demo).toBe(true);
      expect((await store().listPrompts({})).map((prompt) => [prompt.id, prompt.demo === true])).toEqual([
        [demo.id, true],
        [real.id, false],
      ]);
      expect(await store().getPrompt(real.id)).not.toHaveProperty("demo");
    });

    it("lists prompts by tenant, unit, kind, ids and creation time, oldest first", async () => {
      const a = await store().createPrompt(newPrompt({ unitId: "u1", createdAt: minutesAfterStart(0) }));
      const b = await store().createPrompt(newPrompt({ kind: "chat", createdAt: minutesAfterStart(60) }));
      const c = await store().createPrompt(
        newPrompt({ tenantId: "t2", unitId: "u1", createdAt: minutesAfterStart(120) }),
      );
      const ids = async (filter: PromptFilter) =>
        (await store().listPrompts(filter)).map((prompt) => prompt.id);

      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ tenantId: "t1" })).toEqual([a.id, b.id]);
      expect(await ids({ unitId: "u1" })).toEqual([a.id, c.id]);
      expect(await ids({ kind: "chat" })).toEqual([b.id]);
      expect(await ids({ promptIds: [c.id, a.id, "unknown"] })).toEqual([a.id, c.id]);
      expect(await ids({ promptIds: [] })).toEqual([]);
      expect(await ids({ since: minutesAfterStart(60) })).toEqual([b.id, c.id]);
      expect(await ids({ tenantId: "t1", unitId: "u1", since: t0 })).toEqual([a.id]);
      expect(await ids({ tenantId: "t3" })).toEqual([]);
    });

    it("creates the tab's prompt for a unit and subject once, and returns it after", async () => {
      const first = await store().tabPrompt("t1", "u1", "unit", "Enhedens side", minutesAfterStart(9999));
      const again = await store().tabPrompt("t1", "u1", "unit", "Another title", minutesAfterStart(1));
      expect(again).toEqual(first);
      expect(first).toMatchObject({ kind: "tab", conversationId: "tab:u1", unitId: "u1", subjectId: "unit" });
      const otherSubject = await store().tabPrompt("t1", "u1", "item-7", "Punkt 7", minutesAfterStart(9999));
      const otherTenant = await store().tabPrompt(
        "t2",
        "u1",
        "unit",
        "Enhedens side",
        minutesAfterStart(9999),
      );
      expect(new Set([first.id, otherSubject.id, otherTenant.id]).size).toBe(3);
      expect(await store().listPrompts({ kind: "tab" })).toHaveLength(3);
    });

    it("creates one tab prompt when asked 20 times at once", async () => {
      const calls = Array.from({ length: 20 }, () =>
        store().tabPrompt("t1", "u1", "unit", "Enhedens side", minutesAfterStart(9999)),
      );
      const prompts = await Promise.all(calls);
      expect(new Set(prompts.map((prompt) => prompt.id)).size).toBe(1);
      expect(await store().listPrompts({ tenantId: "t1" })).toHaveLength(1);
    });

    it("remembers the posted card of a prompt, and refuses an unknown prompt", async () => {
      const prompt = await store().createPrompt(newPrompt());
      await store().setPromptActivity(prompt.id, "1741770000000");
      expect((await store().getPrompt(prompt.id))?.activityId).toBe("1741770000000");
      await store().setPromptActivity(prompt.id, "1741770000001");
      expect((await store().getPrompt(prompt.id))?.activityId).toBe("1741770000001");
      await expectStoreError(store().setPromptActivity("no-such-prompt", "1"), 404);
    });

    it("ties a prompt to the first unit chosen, and refuses an unknown prompt", async () => {
      const prompt = await store().createPrompt(newPrompt());
      await store().setPromptUnit(prompt.id, "u1");
      await store().setPromptUnit(prompt.id, "u2");
      expect((await store().getPrompt(prompt.id))?.unitId).toBe("u1");
      const withUnit = await store().createPrompt(newPrompt({ unitId: "u3" }));
      await store().setPromptUnit(withUnit.id, "u4");
      expect((await store().getPrompt(withUnit.id))?.unitId).toBe("u3");
      await expectStoreError(store().setPromptUnit("no-such-prompt", "u1"), 404);
    });
  });
}
