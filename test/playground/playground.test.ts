/**
 * End to end through Microsoft 365 Agents Playground, the closest thing to Teams that runs here: the real
 * app, the real Playground as a child process, and this test as the Playground's web page — messages
 * through its REST API, the bot's replies from its WebSocket, buttons through its invoke endpoint, and a
 * meeting's end through its custom activities.
 *
 * The Playground says `en-US` in every activity it makes (messages and invokes alike), so the bot's own
 * texts come back in English here; the strategy's quotes are Danish whatever the locale.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { playgroundCli, type RunningPlayground, startPlayground } from "../../scripts/playground.ts";
import { cardText } from "../support/card-reading.ts";
import { skipWithout } from "../support/required-service.ts";
import {
  type BotMessage,
  connectPlayground,
  executeAction,
  type PlaygroundClient,
} from "./playground-client.ts";

const missing = skipWithout(
  "Microsoft 365 Agents Playground",
  playgroundCli() === undefined
    ? "@microsoft/m365agentsplayground is not installed (npm ci installs it)"
    : undefined,
);

describe.skipIf(missing)("the bot in Microsoft 365 Agents Playground", () => {
  let app: AppUnderTest;
  let playground: RunningPlayground | undefined;
  let client: PlaygroundClient | undefined;
  // An empty working folder: the Playground's built-in tenant, whatever `.m365agentsplayground.yml` says.
  const folder = mkdtempSync(join(tmpdir(), "strategilotsen-playground-"));
  let answer: BotMessage;

  beforeAll(async () => {
    app = await startApp({}, { tallyDelayMs: 100 });
    playground = await startPlayground({
      appEndpoint: `${app.url}/api/messages`,
      port: 0,
      cwd: folder,
      logFile: join(folder, "playground.log"),
      startTimeoutMs: 15_000,
    });
    client = await connectPlayground(`http://127.0.0.1:${playground.port}`);
  });
  afterAll(async () => {
    client?.close();
    await playground?.stop();
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The Playground's own log, shown when something fails: what it sent and what it got back. */
  const withLog = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${playground?.output() ?? ""}`);
    }
  };
  /** The connected client; beforeAll has failed with the Playground's output when there is none. */
  const chat = (): PlaygroundClient => {
    if (!client) throw new Error("playground: not connected");
    return client;
  };
  const personalChat = () => chat().config.personalChat.id;

  it("answers a question with the quoted passage, as an Adaptive Card on the Playground's WebSocket", async () => {
    answer = await withLog(() =>
      chat().say(personalChat(), "Laver Specialenheden hastighedskontroller ved skolerne?"),
    );
    const text = cardText(answer.card);
    expect(text).toContain("hastighedskontroller ved skoler");
    expect(text).toContain("Strategi 2025 › Lokale initiativer › Specialenheden");
  });

  it("opens a unit's overview when only the unit is named", async () => {
    const overview = await withLog(() => chat().say(personalChat(), "beredskabet"));
    expect(cardText(overview.card)).toContain("Beredskabsenheden");
    expect(cardText(overview.card)).toContain("reaktive beredskab");
  });

  it("takes 👍 on the answer through the invoke endpoint and shows the thank-you card", async () => {
    const thumbsUp = executeAction(answer.card, (action) => action.title === "👍");
    const card = await withLog(() => chat().execute(personalChat(), answer.messageId, thumbsUp));
    expect(cardText(card)).toContain("Thanks for your feedback");
    expect(cardText(card)).toContain("hastighedskontroller ved skoler");
  });

  it("posts the feedback card when a meeting ends, takes an answer, and shows the person their own view", async () => {
    const meetingChat = chat().config.groupChats[0]?.id ?? "";
    const since = chat().events.length;
    // What Teams sends to a bot in a meeting's chat when the meeting ends (the meeting RSC permissions).
    await withLog(() =>
      chat().sendCustomActivity(meetingChat, {
        type: "event",
        name: "application/vnd.microsoft.meetingEnd",
        value: {
          Id: "MCMxOTptZWV0aW5n",
          MeetingType: "Scheduled",
          Title: "Dialogmøde om trivsel",
          JoinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
          EndTime: new Date().toISOString(),
        },
        channelData: { tenant: { id: chat().config.tenantId }, meeting: { id: "MCMxOTptZWV0aW5n" } },
      }),
    );
    const posted = await withLog(() =>
      chat().waitFor((e) => e.action === "createMessage" && e.actionConversationId === meetingChat, since),
    );
    const prompt = posted.message;
    if (!prompt) throw new Error(`expected a message, got ${JSON.stringify(posted)}`);
    const promptCard = prompt.attachments[0]?.content;
    expect(cardText(promptCard)).toContain("Hvordan var mødet?");
    expect(cardText(promptCard)).toContain("Dialogmøde om trivsel");

    // The form's inputs travel in the button's data, as Teams merges them.
    const submit = executeAction(promptCard, (action) => action.verb === "submitFeedback");
    const answered = await withLog(() =>
      chat().execute(meetingChat, prompt.messageId, {
        verb: "submitFeedback",
        data: { ...submit.data, rating: "4", anonymous: "true" },
      }),
    );
    expect(cardText(answered)).toContain("Thanks – you answered 4/5");
    expect(cardText(answered)).toContain("1 has answered");

    // Everyone else's copy is updated by the server, through the Playground's connector.
    const updated = await withLog(() =>
      chat().waitFor((e) => e.action === "updateMessage" && e.message?.messageId === prompt.messageId, since),
    );
    expect(cardText(updated.message?.attachments[0]?.content)).toContain("1 har svaret");

    const refresh = executeAction(promptCard, (action) => action.verb === "refreshFeedback");
    const ownView = await withLog(() => chat().execute(meetingChat, prompt.messageId, refresh, "automatic"));
    expect(cardText(ownView)).toContain("Thanks – you answered 4/5");
  });

  it("answers the message extension's search", async () => {
    const response = await withLog(() =>
      chat().invoke({
        name: "composeExtension/query",
        value: { commandId: "searchStrategy", parameters: [{ name: "query", value: "trafiksikkerhed" }] },
        conversation: { id: personalChat() },
      }),
    );
    expect(response.composeExtension.type).toBe("result");
    expect(JSON.stringify(response.composeExtension.attachments)).toContain("hastighedskontroller");
  });
});
