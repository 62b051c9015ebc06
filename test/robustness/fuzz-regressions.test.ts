/**
 * The bugs fuzz.test.ts found, one request each, so they stay fixed even if the generator's seed or
 * weights change. Before the fixes each made an invoke answer 501, a turn fail with "Der gik noget galt"
 * (or fail silently, its reply unsendable), or a valid answer come back "not saved".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import {
  executeActivity,
  meetingEndActivity,
  messageActivity,
  searchExtensionQuery,
} from "../../harness/teams-activities.ts";
import { TestSchemas, testDatabaseUrl } from "../feedback/postgres-test-database.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { callTab } from "../tab/api/tab-client.ts";
import { mutate } from "./fuzz-inputs.ts";

let app: AppUnderTest;
let store: FeedbackStore;
let connector: ConnectorStandIn;
let conversations = 0;
const nextConversation = () => `19:regression-${++conversations}@thread.v2`;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  store = createSqliteStore({ file: ":memory:" });
  app = await startApp({}, { store });
});
afterAll(async () => {
  await app?.close();
  await connector?.close();
});

const options = () => ({ serviceUrl: connector.serviceUrl, conversationId: nextConversation() });
const set = (path: (string | number)[], value: unknown) => ({ path, kind: "set" as const, value });

describe("activities with fields of the wrong type are a 400 naming the field, not a failed turn", () => {
  it.each([
    [
      "a search whose parameters are not a list",
      () => mutate(searchExtensionQuery("trafik", options()), [set(["value", "parameters"], { 0: "x" })]),
      "value.parameters",
    ],
    [
      "a search whose query is an object",
      () =>
        mutate(searchExtensionQuery("trafik", options()), [
          set(["value", "parameters", 0, "value"], { toString: 1 }),
        ]),
      "value.parameters.0.value",
    ],
    [
      "a card action without an action",
      () => mutate(executeActivity("showHelp", {}, options()), [set(["value"], { a: [] })]),
      "value.action",
    ],
    [
      "entities that are not a list",
      () => mutate(messageActivity("trafik", options()), [set(["entities"], { 0: [null] })]),
      "entities",
    ],
    [
      "a mention without its text",
      () =>
        mutate(messageActivity("trafik", { ...options(), mention: true }), [
          set(["entities", 1, "text"], undefined),
        ]),
      "entities.1",
    ],
    [
      "a conversation id that is not ASCII",
      () =>
        mutate(messageActivity("trafik", options()), [
          set(["conversation", "id"], "19:møde\u0000@thread.v2"),
        ]),
      "conversation.id",
    ],
    [
      "an activity id with a lone surrogate",
      () => mutate(messageActivity("trafik", options()), [set(["id"], "a\uD800")]),
      "id",
    ],
    [
      "isGroup that is not a boolean",
      () => mutate(messageActivity("trafik", options()), [set(["conversation", "isGroup"], "yes")]),
      "conversation.isGroup",
    ],
    [
      "a locale that is not text",
      () => mutate(messageActivity("trafik", options()), [set(["locale"], 7)]),
      "locale",
    ],
    [
      "members added that are not accounts",
      () =>
        mutate(messageActivity("hej", options()), [
          set(["type"], "conversationUpdate"),
          set(["membersAdded"], [null]),
        ]),
      "membersAdded.0",
    ],
    [
      "a meeting end without its details",
      () => mutate(meetingEndActivity("Møde", options()), [set(["value"], [])]),
      "value",
    ],
  ])("%s", async (_name, activity, field) => {
    const response = await app.post("/api/messages", activity());
    expect(response.status).toBe(400);
    expect(response.body.error).toContain(`bot: malformed activity: ${field}`);
  });

  it("an invoke the bot does not handle is botbuilder's 501 Not Implemented, as the protocol has it", async () => {
    const response = await app.post("/api/messages", {
      ...executeActivity("showHelp", {}, options()),
      name: "task/fetch",
    });
    expect(response.status).toBe(501);
  });
});

describe("valid activities that failed", () => {
  it("a message with the bot's mention and no text asks for a question", async () => {
    const activity = messageActivity("", { ...options(), mention: true });
    const conversationId = activity.conversation.id;
    await app.post("/api/messages", { ...activity, text: undefined });
    expect(cardText(firstCard((await connector.waitFor(conversationId))[0]))).toContain("Skriv et spørgsmål");
  });

  it("a meeting whose title is longer than 200 characters gets its feedback card, the title cut", async () => {
    const activity = meetingEndActivity(`Styregruppemøde ${"om trafiksikkerhed ".repeat(14)}`, options());
    await app.post("/api/messages", activity);
    const [posted] = await connector.waitFor(activity.conversation.id);
    expect(cardText(firstCard(posted))).toContain("Styregruppemøde");
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1] ?? "";
    expect((await store.getPrompt(promptId))?.title).toBe(activity.value.Title.slice(0, 200).trim());
  });

  it("`feedback` in a chat that names no tenant (the Playground, the Emulator) opens a prompt", async () => {
    const activity = messageActivity("feedback Fredagsmøde", options());
    const { tenantId: _none, ...conversation } = activity.conversation;
    await app.post("/api/messages", { ...activity, conversation, channelData: {} });
    const text = cardText(firstCard((await connector.waitFor(activity.conversation.id))[0]));
    expect(text).toContain("Fredagsmøde");
    expect((await store.listPrompts({ tenantId: "local" })).map((prompt) => prompt.title)).toContain(
      "Fredagsmøde",
    );
  });

  it("an answer with one's name, from someone with Entra's longest display name (256), is saved", async () => {
    const from = { id: "29:long-name", name: `${"Langt Navn ".repeat(23)}Sen`, aadObjectId: "long-name-oid" };
    const chat = { ...options(), conversationType: "groupChat" as const, from };
    await app.post("/api/messages", messageActivity("feedback Navnetest", chat));
    const [posted] = await connector.waitFor(chat.conversationId);
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1] ?? "";
    const data = { promptId, rating: "5", anonymous: "false" };
    const response = await app.post("/api/messages", executeActivity("submitFeedback", data, chat));
    expect(cardText(response.body.value)).toContain("Tak – du svarede 5/5");
    const [answer] = await store.answersFor({ promptIds: [promptId] });
    expect(answer?.respondentName).toBe(from.name.slice(0, 200).trim());
  });
});

describe("NUL, which PostgreSQL refuses in text (the fuzz runs on SQLite, which takes it)", () => {
  const schemas = new TestSchemas(testDatabaseUrl);
  afterAll(() => schemas.dropAll());

  it("is a space in titles, names and tab comments, no id, and no tenant: nothing fails in PostgreSQL", async (context) => {
    const postgres = await startApp({ DATABASE_URL: await schemas.freshFor(context) });
    try {
      const from = { id: "29:nul", name: "Nul\u0000Navn", aadObjectId: "nul-oid" };
      const chat = { ...options(), conversationType: "groupChat" as const, from };
      await postgres.post("/api/messages", messageActivity("feedback Møde\u0000om trafik", chat));
      const [posted] = await connector.waitFor(chat.conversationId);
      expect(cardText(firstCard(posted))).toContain("Møde om trafik");
      const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1] ?? "";
      const named = { promptId, rating: "4", anonymous: "false", comment: "godt\u0000møde" };
      const saved = await postgres.post("/api/messages", executeActivity("submitFeedback", named, chat));
      expect(cardText(saved.body.value)).toContain("Tak – du svarede 4/5");
      const noId = await postgres.post(
        "/api/messages",
        executeActivity("submitFeedback", { ...named, promptId: "a\u0000b" }, chat),
      );
      expect(cardText(noId.body.value)).toContain("Den knap virker ikke længere");
      const tenant = mutate(messageActivity("feedback x", options()), [
        set(["conversation", "tenantId"], "t\u0000"),
      ]);
      expect((await postgres.post("/api/messages", tenant)).status).toBe(400);
      const tab = { unitId: "specialenheden", subjectId: "unit", rating: 3, comment: "a\u0000b" };
      const response = await callTab(postgres.url, "PUT", "/api/tab/feedback", { body: tab });
      expect(response.status).toBe(200);
      expect(response.body.answer.comment).toBe("a b");
    } finally {
      await postgres.close();
    }
  });
});
