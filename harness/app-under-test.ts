import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import { type App, type AppServices, createApp } from "../app.ts";
import { readConfig } from "../core/config.ts";

/** A parsed JSON response body; tests read into it freely and assert on what they find. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are arbitrary JSON, checked by assertions
export type JsonBody = any;

/** A running instance of the real server on a loopback port. */
export interface AppUnderTest {
  url: string;
  /** POSTs a JSON body (or a raw string) to `path` and returns status and parsed body. */
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: JsonBody }>;
  get(path: string): Promise<{ status: number; body: JsonBody }>;
  /** The app itself, e.g. to flush pending card updates. */
  app: App;
  close(): Promise<void>;
}

/**
 * Starts the app as `npm start` would, with `env` on top of a quiet default configuration. That
 * default has no rate limit (tests and benchmarks ask many questions as one user, in quick succession)
 * and no search warm-up (a test starts many apps; a benchmark that measures replies turns it on).
 * The app logs nothing unless given a `logger` (a benchmark gives one that logs as production does).
 */
export async function startApp(
  env: Record<string, string> = {},
  services: AppServices = {},
  logger: Logger = pino({ level: "silent" }),
): Promise<AppUnderTest> {
  const config = readConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SQLITE_FILE: ":memory:",
    RATE_LIMIT_PER_MINUTE: "0",
    SEARCH_WARM_UP: "off",
    ...env,
  });
  const app = createApp(config, logger, services);
  const { server } = app;
  await app.ready;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const parse = async (response: Response) => {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text, which is what the test wants to see then.
    }
    return { status: response.status, body };
  };
  return {
    url,
    async post(path, body, headers = {}) {
      const payload = typeof body === "string" ? body : JSON.stringify(body);
      return parse(
        await fetch(url + path, {
          method: "POST",
          body: payload,
          headers: { "content-type": "application/json", ...headers },
        }),
      );
    },
    async get(path) {
      return parse(await fetch(url + path));
    },
    app,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
