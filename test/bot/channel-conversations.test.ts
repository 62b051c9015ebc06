import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import {
  channelThread,
  executeActivity,
  meetingEndActivity,
  messageActivity,
  newChannelId,
} from "../../harness/teams-activities.ts";
import { cardText, firstCard, type SentCard } from "../support/card-reading.ts";

let app: AppUnderTest;
let connector: ConnectorStandIn;
beforeAll(async () => {
  connector = await startConnectorStandIn();
  app = await startApp({}, { tallyDelayMs: 60_000 });
});
afterAll(async () => {
  await app?.close();
  await connector?.close();
});

/** Posts an activity like Teams and returns the card the bot posted into `thread`. */
async function cardIn(thread: string, activity: unknown): Promise<SentCard> {
  const before = connector.sent.filter((sent) => sent.conversationId === thread).length;
  expect((await app.post("/api/messages", activity)).status).toBe(200);
  return firstCard((await connector.waitFor(thread, before + 1)).at(-1));
}

/** Mentions the bot in a channel thread (a new post, or a reply: both carry the thread's id). */
const mention = (text: string, thread: string) =>
  messageActivity(text, {
    serviceUrl: connector.serviceUrl,
    conversationId: thread,
    conversationType: "channel",
    mention: true,
  });

/** Ends a channel meeting, whose end Teams reports in the meeting's thread of the channel. */
const channelMeetingEnd = (title: string, thread: string) =>
  meetingEndActivity(title, {
    serviceUrl: connector.serviceUrl,
    conversationId: thread,
    conversationType: "channel",
  });

/** Whether the feedback card asks people which unit it is about (it does when the chat has none). */
const asksForUnit = (card: SentCard) => JSON.stringify(card).includes('"id":"unitId"');

describe("a channel whose tab is set to a unit", () => {
  it("files a channel meeting's prompt and a thread's `feedback` prompt under the unit, and shows them in its results", async () => {
    const channel = newChannelId();
    // What the channel's configurable tab does on Save (in local mode, without a sign-in).
    const saved = await fetch(`${app.url}/api/tab/channel-unit`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: channel, unitId: "specialenheden" }),
    });
    expect(saved.status).toBe(204);

    const meetingThread = channelThread(channel, "1733300000001");
    const meetingCard = await cardIn(meetingThread, channelMeetingEnd("Enhedsmøde", meetingThread));
    expect(cardText(meetingCard)).toContain("Enhedsmøde");
    expect(asksForUnit(meetingCard)).toBe(false);

    const otherThread = channelThread(channel, "1733300000002");
    const chatCard = await cardIn(otherThread, mention("feedback Vagtplanlægning", otherThread));
    expect(cardText(chatCard)).toContain("Vagtplanlægning");
    expect(asksForUnit(chatCard)).toBe(false);

    // A reply in the meeting's thread carries that thread's id; it sees the unit's results.
    const results = cardText(await cardIn(meetingThread, mention("feedback resultater", meetingThread)));
    expect(results).toContain("Specialenheden");
    expect(results).toContain("Enhedsmøde");
    expect(results).toContain("Vagtplanlægning");
  });
});

describe("a channel without a unit", () => {
  it("`feedback resultater` in one thread sees the prompts of every thread of the channel, and no other channel's", async () => {
    const channel = newChannelId();
    const first = channelThread(channel, "1733300000011");
    const second = channelThread(channel, "1733300000012");
    await cardIn(first, mention("feedback Morgenbriefing", first));
    await cardIn(second, channelMeetingEnd("Planlægningsmøde", second));
    const elsewhere = channelThread(newChannelId(), "1733300000013");
    await cardIn(elsewhere, mention("feedback Andet team", elsewhere));

    const reply = channelThread(channel, "1733300000011");
    const results = cardText(await cardIn(reply, mention("feedback resultater", reply)));
    expect(results).toContain("Morgenbriefing");
    expect(results).toContain("Planlægningsmøde");
    expect(results).not.toContain("Andet team");
  });

  it("takes answers pressed in the prompt's thread and edits the tally of the card in that thread", async () => {
    const channel = newChannelId();
    const thread = channelThread(channel, "1733300000021");
    const card = await cardIn(thread, mention("feedback Sikkerhedsbriefing", thread));
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(card))?.[1] ?? "";
    const data = {
      verb: "submitFeedback",
      promptId,
      rating: "4",
      anonymous: "true",
      unitId: "beredskabsenheden",
    };
    const press = executeActivity("submitFeedback", data, {
      serviceUrl: connector.serviceUrl,
      conversationId: thread,
      conversationType: "channel",
    });
    const response = await app.post("/api/messages", press);
    expect(cardText(response.body.value)).toContain("Tak – du svarede 4/5");

    await app.app.flushCardUpdates();
    const update = connector.updated.find((entry) => entry.conversationId === thread);
    expect(update?.activity.attachments?.[0]?.content).toBeDefined();
    expect(cardText(update?.activity.attachments?.[0]?.content)).toContain("1 har svaret");
  });
});
