import { describe, expect, it } from "vitest";
import {
  botAddedActivity,
  executeActivity,
  messageActivity,
  submitActivity,
} from "../../harness/teams-activities.ts";
import { cardText, firstCard, type SentCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

let conversationCount = 0;

const running = useRunningApp();

/** Sends one activity over HTTP like Teams and returns the card the bot posted back to the running.connector. */
async function ask(
  build: (options: { serviceUrl: string; conversationId: string }) => unknown,
): Promise<SentCard> {
  const conversationId = `conv-${++conversationCount}`;
  const response = await running.app.post(
    "/api/messages",
    build({ serviceUrl: running.connector.serviceUrl, conversationId }),
  );
  expect(response.status).toBe(200);
  const [sent] = await running.connector.waitFor(conversationId);
  return firstCard(sent);
}

describe("asking the bot in a personal chat", () => {
  it("answers a unit question with a quote from that unit, its breadcrumb and follow-up actions", async () => {
    const card = await ask((o) => messageActivity("Hvad gør Specialenheden for trafiksikkerheden?", o));
    const text = cardText(card);
    // Two Specialenheden paragraphs answer this (its ansvar and its Tættere på borgerne initiative);
    // either is right, and the other is offered as related reading.
    expect(text).toMatch(/trafiksikkerhed/);
    expect(text).toContain("Lokale initiativer › Specialenheden");
    expect(text).toContain("Specialenheden: ");
    expect(card.version).toBe("1.5");
    const actions = JSON.stringify(card);
    expect(actions).toContain('"verb":"rateAnswer"');
    expect(actions).toContain('"verb":"showUnit"');
  });

  it("answers in English when the Teams locale is English, quoting the Danish text", async () => {
    const card = await ask((o) => messageActivity("what is Sund drift?", { ...o, locale: "en-US" }));
    const text = cardText(card);
    expect(text).toContain("Pejlemærket betyder");
    expect(text).toContain("Was this helpful?");
  });

  it("says plainly when the strategy does not answer, in Danish and in English", async () => {
    const danish = await ask((o) => messageActivity("Hvad er budgettet for lønninger i 2030?", o));
    expect(cardText(danish)).toMatch(/^Jeg kunne ikke finde/);
    const english = await ask((o) =>
      messageActivity("Can I pay more into my pension?", { ...o, locale: "en-GB" }),
    );
    expect(cardText(english)).toMatch(/^I couldn't find/);
  });

  it("opens a unit's overview when only the unit is named", async () => {
    const card = await ask((o) => messageActivity("beredskabet", o));
    const text = cardText(card);
    expect(text).toContain("Beredskabsenheden");
    expect(text).toContain("reaktive beredskab");
  });

  it("answers the commands hjælp, pejlemærker and enheder", async () => {
    expect(cardText(await ask((o) => messageActivity("hjælp", o)))).toContain("pejlemærker");
    const guideposts = cardText(await ask((o) => messageActivity("pejlemærker", o)));
    expect(guideposts).toContain("Tættere på borgerne");
    expect(guideposts).toContain("Bæredygtig opgaveløsning");
    const units = JSON.stringify(await ask((o) => messageActivity("enheder", o)));
    for (const unit of [
      "beredskabsenheden",
      "efterforskningsenheden",
      "lokalpolitienheden",
      "specialenheden",
      "anklagemyndigheden",
      "administrationssoejlen",
    ]) {
      expect(units).toContain(`"unitId":"${unit}"`);
    }
  });

  it("greets with a welcome card when the app is installed", async () => {
    const card = await ask((o) => botAddedActivity(o));
    expect(cardText(card)).toContain("Velkommen til Strategilotsen");
  });

  it("tells an organiser how to get feedback after a meeting: add the app to the meeting", async () => {
    const card = await ask((o) => botAddedActivity({ ...o, conversationType: "groupChat" }));
    expect(cardText(card)).toContain("tilføj Strategilotsen til mødet (+ Apps) og vælg enheden");
  });
});

describe("asking in a channel", () => {
  it("answers an @mention with the mention removed from the question", async () => {
    const card = await ask((o) =>
      messageActivity("hvad gør lokalpolitiet ved tryghedsvandringer?", {
        ...o,
        conversationType: "channel",
        mention: true,
      }),
    );
    const text = cardText(card);
    expect(text).toContain("tryghedsvandringer");
    expect(text).not.toContain("<at>");
  });
});

describe("card buttons", () => {
  it("an Action.Submit showItem from a card an older version posted replies with the whole section", async () => {
    const card = await ask((o) =>
      submitActivity({ verb: "showItem", itemId: "specialenheden-sund-drift" }, o),
    );
    const text = cardText(card);
    expect(text).toContain("interne kommunikation");
    expect(text).toContain("uddannelsesperioder");
  });

  it("an Action.Submit showUnit from an older card replies with the unit's overview", async () => {
    const card = await ask((o) => submitActivity({ verb: "showUnit", unitId: "anklagemyndigheden" }, o));
    expect(cardText(card)).toContain("Anklagemyndighedens kerneopgave");
  });

  it("Action.Execute 👍 records the rating and replaces the card with a thank-you", async () => {
    const answer = { itemId: "specialenheden-ansvar", paragraphIndexes: [2], relatedIds: [] };
    const conversationId = `conv-${++conversationCount}`;
    const response = await running.app.post(
      "/api/messages",
      executeActivity(
        "rateAnswer",
        { verb: "rateAnswer", rating: "up", answer },
        { serviceUrl: running.connector.serviceUrl, conversationId },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.body.statusCode).toBe(200);
    expect(response.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const text = cardText(response.body.value);
    expect(text).toContain("Tak for din vurdering");
    expect(text).toContain("uheldsbelastede vejstrækninger");
    expect(JSON.stringify(response.body.value)).not.toContain('"verb":"rateAnswer"');
  });
});

describe("asking about the strategy's shape", () => {
  it("answers with the titles and slogans first, marked as a structure reply, and buttons to the sections", async () => {
    const card = await ask((o) => messageActivity("hvad er indsatsområderne i sund drift?", o));
    const [first] = card.body as { id?: string }[];
    expect(first?.id).toBe("structure");
    const text = cardText(card);
    expect(text).toContain("Bæredygtig opgaveløsning – Vi balancerer kompetencer, opgaver og ressourcer");
    expect(text).toContain("Trivsel – Vi fokuserer på mangfoldighed og inklusion");
    expect(JSON.stringify(card)).toContain('"itemId":"trivsel"');
  });
});
