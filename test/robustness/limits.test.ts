/**
 * The server's limits, end to end: request body size (also when it arrives in chunks, compressed or as a
 * multipart upload), comment length in chat and on the tab, each person's rate limit, and the security
 * headers of the tab's pages.
 */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { executeActivity, messageActivity, searchExtensionQuery } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";
import { callTab } from "../tab/api/tab-client.ts";

const maxBodyBytes = 65_536;
let store: FeedbackStore;
let conversations = 0;
const nextConversation = () => `19:limits-${++conversations}@thread.v2`;

const running = useRunningApp(() => {
  store = createSqliteStore({ file: ":memory:" });
  return { env: { MAX_BODY_BYTES: String(maxBodyBytes) }, services: { store } };
});

/** Sends a body as is, with the given headers; the status and the body's text. */
async function sendRaw(method: string, path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const response = await fetch(running.app.url + path, {
    method,
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
  return { status: response.status, text: await response.text() };
}

describe("request bodies over the limit", () => {
  const oversized = JSON.stringify({ type: "message", text: "x".repeat(maxBodyBytes) });

  it.each([
    ["POST", "/api/messages"],
    ["PUT", "/api/tab/feedback"],
    ["PUT", "/api/tab/channel-unit"],
  ])("%s %s over MAX_BODY_BYTES is a 413 with a JSON error", async (method, path) => {
    const response = await sendRaw(method, path, oversized);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({ error: expect.any(String) });
  });

  it("counts the bytes that arrive, not the Content-Length: a chunked body over the limit is a 413", async () => {
    const chunks = [oversized.slice(0, 40_000), oversized.slice(40_000)];
    const stream = new ReadableStream({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    expect((await sendRaw("POST", "/api/messages", stream)).status).toBe(413);
  });

  it("holds the tab to its own, smaller limit (16 KB): no rating is that big", async () => {
    const body = JSON.stringify({
      unitId: "specialenheden",
      subjectId: "unit",
      rating: 4,
      comment: "x".repeat(20_000),
    });
    expect((await sendRaw("PUT", "/api/tab/feedback", body)).status).toBe(413);
  });

  it("refuses compressed bodies with 415: inflating has no limit, and bad gzip once stopped the process", async () => {
    const bomb = gzipSync(Buffer.from(`[${" ".repeat(20_000_000)}]`));
    expect(bomb.length).toBeLessThan(maxBodyBytes);
    const headers = { "content-encoding": "gzip" };
    expect((await sendRaw("POST", "/api/messages", bomb, headers)).status).toBe(415);
    expect((await sendRaw("POST", "/api/messages", "not gzip at all", headers)).status).toBe(415);
    expect((await sendRaw("PUT", "/api/tab/feedback", "not gzip at all", headers)).status).toBe(415);
    expect((await running.app.get("/healthz")).status).toBe(200);
  });

  it("never writes a multipart upload to disk, over the limit or not", async () => {
    const uploadsBefore = formidableUploads();
    const boundary = "limits-test";
    const file = "A".repeat(4 * maxBodyBytes);
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\n${file}\r\n--${boundary}--\r\n`;
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
    for (const [method, path] of [
      ["POST", "/api/messages"],
      ["PUT", "/api/tab/feedback"],
    ] as const) {
      const response = await sendRaw(method, path, body, headers);
      expect([400, 413], `${path}: ${response.text}`).toContain(response.status);
    }
    expect(formidableUploads().filter((name) => !uploadsBefore.includes(name))).toEqual([]);
  });
});

/** The temporary files restify's multipart parser (formidable) writes: `upload_<hex>`. */
function formidableUploads(): string[] {
  return readdirSync(tmpdir()).filter((name) => /^upload_[0-9a-f]+$/.test(name));
}

describe("comment length", () => {
  it("in chat: 1001 characters get the comment-too-long card and nothing is stored; 1000 are saved", async () => {
    const conversationId = nextConversation();
    const options = {
      serviceUrl: running.connector.serviceUrl,
      conversationId,
      conversationType: "groupChat" as const,
    };
    await running.app.post("/api/messages", messageActivity("feedback Dialogmøde", options));
    const [posted] = await running.connector.waitFor(conversationId);
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1] ?? "";
    const submit = (comment: string) =>
      running.app.post(
        "/api/messages",
        executeActivity("submitFeedback", { promptId, rating: "4", comment }, options),
      );

    const tooLong = await submit("k".repeat(1001));
    expect(tooLong.status).toBe(200);
    expect(cardText(tooLong.body.value)).toContain("kommentaren må højst være 1.000 tegn");
    expect(await store.countAnswers(promptId)).toBe(0);

    const longest = await submit("🚓".repeat(1000));
    expect(cardText(longest.body.value)).toContain("Tak – du svarede 4/5");
    expect(await store.countAnswers(promptId)).toBe(1);
  });

  it("on the tab: 1001 characters are a 400 and nothing is stored; 1000 are saved", async () => {
    const rating = (comment: string) => ({
      unitId: "beredskabsenheden",
      subjectId: "unit",
      rating: 3,
      comment,
    });
    const tooLong = await callTab(running.app.url, "PUT", "/api/tab/feedback", {
      body: rating("k".repeat(1001)),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toMatch(/^tab: comment: /);
    const mine = await callTab(running.app.url, "GET", "/api/tab/feedback?unit=beredskabsenheden");
    expect(mine.body.answers).toEqual([]);
    expect(
      (await callTab(running.app.url, "PUT", "/api/tab/feedback", { body: rating("k".repeat(1000)) })).status,
    ).toBe(200);
  });
});

describe("the tab's pages", () => {
  it.each(["/tab/", "/tab/config.html", "/tab/no-such-file.js"])(
    "%s carries the security headers, framed by Teams only",
    async (path) => {
      const response = await fetch(running.app.url + path);
      expect([200, 404]).toContain(response.status);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
      expect(policy).toContain("https://*.cloud.microsoft");
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBeNull();
    },
  );
});

describe("each person's rate limit (RATE_LIMIT_PER_MINUTE=5: a burst of 5, then one every 12 s)", () => {
  let limited: AppUnderTest;
  beforeAll(async () => {
    limited = await startApp({ RATE_LIMIT_PER_MINUTE: "5" });
  });
  afterAll(async () => {
    await limited?.close();
  });

  const person = (n: number) => ({ id: `29:rate-${n}`, name: `Person ${n}`, aadObjectId: `rate-oid-${n}` });
  const ask = async (
    from: ReturnType<typeof person>,
    text = "Hvad gør Specialenheden for trafiksikkerheden?",
  ) => {
    const conversationId = nextConversation();
    await limited.post(
      "/api/messages",
      messageActivity(text, { serviceUrl: running.connector.serviceUrl, conversationId, from }),
    );
    return cardText(firstCard((await running.connector.waitFor(conversationId))[0]));
  };
  const slowDown = "Du har sendt mange beskeder på kort tid";

  it("the sixth question in a minute gets the slow-down card, while someone else is still answered", async () => {
    const busy = person(1);
    for (let n = 0; n < 5; n++) expect(await ask(busy)).not.toContain(slowDown);
    expect(await ask(busy)).toContain(slowDown);
    expect(await ask(busy, "hjælp")).toContain(slowDown); // commands share the bucket
    expect(await ask(person(2))).toContain("trafik");
  });

  it("counts card actions too, answering them with the slow-down card (status 200)", async () => {
    const options = {
      serviceUrl: running.connector.serviceUrl,
      conversationId: nextConversation(),
      from: person(3),
    };
    const press = () => limited.post("/api/messages", executeActivity("showHelp", {}, options));
    for (let n = 0; n < 5; n++) expect(cardText((await press()).body.value)).not.toContain(slowDown);
    const refused = await press();
    expect(refused.status).toBe(200);
    expect(cardText(refused.body.value)).toContain(slowDown);
    // Teams refreshes a feedback card by itself whenever it is shown: that is not counted.
    const refresh = await limited.post(
      "/api/messages",
      executeActivity("refreshFeedback", { promptId: "p" }, options),
    );
    expect(cardText(refresh.body.value)).not.toContain(slowDown);
  });

  it("gives the message extension its own bucket, and a message when it is empty", async () => {
    const from = person(4);
    for (let n = 0; n < 5; n++) await ask(from);
    const query = searchQuery(from);
    const answered = await limited.post("/api/messages", query);
    expect(answered.body.composeExtension.type).toBe("result");
    for (let n = 0; n < 4; n++) await limited.post("/api/messages", query);
    const refused = await limited.post("/api/messages", query);
    expect(refused.status).toBe(200);
    expect(refused.body.composeExtension).toEqual({
      type: "message",
      text: expect.stringContaining(slowDown),
    });
  });

  it("on the tab: the sixth question or save is a 429 with Retry-After; reading pages is not limited", async () => {
    for (let n = 0; n < 5; n++)
      expect((await callTab(limited.url, "GET", "/api/tab/search?q=trafik")).status).toBe(200);
    const refused = await callTab(limited.url, "GET", "/api/tab/search?q=trafik");
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/^tab: too many requests/);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 12).toBe(true);
    const save = { unitId: "specialenheden", subjectId: "unit", rating: 5 };
    expect((await callTab(limited.url, "PUT", "/api/tab/feedback", { body: save })).status).toBe(429);
    expect((await callTab(limited.url, "GET", "/api/tab/view?unit=all")).status).toBe(200);
  });
});

function searchQuery(from: { id: string; name: string; aadObjectId: string }) {
  return searchExtensionQuery("trafik", {
    serviceUrl: running.connector.serviceUrl,
    conversationId: nextConversation(),
    from,
  });
}
