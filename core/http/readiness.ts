import type { Request, RequestHandler, Response } from "restify";
import type { FeedbackStore } from "../feedback/feedback-store.ts";

/** Whether the app can serve everything now; if not, why, in words that name no internals. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** What {@link checkReadiness} looks at. */
export interface ReadinessOptions {
  /** Whether the strategy is loaded (the app refuses to start without it, so this is a safeguard). */
  contentLoaded(): boolean;
  /** Whether the database schema is migrated; until then feedback cannot be stored. */
  migrated(): boolean;
  store: Pick<FeedbackStore, "ping">;
  /** Longest wait for `store.ping()`; a slower database counts as unreachable. Default 1000 ms. */
  timeoutMs?: number;
  /** True once the app is shutting down (graceful shutdown); absent: never. */
  draining?(): boolean;
}

/**
 * Asks, in order: shutting down? content loaded? database answering within `timeoutMs`? schema
 * migrated? The first "no" is the reason. A ping that rejects counts as "not reachable"; one that
 * hangs is abandoned after the timeout (its timer does not keep the process alive).
 */
export async function checkReadiness(options: ReadinessOptions): Promise<Readiness> {
  if (options.draining?.()) return { ready: false, reason: "shutting down" };
  if (!options.contentLoaded()) return { ready: false, reason: "content not loaded" };
  const database = await pingWithin(options.store, options.timeoutMs ?? 1000);
  if (database === "down") return { ready: false, reason: "database not reachable" };
  if (database === "slow") return { ready: false, reason: "database did not answer in time" };
  if (!options.migrated()) return { ready: false, reason: "database schema not ready" };
  return { ready: true };
}

/**
 * `GET /readyz`: 200 `{ status: "ready" }`, or 503 `{ status: "not ready", reason }`. Unlike
 * `/healthz` (the process is alive and answers strategy questions, which need no database), this says
 * whether feedback can be stored too: for monitoring and for a load balancer that should wait.
 */
export function readinessEndpoint(options: ReadinessOptions): RequestHandler {
  return async function readiness(_req: Request, res: Response) {
    const readiness = await checkReadiness(options);
    res.header("cache-control", "no-store");
    if (readiness.ready) res.send(200, { status: "ready" });
    else res.send(503, { status: "not ready", reason: readiness.reason });
  };
}

async function pingWithin(store: Pick<FeedbackStore, "ping">, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"slow">((resolve) => {
    timer = setTimeout(() => resolve("slow"), timeoutMs);
    timer.unref();
  });
  const ping = store.ping().then(
    (ok) => (ok ? ("up" as const) : ("down" as const)),
    () => "down" as const,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
