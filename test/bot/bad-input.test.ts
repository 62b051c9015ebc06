import { describe, expect, it } from "vitest";
import { executeActivity, messageActivity, submitActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

let conversationCount = 0;

const running = useRunningApp(() => ({ env: { MAX_BODY_BYTES: "65536" } }));

const nextConversation = () => `bad-${++conversationCount}`;

async function replyTo(text: string, extra: { mention?: boolean; conversationType?: "channel" } = {}) {
  const conversationId = nextConversation();
  const response = await running.app.post(
    "/api/messages",
    messageActivity(text, { serviceUrl: running.connector.serviceUrl, conversationId, ...extra }),
  );
  expect(response.status).toBe(200);
  return cardText(firstCard((await running.connector.waitFor(conversationId))[0]));
}

describe("bad input in chat gets a clear reply, never a crash", () => {
  it("empty text asks for a question", async () => {
    expect(await replyTo("   ")).toContain("Skriv et spørgsmål");
  });

  it("a bare @mention in a channel asks for a question", async () => {
    expect(await replyTo("", { mention: true, conversationType: "channel" })).toContain("Skriv et spørgsmål");
  });

  it("emoji only asks for a question", async () => {
    expect(await replyTo("👍🚓🤔")).toContain("Skriv et spørgsmål");
  });

  it("10 KB of text is refused as too long, with the limit", async () => {
    expect(await replyTo("trafik ".repeat(1500))).toMatch(/for langt.*500/s);
  });

  it("markdown and HTML in the question are echoed as text, never rendered", async () => {
    const conversationId = nextConversation();
    const question = "**fed** [klik](http://x) <script>alert(1)</script> hvad er Pusher Street?";
    await running.app.post(
      "/api/messages",
      messageActivity(question, { serviceUrl: running.connector.serviceUrl, conversationId }),
    );
    const card = firstCard((await running.connector.waitFor(conversationId))[0]);
    const json = JSON.stringify(card);
    expect(json).not.toContain("**fed**");
    expect(json).not.toContain("[klik](");
    expect(json).not.toContain("<script>");
    expect(cardText(card)).toContain("Pusher Street");
  });
});

describe("activities the bot does not act on", () => {
  it.each(["typing", "messageReaction", "event", "endOfConversation"])(
    "%s gets 200 and no reply",
    async (type) => {
      const conversationId = nextConversation();
      const activity = {
        ...messageActivity("hej", { serviceUrl: running.connector.serviceUrl, conversationId }),
        type,
      };
      const response = await running.app.post("/api/messages", activity);
      expect(response.status).toBe(200);
      // An empty message after it, in the same chat: its reply is the first one there, so none came before.
      await running.app.post(
        "/api/messages",
        messageActivity("   ", { serviceUrl: running.connector.serviceUrl, conversationId }),
      );
      const [first] = await running.connector.waitFor(conversationId);
      expect(cardText(firstCard(first))).toContain("Skriv et spørgsmål");
    },
  );
});

describe("unknown card actions", () => {
  it("an Action.Submit with unknown data is answered as an unknown action", async () => {
    const conversationId = nextConversation();
    await running.app.post(
      "/api/messages",
      submitActivity(
        { verb: "deleteEverything", id: 1 },
        { serviceUrl: running.connector.serviceUrl, conversationId },
      ),
    );
    expect(cardText(firstCard((await running.connector.waitFor(conversationId))[0]))).toContain(
      "Den knap virker ikke længere",
    );
  });

  it("a showItem for an item that does not exist is answered as an unknown action", async () => {
    const conversationId = nextConversation();
    await running.app.post(
      "/api/messages",
      submitActivity(
        { verb: "showItem", itemId: "nope" },
        { serviceUrl: running.connector.serviceUrl, conversationId },
      ),
    );
    expect(cardText(firstCard((await running.connector.waitFor(conversationId))[0]))).toContain(
      "Den knap virker ikke længere",
    );
  });

  it("an Action.Execute with an unknown verb gets a card saying so, status 200", async () => {
    const response = await running.app.post(
      "/api/messages",
      executeActivity(
        "format-c",
        {},
        { serviceUrl: running.connector.serviceUrl, conversationId: nextConversation() },
      ),
    );
    expect(response.status).toBe(200);
    expect(cardText(response.body.value)).toContain("Den knap virker ikke længere");
  });

  it("a rating that points outside the item is refused and not recorded as an answer card", async () => {
    const answer = { itemId: "forord", paragraphIndexes: [40], relatedIds: [] };
    const response = await running.app.post(
      "/api/messages",
      executeActivity(
        "rateAnswer",
        { rating: "up", answer },
        { serviceUrl: running.connector.serviceUrl, conversationId: nextConversation() },
      ),
    );
    expect(cardText(response.body.value)).toContain("Den knap virker ikke længere");
  });
});

describe("malformed requests get the protocol's status codes", () => {
  it("malformed JSON is a 400", async () => {
    const response = await running.app.post("/api/messages", '{"type": "message", ');
    expect(response.status).toBe(400);
  });

  it("an activity without a conversation is a 400 naming the field", async () => {
    const { conversation: _dropped, ...activity } = messageActivity("hej", {
      serviceUrl: running.connector.serviceUrl,
    });
    const response = await running.app.post("/api/messages", activity);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("conversation");
  });

  it("a JSON array or a number is a 400", async () => {
    expect((await running.app.post("/api/messages", "[1,2,3]")).status).toBe(400);
    expect((await running.app.post("/api/messages", "42")).status).toBe(400);
  });

  it("a body over the size limit is a 413", async () => {
    const activity = messageActivity("x".repeat(70_000), { serviceUrl: running.connector.serviceUrl });
    expect((await running.app.post("/api/messages", activity)).status).toBe(413);
  });

  it("the server is still healthy afterwards", async () => {
    expect((await running.app.get("/healthz")).status).toBe(200);
  });
});
