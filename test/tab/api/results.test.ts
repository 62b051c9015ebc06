import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FeedbackStore } from "../../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../../core/feedback/sqlite-store.ts";
import { useRunningApp } from "../../support/running-app.ts";
import {
  ssoEnv,
  startIdentityProvider,
  type TestIdentityProvider,
  testTenantId,
} from "./identity-provider.ts";
import { tabClient } from "./tab-client.ts";

const chief = randomUUID();
const today = new Date("2025-05-20T10:00:00Z");
let store: FeedbackStore;
let idp: TestIdentityProvider;

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  store = createSqliteStore({ file: ":memory:" });
  return {
    env: ssoEnv(idp.jwksUrl),
    services: { store, now: () => today },
    alsoClose: [idp],
  };
});

const leader = async () =>
  tabClient(running.app.url, await idp.token({ claims: { oid: chief, roles: ["Results.All"] } }));
const answer = async (unitId: string, subjectId: string, rating: number, extra: object = {}) => {
  const staff = tabClient(
    running.app.url,
    await idp.token({ claims: { oid: randomUUID(), name: "Navngivet Person" } }),
  );
  expect((await staff.put("/api/tab/feedback", { unitId, subjectId, rating, ...extra })).status).toBe(200);
};
type Prompt = { title: string; kind: string; result: { hidden: boolean }; [key: string]: unknown };
const promptsOf = async (unitId: string): Promise<Prompt[]> => {
  const { body } = await (await leader()).get(`/api/tab/results?unit=${unitId}`);
  return body.units.flatMap((unit: { prompts: Prompt[] }) => unit.prompts);
};

describe("results of the tab's ratings", () => {
  const unitId = "specialenheden";
  const subjectId = "specialenheden-taettere-paa-borgerne";
  const title = "Fanen: Tættere på borgerne";
  const quality = "Hvor godt er initiativet? (1 Meget dårligt – 5 Meget godt)";

  it("hides a subject with 4 answers (too few), with no numbers and no comments, in JSON and CSV", async () => {
    for (const rating of [1, 2, 3, 4])
      await answer(unitId, subjectId, rating, { comment: `kommentar ${rating}` });
    const [prompt] = await promptsOf(unitId);
    expect(prompt).toMatchObject({
      title,
      kind: "tab",
      question: "initiativeQuality",
      unitId,
      result: { hidden: true, reason: "tooFew" },
      comments: [],
    });
    const json = (await (await leader()).get(`/api/tab/results?unit=${unitId}`)).text;
    expect(json).not.toMatch(/kommentar|"mean"|"count"/);
    const csv = (await (await leader()).get(`/api/tab/results.csv?unit=${unitId}`)).text;
    expect(csv).toContain(
      `\r\nMøde eller initiativ;Specialenheden;${quality};${title};under 5;;;;;;;for få svar\r\n`,
    );
  });

  it("shows it from the 5th answer: count, mean, distribution, comments (a name only if given)", async () => {
    await answer(unitId, subjectId, 5, { comment: "med navn", anonymous: false });
    const [prompt] = await promptsOf(unitId);
    expect(prompt).toMatchObject({
      title,
      result: { hidden: false, count: 5, mean: 3, distribution: [1, 1, 1, 1, 1] },
    });
    const comments = prompt?.comments as { text: string; name?: string; on: string }[];
    expect(comments).toHaveLength(5);
    expect(comments.find((comment) => comment.text === "med navn")).toEqual({
      text: "med navn",
      on: "2025-05-20",
      name: "Navngivet Person",
    });
    expect(comments.filter((comment) => comment.name)).toHaveLength(1);

    const csv = await (await leader()).get(`/api/tab/results.csv?unit=${unitId}`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="strategilotsen-resultater-specialenheden.csv"',
    );
    expect(csv.text.startsWith("\uFEFFNiveau;Enhed;Spørgsmål;Navn;Antal svar;Gennemsnit")).toBe(true);
    expect(csv.text).toContain(
      `\r\nMøde eller initiativ;Specialenheden;${quality};${title};5;"3,0";1;1;1;1;1;\r\n`,
    );
    expect(csv.text).toContain(`\r\nUge;Specialenheden;${quality};2025-W21;5;"3,0";1;1;1;1;1;\r\n`);
    expect(csv.text).not.toContain("med navn");
    const english = await (await leader()).get(`/api/tab/results.csv?unit=${unitId}&lang=en`);
    const qualityEn = "How good is the initiative? (1 Very poor – 5 Very good)";
    expect(english.text).toContain(
      `\r\nMeeting or initiative,Specialenheden,${qualityEn},${title},5,3.0,1,1,1,1,1,\r\n`,
    );
  });

  it("a unit's results hold its tab prompts and its meeting prompts, of this tenant only", async () => {
    const other = "anklagemyndigheden";
    const closesAt = new Date("2025-06-01T00:00:00Z");
    const meeting = (tenantId: string) =>
      store.createPrompt({
        tenantId,
        conversationId: `19:${randomUUID()}@thread.v2`,
        kind: "meeting",
        title: tenantId === testTenantId ? "Afdelingsmøde" : "Fremmed møde",
        unitId: other,
        createdAt: today,
        closesAt,
      });
    for (const tenantId of [testTenantId, "another-tenant"]) {
      const prompt = await meeting(tenantId);
      for (const rating of [4, 4, 5, 5, 3] as const) {
        const respondentKey = randomUUID();
        await store.saveAnswer({
          promptId: prompt.id,
          respondentKey,
          rating,
          anonymous: true,
          answeredAt: today,
        });
      }
    }
    for (const rating of [2, 3, 4, 5, 5]) await answer(other, "unit", rating);
    const prompts = await promptsOf(other);
    expect(prompts.map((prompt) => [prompt.kind, prompt.title, !prompt.result.hidden]).sort()).toEqual([
      ["meeting", "Afdelingsmøde", true],
      ["tab", "Fanen: enhedens side som helhed", true],
    ]);
    const all = await (await leader()).get("/api/tab/results?unit=all");
    expect(all.body.units.map((unit: { unitId: string }) => unit.unitId)).toEqual([unitId, other]);
    expect(all.text).not.toContain("Fremmed møde");
  });
});
