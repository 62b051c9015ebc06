import { describe, expect, it } from "vitest";
import { executeActivity, meetingEndActivity, messageActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

let now = new Date("2025-03-10T10:00:00Z");
const day = 24 * 60 * 60 * 1000;

const running = useRunningApp(() => ({ services: { now: () => now, tallyDelayMs: 60_000 } }));

const person = (n: number) => ({ id: `29:user-${n}`, aadObjectId: `oid-${n}`, name: `Kollega ${n}` });

/** Ends a meeting in a new meeting chat and returns the chat id and the posted prompt's id. */
async function endMeeting(title: string) {
  const conversationId = `19:meeting_${Math.random().toString(36).slice(2)}@thread.v2`;
  const response = await running.app.post(
    "/api/messages",
    meetingEndActivity(title, { serviceUrl: running.connector.serviceUrl, conversationId }),
  );
  expect(response.status).toBe(200);
  const card = firstCard((await running.connector.waitFor(conversationId))[0]);
  const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(card))?.[1] ?? "";
  return { conversationId, promptId, card };
}

/** Presses a feedback card's Action.Execute as `who`, like Teams, and returns the card that replaces it. */
async function execute(
  verb: string,
  data: Record<string, unknown>,
  conversationId: string,
  who = person(1),
  locale = "da-DK",
) {
  const response = await running.app.post(
    "/api/messages",
    executeActivity(
      verb,
      { verb, ...data },
      { serviceUrl: running.connector.serviceUrl, conversationId, from: who, locale },
    ),
  );
  expect(response.status).toBe(200);
  expect(response.body.type).toBe("application/vnd.microsoft.card.adaptive");
  return response.body.value;
}

describe("feedback after a meeting", () => {
  it("posts a feedback card with the meeting's title in the meeting chat when the meeting ends", async () => {
    const { card, promptId } = await endMeeting("Dialogmøde om trivsel");
    const text = cardText(card);
    expect(text).toContain("Hvordan var mødet?");
    expect(text).toContain("Dialogmøde om trivsel");
    expect(text).toContain("Ingen har svaret endnu");
    expect(promptId).not.toBe("");
    expect(card.refresh.action.verb).toBe("refreshFeedback");
  });

  it("takes an answer, shows the person their own view, and keeps one answer per person (the latest)", async () => {
    const { conversationId, promptId } = await endMeeting("Ledermøde");
    const first = await execute(
      "submitFeedback",
      { promptId, rating: "4", topic: "trivsel", comment: "Godt møde", anonymous: "true" },
      conversationId,
    );
    expect(cardText(first)).toContain("Tak – du svarede 4/5");
    expect(cardText(first)).toContain("1 har svaret");

    const changed = await execute(
      "submitFeedback",
      { promptId, rating: "2", anonymous: "true" },
      conversationId,
    );
    expect(cardText(changed)).toContain("Tak – du svarede 2/5");
    expect(cardText(changed)).toContain("1 har svaret");

    // Teams retrying the same invoke leaves one answer, too.
    await execute("submitFeedback", { promptId, rating: "2", anonymous: "true" }, conversationId);
    const other = await execute("submitFeedback", { promptId, rating: "5" }, conversationId, person(2));
    expect(cardText(other)).toContain("2 har svaret");
  });

  it("refresh gives each person their own view: the form for those who have not answered", async () => {
    const { conversationId, promptId } = await endMeeting("Morgenbriefing");
    await execute("submitFeedback", { promptId, rating: "3" }, conversationId, person(1));
    expect(cardText(await execute("refreshFeedback", { promptId }, conversationId, person(1)))).toContain(
      "du svarede 3/5",
    );
    const notYet = await execute("refreshFeedback", { promptId }, conversationId, person(2));
    expect(cardText(notYet)).toContain("Send svar");
    expect(cardText(notYet)).toContain("1 har svaret");
    expect(JSON.stringify(notYet)).not.toContain("Kollega 1");
  });

  it("'Ret dit svar' shows the form filled in with the person's answer", async () => {
    const { conversationId, promptId } = await endMeeting("Tavlemøde");
    await execute("submitFeedback", { promptId, rating: "5", comment: "Klar dagsorden" }, conversationId);
    const form = await execute("editFeedback", { promptId }, conversationId);
    const json = JSON.stringify(form);
    expect(json).toContain('"value":"5"');
    expect(json).toContain("Klar dagsorden");
    expect(cardText(form)).toContain("Opdater svar");
  });

  it("answers in English to someone whose Teams is in English", async () => {
    const { conversationId, promptId } = await endMeeting("Weekly sync");
    const card = await execute(
      "submitFeedback",
      { promptId, rating: "4" },
      conversationId,
      person(3),
      "en-GB",
    );
    expect(cardText(card)).toContain("Thanks – you answered 4/5");
  });

  it("updates the shared card's tally on the server, never inside the card, and never says who", async () => {
    const { conversationId, promptId } = await endMeeting("Fællesmøde");
    for (const n of [1, 2, 3])
      await execute("submitFeedback", { promptId, rating: "4" }, conversationId, person(n));
    await running.app.app.flushCardUpdates();
    const update = running.connector.updated
      .filter((entry) => entry.conversationId === conversationId)
      .at(-1);
    expect(update).toBeDefined();
    const text = cardText(update?.activity.attachments?.[0]?.content);
    expect(text).toContain("3 har svaret");
    expect(text).not.toContain("Kollega");
  });
});

describe("a prompt closes after its days", () => {
  it("answers after the closing date get a polite closed card and are not stored", async () => {
    const { conversationId, promptId } = await endMeeting("Planlægningsmøde");
    await execute("submitFeedback", { promptId, rating: "4" }, conversationId, person(1));
    now = new Date(now.getTime() + 7 * day + 1000);
    try {
      const late = await execute("submitFeedback", { promptId, rating: "1" }, conversationId, person(2));
      expect(cardText(late)).toContain("Feedbacken er lukket");
      expect(cardText(late)).toContain("1 svarede");
      expect(JSON.stringify(late)).not.toContain("submitFeedback");
    } finally {
      now = new Date(now.getTime() - 7 * day - 1000);
    }
  });
});

describe("bad input on the feedback card", () => {
  it.each([
    ["no rating", { rating: "" }, "Vælg"],
    ["a rating of 9", { rating: "9" }, "Vælg"],
    ["a 10 KB comment", { rating: "4", comment: "x".repeat(10_000) }, "1.000 tegn"],
    ["an unknown topic", { rating: "4", topic: "<script>" }, "emne"],
    ["an unknown unit", { rating: "4", unitId: "rigspolitiet" }, "enhed"],
  ])("%s gets a clear card and stores nothing", async (_case, inputs, expected) => {
    const { conversationId, promptId } = await endMeeting("Inputmøde");
    const card = await execute("submitFeedback", { promptId, ...inputs }, conversationId);
    expect(cardText(card).toLowerCase()).toContain(expected.toLowerCase());
    const view = await execute("refreshFeedback", { promptId }, conversationId, person(9));
    expect(cardText(view)).toContain("Ingen har svaret endnu");
  });

  it("someone else's prompt id, from another conversation, is refused", async () => {
    const { promptId } = await endMeeting("Hemmeligt møde");
    const elsewhere = await endMeeting("Andet møde");
    const card = await execute("submitFeedback", { promptId, rating: "5" }, elsewhere.conversationId);
    expect(cardText(card)).toMatch(/findes ikke|kender ikke|ikke længere/i);
    const view = await execute(
      "refreshFeedback",
      { promptId: elsewhere.promptId },
      elsewhere.conversationId,
      person(9),
    );
    expect(cardText(view)).toContain("Ingen har svaret endnu");
  });
});

describe("feedback started by hand, and the results", () => {
  it("'feedback <titel>' in a channel posts a feedback card with that title", async () => {
    const conversationId = "19:channel-feedback@thread.skype";
    await running.app.post(
      "/api/messages",
      messageActivity("feedback Dialogmøde: Det trygge kollegaskab", {
        serviceUrl: running.connector.serviceUrl,
        conversationId,
        conversationType: "channel",
        mention: true,
      }),
    );
    const card = firstCard((await running.connector.waitFor(conversationId))[0]);
    expect(cardText(card)).toContain("Dialogmøde: Det trygge kollegaskab");
    expect(cardText(card)).toContain("Send svar");
  });

  it("'feedback …' that reads as a question is answered from the strategy, and opens no feedback card", async () => {
    for (const [index, question] of [
      "feedback fra kollegerne i lokalpolitiet?",
      "feedback – hvad siger strategien",
    ].entries()) {
      const conversationId = `19:feedback-question-${index}@thread.skype`;
      await running.app.post(
        "/api/messages",
        messageActivity(question, { serviceUrl: running.connector.serviceUrl, conversationId }),
      );
      const text = cardText(firstCard((await running.connector.waitFor(conversationId))[0]));
      expect(text, question).not.toContain("Send svar");
      expect(text, question).toMatch(/Du spurgte|You asked/);
    }
  });

  it("'feedback resultater' shows results once there are enough answers, and 'too few' before", async () => {
    const { conversationId, promptId } = await endMeeting("Resultatmøde");
    for (const n of [1, 2, 3, 4])
      await execute(
        "submitFeedback",
        { promptId, rating: "4", comment: `kommentar ${n}` },
        conversationId,
        person(n),
      );
    const ask = async (id: string) => {
      await running.app.post(
        "/api/messages",
        messageActivity("feedback resultater", {
          serviceUrl: running.connector.serviceUrl,
          conversationId: id,
        }),
      );
    };
    const before = running.connector.sent.filter((entry) => entry.conversationId === conversationId).length;
    await ask(conversationId);
    const tooFew = cardText(firstCard((await running.connector.waitFor(conversationId, before + 1)).at(-1)));
    expect(tooFew).toContain("For få svar");
    expect(tooFew).not.toContain("kommentar");

    await execute(
      "submitFeedback",
      { promptId, rating: "2", comment: "kommentar 5" },
      conversationId,
      person(5),
    );
    await ask(conversationId);
    const shown = cardText(firstCard((await running.connector.waitFor(conversationId, before + 2)).at(-1)));
    expect(shown).toContain("5 svar · gennemsnit 3,6");
    expect(shown).toContain("kommentar 5");
    expect(shown).toContain("Lokal tilstand");
    expect(shown).not.toContain("Kollega");
  });
});
