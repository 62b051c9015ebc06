import { type ChildProcess, spawn } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingHttpHeaders, request } from "node:http";
import type { AddressInfo } from "node:net";
import type { JsonBody } from "../../harness/app-under-test.ts";
import type { ConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { meetingEndActivity } from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { type ProcessExit, watchChildOutput } from "../support/child-output.ts";

/** The respondent-key secret the spawned servers use, so a test can find an answer in the database. */
export const testFeedbackSecret = "robustness-test-secret";

/** An HTTP reply: status, headers and the body parsed as JSON when it is JSON. */
export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: JsonBody;
}

/** The real server (`server.ts`) running as a child process, as `npm start` runs it. */
export interface ServerProcess {
  url: string;
  /** Everything it printed so far (JSON log lines). */
  output(): string;
  /** Waits until the output matches `pattern`; returns the match (see `watchChildOutput`). */
  printed(pattern: RegExp): Promise<string>;
  /** POSTs an activity to `/api/messages`. */
  send(activity: unknown): Promise<HttpReply>;
  get(path: string): Promise<HttpReply>;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<ProcessExit>;
}

const running = new Set<ChildProcess>();

/** Kills (-9) every server this module started that still runs; for `afterEach`/`afterAll`. */
export function killServerProcesses(): void {
  for (const child of running) child.kill("SIGKILL");
}

/**
 * Spawns `node --import tsx server.ts` with `env` on top of this process's environment (without its
 * `DATABASE_URL` unless `env` sets one, and with an in-memory SQLite unless `env` names a file), on a
 * free loopback port, and resolves once it logs the URL it listens on.
 */
export async function startServerProcess(env: Record<string, string>) {
  const { DATABASE_URL: _notInherited, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...inherited,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      SQLITE_FILE: ":memory:",
      FEEDBACK_SECRET: testFeedbackSecret,
      ...env,
    },
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  const { output, printed, exited } = watchChildOutput(child);
  const url = await printed(/"url":"(http:\/\/[^"]+)"/).catch((error: Error) => {
    throw new Error(`server: at start, ${error.message}`);
  });
  const server: ServerProcess = {
    url,
    output,
    printed,
    send: (activity) => httpRequest(`${url}/api/messages`, "POST", activity),
    get: (path) => httpRequest(url + path, "GET"),
    signal: (signal) => child.kill(signal),
    exited,
  };
  return server;
}

/**
 * One request on a new connection (no keep-alive pool: a test that kills or stops the server wants to
 * know what happened to each request, not what a pool did with it). Rejects on a connection error.
 */
export function httpRequest(url: string, method: "GET" | "POST", body?: unknown): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(url, {
      method,
      agent: false,
      timeout: 30_000,
      headers: payload ? { "content-type": "application/json" } : {},
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${url}: no answer in 30 s`)));
    req.on("error", reject);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // Not JSON: the text itself is what the test wants to see.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.end(payload);
  });
}

/** What a feedback answer's reply card says: saved ("Tak – du svarede"), "try again", or something else. */
export function feedbackReplyKind(reply: HttpReply): "thanks" | "retry" | "other" {
  if (reply.status !== 200) return "other";
  const text = cardText(reply.body?.value ?? {});
  if (/Tak – du svarede [1-5]\/5/.test(text)) return "thanks";
  if (text.includes("Dit svar blev ikke gemt – prøv igen")) return "retry";
  return "other";
}

/** Ends a meeting in each chat and returns the id of the feedback prompt the bot posted there. */
export async function openMeetingPrompts(
  server: ServerProcess,
  connector: ConnectorStandIn,
  chats: readonly string[],
): Promise<string[]> {
  const serviceUrl = connector.serviceUrl;
  const replies = await Promise.all(
    chats.map((conversationId) =>
      server.send(meetingEndActivity(`Møde ${conversationId}`, { serviceUrl, conversationId })),
    ),
  );
  if (replies.some((reply) => reply.status !== 200)) throw new Error("a meeting end was not accepted");
  return Promise.all(
    chats.map(async (conversationId) => {
      const sent = await connector.waitFor(conversationId, 1, 15_000).catch((error: Error) => {
        throw new Error(`${error.message}; the server printed:\n${server.output().slice(-4000)}`);
      });
      const card = firstCard(sent[sent.length - 1]);
      const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(card))?.[1];
      if (!promptId) throw new Error(`no feedback prompt posted in ${conversationId}`);
      return promptId;
    }),
  );
}

/**
 * A reverse proxy to `serviceUrl` that holds every request until `release()`: a slow Bot Connector,
 * so that a message turn (which waits for its reply to be delivered) stays in flight until the test
 * lets it go — however slow the machine, never by a guessed delay.
 */
export async function startHoldingProxy(serviceUrl: string) {
  const target = new URL(serviceUrl);
  const arrivals = new EventEmitter();
  let received = 0;
  let released = false;
  const held: (() => void)[] = [];
  const proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const forward = () => {
        const outgoing = request(new URL(req.url ?? "/", target), {
          method: req.method ?? "POST",
          headers: { ...req.headers, host: target.host },
          agent: false,
        });
        outgoing.on("response", (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        outgoing.on("error", () => res.writeHead(502).end());
        outgoing.end(Buffer.concat(chunks));
      };
      if (released) forward();
      else held.push(forward);
      received += 1;
      arrivals.emit("arrived");
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`,
    /** Settles once `count` requests have arrived (and are held). */
    async received(count: number): Promise<void> {
      while (received < count) await once(arrivals, "arrived");
    },
    /** Forwards the held requests, and every later one at once. */
    release() {
      released = true;
      for (const forward of held.splice(0)) forward();
    },
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}
