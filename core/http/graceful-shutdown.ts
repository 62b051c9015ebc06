import type { ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Request, Response, Server } from "restify";
import { AppError } from "../errors.ts";

/** Options for {@link gracefulShutdown}. */
export interface GracefulShutdownOptions {
  /** The app's restify server: a guard joins its pre-routing chain, and its HTTP server is closed. */
  server: Server;
  /** Releases what the app holds once the last request is done: pending card updates, the store. */
  close: () => Promise<void>;
  logger: Logger;
  /** How long requests in flight may take before their connections are cut. Default {@link defaultDrainTimeoutMs}. */
  drainTimeoutMs?: number;
  /** Ends the process; replaced in tests. Default `process.exit`. */
  exit?: (code: number) => void;
}

/** A handle on the app's shutdown. */
export interface GracefulShutdown {
  /**
   * Stops the app: refuses new requests, lets those in flight finish (up to the drain timeout), calls
   * `close` (given as long again), logs and exits — 0 when everything finished, 1 when requests were
   * cut off or closing failed or took too long. A second call while the first is under way exits at
   * once with 1.
   */
  shutdown(reason: string): Promise<void>;
  /** True from the first call of `shutdown` on (a readiness probe can say "not ready" with it). */
  isDraining(): boolean;
}

/** Default for `drainTimeoutMs`: App Service and Kubernetes wait 30 s before they kill; leave room for `close`. */
export const defaultDrainTimeoutMs = 10_000;

/**
 * Graceful shutdown for a restify app. On `shutdown` the listening socket is closed, so a new
 * connection is refused; idle keep-alive connections are closed (Node does that on `close()`); the
 * responses still being worked on get `Connection: close`, so no client sends another request on their
 * connection; and a request that still arrives on an open connection — on the wire when draining began —
 * is answered 503 with `Connection: close` and `Retry-After`, before any handler runs. Nothing that was
 * started is cut short unless it outlasts the drain timeout.
 */
export function gracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { server, logger } = options;
  const drainTimeoutMs = options.drainTimeoutMs ?? defaultDrainTimeoutMs;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const http = server.server;
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  http.on("request", (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.on("close", () => {
      inFlight.delete(res);
      // A response that was already under way before draining may have left its connection open.
      if (draining) http.closeIdleConnections();
    });
  });
  server.pre(async function refuseWhileDraining(_req: Request, res: Response) {
    if (!draining) return;
    res.setHeader("Connection", "close");
    res.setHeader("Retry-After", "1");
    throw new AppError(503, "http: shutting down; try again");
  });

  const drain = () =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        http.closeAllConnections();
        resolve(false);
      }, drainTimeoutMs);
      // The callback runs once every connection has ended (or at once, with an error, if never listening).
      http.close(() => {
        clearTimeout(timer);
        resolve(true);
      });
      for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    });

  return {
    isDraining: () => draining,
    async shutdown(reason) {
      if (draining) {
        logger.warn({ reason }, "http: second stop signal – exiting without waiting");
        exit(1);
        return;
      }
      draining = true;
      const started = Date.now();
      const stillRunning = inFlight.size;
      // Stops listening before it says so: whoever reads the line below finds new connections refused.
      const drained = drain();
      logger.info(
        { reason, inFlight: stillRunning, drainTimeoutMs },
        "http: shutting down – refusing new requests, finishing those in flight",
      );
      let code = 0;
      if (!(await drained)) {
        logger.warn({ cutOff: inFlight.size, drainTimeoutMs }, "http: requests still running were cut off");
        code = 1;
      }
      // Bounded too: a card update to a Bot Connector that does not answer must not hold the exit.
      const closing = options.close().then(
        () => true,
        (error: Error) => {
          logger.error({ err: { message: error.message } }, "http: closing the app failed");
          return false;
        },
      );
      const closed = await settlesWithin(closing, drainTimeoutMs);
      if (closed === "timed out") logger.warn({ drainTimeoutMs }, "http: closing the app took too long");
      if (closed !== true) code = 1;
      logger.info({ ms: Date.now() - started, code }, "http: stopped");
      exit(code);
    },
  };
}

/** Shuts the app down gracefully on SIGTERM (App Service, Kubernetes, systemd) and SIGINT (Ctrl-C). */
export function shutDownOnSignals(
  options: GracefulShutdownOptions,
  signals: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT"],
): GracefulShutdown {
  const shutdown = gracefulShutdown(options);
  for (const signal of signals) process.on(signal, () => void shutdown.shutdown(signal));
  return shutdown;
}

/** `promise`'s value, or "timed out" after `ms`; the timer keeps the process alive until then. */
async function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T | "timed out"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timed out">((resolve) => {
    timer = setTimeout(() => resolve("timed out"), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
