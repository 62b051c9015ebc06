import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pino from "pino";
import restify from "restify";
import { afterEach, describe, expect, it } from "vitest";
import { gracefulShutdown } from "../../core/http/graceful-shutdown.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, messageActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import {
  feedbackReplyKind,
  httpRequest,
  killServerProcesses,
  openMeetingPrompts,
  startHoldingProxy,
  startServerProcess,
} from "./server-process.ts";

afterEach(killServerProcesses);

const slowQuestions = 8;

/** Sends the first bytes of a request and returns a function that sends the rest and reads the reply. */
async function startRequestOnTheWire(url: string, body: unknown) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(`POST /api/messages HTTP/1.1\r\nHost: ${hostname}\r\n`);
  let reply = "";
  socket.on("data", (chunk: Buffer) => {
    reply += chunk.toString("utf8");
  });
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.on("error", () => socket.destroy());
  return async () => {
    const payload = JSON.stringify(body);
    socket.write(`Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n`);
    socket.write(payload);
    await closed;
    return reply;
  };
}

describe("SIGTERM", () => {
  it("lets the requests in flight finish, refuses new ones, flushes card updates, closes SQLite and exits 0", async (context) => {
    const connector = await startConnectorStandIn();
    const slowConnector = await startHoldingProxy(connector.serviceUrl);
    const dir = mkdtempSync(join(tmpdir(), "sigterm-"));
    context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const sqliteFile = join(dir, "feedback.sqlite");
    try {
      const server = await startServerProcess({ SQLITE_FILE: sqliteFile });
      const chat = "19:meeting_sigterm@thread.v2";
      const [promptId] = await openMeetingPrompts(server, connector, [chat]);
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          server.send(
            executeActivity(
              "submitFeedback",
              { verb: "submitFeedback", promptId, rating: String(n) },
              { serviceUrl: connector.serviceUrl, conversationId: chat, from: { id: `29:sigterm-${n}` } },
            ),
          ),
        ),
      );
      expect(answers.map(feedbackReplyKind)).toEqual(Array(5).fill("thanks"));

      // Questions whose replies are held until after SIGTERM: their turns (and HTTP requests) are in flight.
      const chats = Array.from({ length: slowQuestions }, (_, n) => `a:sigterm-question-${n}`);
      const questions = chats.map((conversationId) =>
        server.send(
          messageActivity("hvad er trivsel", {
            serviceUrl: slowConnector.serviceUrl,
            conversationId,
            from: { id: `29:${conversationId}` },
          }),
        ),
      );
      const onTheWire = await startRequestOnTheWire(
        server.url,
        messageActivity("hvad er sund drift", { serviceUrl: connector.serviceUrl, conversationId: "a:late" }),
      );
      await slowConnector.received(slowQuestions);

      server.signal("SIGTERM");
      await server.printed(/http: shutting down/);
      const refused = await httpRequest(`${server.url}/healthz`, "GET").catch((error: Error) => error);
      expect((refused as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
      const lateReply = await onTheWire();
      expect(lateReply).toMatch(/^HTTP\/1\.1 503 /);
      expect(lateReply.toLowerCase()).toContain("connection: close");
      slowConnector.release();

      const replies = await Promise.all(questions);
      expect(replies.map((reply) => reply.status)).toEqual(Array(slowQuestions).fill(200));
      for (const conversationId of chats)
        expect(cardText(firstCard((await connector.waitFor(conversationId))[0]))).toContain("trivsel");
      expect(connector.sent.some((sent) => sent.conversationId === "a:late")).toBe(false);

      expect(await server.exited).toEqual({ code: 0, signal: null });
      const logged = (msg: string) =>
        JSON.parse(
          server
            .output()
            .split("\n")
            .find((line) => line.includes(`"msg":"${msg}`)) ?? "{}",
        );
      const stopped = logged("http: stopped");
      expect(stopped.code).toBe(0);
      expect(logged("http: shutting down").inFlight).toBeGreaterThanOrEqual(slowQuestions);
      const update = connector.updated.filter((entry) => entry.conversationId === chat).at(-1);
      expect(cardText(update?.activity.attachments?.[0]?.content)).toContain("5 har svaret");

      // Closed cleanly: the last connection checkpointed the WAL into the file and removed it.
      expect(existsSync(`${sqliteFile}-wal`)).toBe(false);
      const db = new Database(sqliteFile, { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.prepare("SELECT count(*) AS n FROM answers").get()).toEqual({ n: 5 });
      } finally {
        db.close();
      }
    } finally {
      await slowConnector.close();
      await connector.close();
    }
  }, 90_000);
});

/** A promise and the function that settles it (Node 20 has no `Promise.withResolvers`). */
function signal() {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve: () => resolve() };
}

describe("gracefulShutdown", () => {
  const logger = pino({ level: "silent" });

  /**
   * A server whose `/slow` answers when the test releases it and whose `/hang` never answers; `arrived`
   * settles once both have reached their handlers, so a test never guesses with a sleep.
   */
  async function serverWithRoutes() {
    const server = restify.createServer({ handleUncaughtExceptions: false });
    const slowArrived = signal();
    const hangArrived = signal();
    const release = signal();
    server.get("/slow", async function slow(_req, res) {
      slowArrived.resolve();
      await release.promise;
      res.send({ ok: true });
    });
    // Never answers: a request stuck on a dependency that hangs.
    server.get("/hang", async function hang() {
      hangArrived.resolve();
      await new Promise(() => {});
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      server,
      url: server.url.replace("[::]", "127.0.0.1"),
      slowArrived: slowArrived.promise,
      hangArrived: hangArrived.promise,
      releaseSlow: () => release.resolve(),
    };
  }

  it("lets a request finish while draining, cuts one that outlasts the drain timeout, still closes the app, and exits 1", async () => {
    const { server, url, slowArrived, hangArrived, releaseSlow } = await serverWithRoutes();
    const exits: number[] = [];
    let closed = false;
    const shutdown = gracefulShutdown({
      server,
      logger,
      drainTimeoutMs: 600,
      close: async () => {
        closed = true;
      },
      exit: (code) => exits.push(code),
    });
    const slow = httpRequest(`${url}/slow`, "GET");
    const hung = httpRequest(`${url}/hang`, "GET").catch((error: Error) => error);
    await Promise.all([slowArrived, hangArrived]);
    const stopping = shutdown.shutdown("test");
    releaseSlow();
    await stopping;
    expect((await slow).status).toBe(200);
    expect((await slow).headers.connection).toBe("close");
    expect(await hung).toBeInstanceOf(Error);
    expect(closed).toBe(true);
    expect(exits).toEqual([1]);
  });

  it("does not wait for ever on an app that never finishes closing", async () => {
    const { server } = await serverWithRoutes();
    const exits: number[] = [];
    const shutdown = gracefulShutdown({
      server,
      logger,
      drainTimeoutMs: 300,
      close: () => new Promise(() => {}),
      exit: (code) => exits.push(code),
    });
    await shutdown.shutdown("SIGTERM");
    expect(exits).toEqual([1]);
  });

  it("exits at once on a second signal", async () => {
    const { server, url, hangArrived } = await serverWithRoutes();
    const exits: number[] = [];
    const shutdown = gracefulShutdown({
      server,
      logger,
      drainTimeoutMs: 500,
      close: async () => {},
      exit: (code) => exits.push(code),
    });
    const hung = httpRequest(`${url}/hang`, "GET").catch((error: Error) => error);
    await hangArrived;
    const first = shutdown.shutdown("SIGTERM");
    expect(shutdown.isDraining()).toBe(true);
    await shutdown.shutdown("SIGINT");
    expect(exits).toEqual([1]);
    await first;
    await hung;
  });
});
