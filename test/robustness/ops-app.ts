import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { type AppServices, createApp } from "../../app.ts";
import { readConfig } from "../../core/config.ts";
import type { JsonBody } from "../../harness/app-under-test.ts";

/** One HTTP reply as the operations tests read it. */
export interface OpsReply {
  status: number;
  headers: Headers;
  body: JsonBody;
}

/** The real app on a loopback port, its log (pino, level debug) kept in memory line by line. */
export interface AppWithLogs {
  url: string;
  request(path: string, init?: RequestInit): Promise<OpsReply>;
  /** Every log line written so far, as written. */
  logText(): string;
  /** Every log line written so far, parsed. */
  logLines(): Record<string, unknown>[];
  /**
   * Resolves once a log line's `msg` matches `pattern`, as soon as it is written: no clock, the test's own
   * timeout bounds the wait.
   */
  logged(pattern: RegExp): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts the app as `npm start` would (in-memory SQLite unless `env` says otherwise), logging to memory. */
export async function startAppWithLogs(
  env: Record<string, string> = {},
  services: AppServices = {},
): Promise<AppWithLogs> {
  const lines: string[] = [];
  const written = new EventEmitter();
  const memory = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      written.emit("lines");
      callback();
    },
  });
  const config = readConfig({ HOST: "127.0.0.1", PORT: "0", SQLITE_FILE: ":memory:", ...env });
  const app = createApp(config, pino({ level: "debug" }, memory), services);
  await app.ready;
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const logLines = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    url,
    async request(path, init = {}) {
      const response = await fetch(url + path, init);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: the text is what the test reads.
      }
      return { status: response.status, headers: response.headers, body };
    },
    logText: () => lines.join("\n"),
    logLines,
    logged(pattern) {
      return new Promise((resolve) => {
        const check = () => {
          const line = logLines().find((entry) => pattern.test(String(entry.msg)));
          if (!line) return;
          written.off("lines", check);
          resolve(line);
        };
        written.on("lines", check);
        check();
      });
    },
    async close() {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await app.close();
    },
  };
}

/** Options for a JSON POST. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  };
}
