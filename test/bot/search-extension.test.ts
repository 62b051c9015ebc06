import { describe, expect, it } from "vitest";
import { searchExtensionQuery } from "../../harness/teams-activities.ts";
import { cardText } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

const running = useRunningApp();

async function query(text: string, locale = "da-DK", commandId?: string) {
  const activity = searchExtensionQuery(text, {
    serviceUrl: running.connector.serviceUrl,
    locale,
    ...(commandId ? { commandId } : {}),
  });
  const response = await running.app.post("/api/messages", activity);
  expect(response.status).toBe(200);
  return response.body.composeExtension;
}

describe("Søg i Strategi 2025 in the compose box", () => {
  it("lists up to ten sections with a preview each, inserting the bot's answer card", async () => {
    const result = await query("trafiksikkerhed");
    expect(result.type).toBe("result");
    expect(result.attachments.length).toBeGreaterThanOrEqual(1);
    expect(result.attachments.length).toBeLessThanOrEqual(10);
    const [first] = result.attachments;
    expect(first.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(first.preview.contentType).toBe("application/vnd.microsoft.card.thumbnail");
    expect(first.preview.content.title).toBeTruthy();
    expect(cardText(first.content)).toMatch(/trafiksikkerhed/);
    expect(first.content.version).toBe("1.5");
    const titles = result.attachments.map(
      (attachment: { preview: { content: { title: string } } }) => attachment.preview.content.title,
    );
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("works in English", async () => {
    const result = await query("what is Sund drift?", "en-US");
    expect(result.attachments.length).toBeGreaterThanOrEqual(1);
    expect(cardText(result.attachments[0].content)).toContain("Was this helpful?");
  });

  it("a unit's name lists that unit's sections", async () => {
    const result = await query("specialenheden");
    const titles = result.attachments
      .map((attachment: { content: unknown }) => cardText(attachment.content))
      .join("\n");
    expect(titles).toContain("Lokale initiativer › Specialenheden");
  });

  it("says so when nothing is found, and refuses an overlong query", async () => {
    expect((await query("hvad er lønnen for en betjent")).type).toBe("message");
    const long = await query("trafik ".repeat(200));
    expect(long.type).toBe("message");
    expect(long.text).toContain("500");
  });

  it("an unknown command or an empty query gets an empty result, not an error", async () => {
    expect((await query("trafik", "da-DK", "deleteEverything")).attachments).toEqual([]);
    expect((await query("")).attachments).toEqual([]);
  });
});
