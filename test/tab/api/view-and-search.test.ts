import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../../core/content/load-strategy.ts";
import { messageActivity } from "../../../harness/teams-activities.ts";
import { cardText, firstCard } from "../../support/card-reading.ts";
import { useRunningApp } from "../../support/running-app.ts";
import { tabClient } from "./tab-client.ts";

const strategy = loadStrategy("content/strategi-2025");
const running = useRunningApp();

const get = (path: string) => tabClient(running.app.url).get(path);
const search = (q: string) => get(`/api/tab/search?q=${encodeURIComponent(q)}`);

/** The text of the card the bot answers `question` with in a personal chat. */
async function botAnswer(question: string, conversationId: string): Promise<string> {
  await running.app.post(
    "/api/messages",
    messageActivity(question, { serviceUrl: running.connector.serviceUrl, conversationId }),
  );
  return cardText(firstCard((await running.connector.waitFor(conversationId))[0]));
}

describe("GET /api/tab/view and /units", () => {
  it.each(strategy.units.map((unit) => unit.id))(
    "unit=%s: its ansvar, both initiatives, the cross-cutting items",
    async (id) => {
      const { status, body } = await get(`/api/tab/view?unit=${id}`);
      expect(status).toBe(200);
      expect(body.kind).toBe("unit");
      expect(body.ansvar.id).toBe(`${id}-ansvar`);
      expect(body.initiatives.map((initiative: { item: { id: string } }) => initiative.item.id)).toEqual([
        `${id}-taettere-paa-borgerne`,
        `${id}-sund-drift`,
      ]);
      const crossCutting = body.crossCutting.map((item: { id: string }) => item.id);
      expect(crossCutting).toEqual(
        expect.arrayContaining(["digitalisering", "digitalt-mindset", "en-moderne-arbejdsplads"]),
      );
    },
  );

  it("unit=all: the whole strategy with the six units", async () => {
    const { body } = await get("/api/tab/view?unit=all");
    expect(body.kind).toBe("all");
    expect(body.units.map((entry: { unit: { id: string } }) => entry.unit.id)).toEqual(
      strategy.units.map((unit) => unit.id),
    );
    expect((await get("/api/tab/units")).body).toEqual(strategy.units.map(({ id, name }) => ({ id, name })));
  });

  it("an unknown unit is a 404, a missing one a 400", async () => {
    expect((await get("/api/tab/view?unit=politiskolen")).status).toBe(404);
    expect((await get("/api/tab/view")).status).toBe(400);
  });
});

describe("GET /api/tab/item-place, for deep links to a section", () => {
  const shows = (view: unknown, id: string) => JSON.stringify(view).includes(`"id":"${id}"`);

  it.each(strategy.items.map((item) => item.id))("names a page that really shows %s", async (id) => {
    const { status, body: place } = await get(`/api/tab/item-place?id=${id}`);
    expect(status).toBe(200);
    const pages =
      place.page === "unit" ? [place.unitId] : place.page === "all" ? ["all"] : ["all", "lokalpolitienheden"];
    for (const page of pages)
      expect(shows((await get(`/api/tab/view?unit=${page}`)).body, id), page).toBe(true);
    if (place.page === "unit")
      expect(
        shows((await get("/api/tab/view?unit=all")).body, id),
        "a unit's own section on the whole strategy",
      ).toBe(false);
    if (place.page === "all")
      expect(
        shows((await get("/api/tab/view?unit=specialenheden")).body, id),
        "the introduction on a unit's page",
      ).toBe(false);
  });

  it("an unknown section is a 404", async () => {
    expect((await get("/api/tab/item-place?id=politiskolen")).status).toBe(404);
    expect((await get("/api/tab/item-place")).status).toBe(404);
  });
});

describe("GET /api/tab/search", () => {
  it("gives the answer the bot gives in chat", async () => {
    const question = "Hvad gør Specialenheden for trafiksikkerheden?";
    const { status, body } = await search(question);
    expect(status).toBe(200);
    expect(body.kind).toBe("answer");
    const card = await botAnswer(question, "tab-search-1");
    expect(card).toContain(body.item.breadcrumb.join(" › "));
    for (const index of body.paragraphIndexes) expect(card).toContain(body.item.paragraphs[index].text);
    for (const related of body.related) expect(card).toContain(related.title);
  });

  it("says not found where the bot does, and names a unit's overview for a unit's name", async () => {
    const notFound = await search("Hvad er budgettet for lønninger i 2030?");
    expect(notFound.body.kind).toBe("not-found");
    expect(await botAnswer("Hvad er budgettet for lønninger i 2030?", "tab-search-2")).toMatch(
      /^Jeg kunne ikke finde/,
    );
    expect((await search("beredskabet")).body).toEqual({
      kind: "unit-overview",
      unit: { id: "beredskabsenheden", name: "Beredskabsenheden" },
    });
  });

  it("takes up to 500 characters, and refuses more or nothing with 400", async () => {
    expect((await search(`trivsel ${"a".repeat(492)}`)).status).toBe(200);
    expect((await search(`trivsel ${"a".repeat(493)}`)).status).toBe(400);
    expect((await search("   ")).status).toBe(400);
    expect((await get("/api/tab/search")).status).toBe(400);
  });
});
