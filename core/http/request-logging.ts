import type { Logger } from "pino";
import type { Request, Response, Server } from "restify";

/** Options of {@link logRequests}. */
export interface RequestLoggingOptions {
  /**
   * Paths logged at `debug` instead of `info`: the probes App Service and monitoring call every
   * minute, which would otherwise drown the log. Default `/healthz` and `/readyz`.
   */
  quietPaths?: readonly string[];
  /** Longest path written to the log; a longer one (a fuzzer's) is cut. Default 200 characters. */
  maxPathLength?: number;
}

/**
 * An incoming `x-request-id` is kept only when it looks like an id (letters, digits, `-_.:`, at most
 * 64 characters), so a caller can follow its request through our log, but cannot write free text, a
 * name or a token into it under the name of an id.
 */
const saneRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** Each request's id, and its child logger once something has asked for one. */
const requestIds = new WeakMap<Request, string>();
const loggers = new WeakMap<Request, Logger>();

/**
 * Gives every request an id and logs it when it ends. The id is the caller's `x-request-id` if sane,
 * else restify's `req.id()` (a UUID); it is returned in the `x-request-id` response header and bound to
 * a child logger (`reqId`), which {@link requestLogger} hands to anything that logs about the request.
 *
 * One line per request: method, path, status, duration in ms (and `aborted` when the client went away
 * first). The path never has its query string (`/api/tab/search?q=…` holds a question), and nothing of
 * the body, the headers (tokens) or the caller is logged. Register it before any other `pre` handler, so
 * that requests they answer early (draining, rate limits) are logged with an id too.
 */
export function logRequests(server: Server, logger: Logger, options: RequestLoggingOptions = {}): void {
  const quietPaths = new Set(options.quietPaths ?? ["/healthz", "/readyz"]);
  const maxPathLength = options.maxPathLength ?? 200;
  server.pre(function assignRequestId(req: Request, res: Response, next: () => void) {
    const started = performance.now();
    const incoming = req.header("x-request-id");
    // restify's `req.id(value)` sets the id once; its type declaration only knows the getter.
    const setId = req.id as (this: Request, reqId?: string) => string;
    const id =
      typeof incoming === "string" && saneRequestId.test(incoming) ? setId.call(req, incoming) : req.id();
    res.setHeader("x-request-id", id);
    requestIds.set(req, id);
    // The hot path: a child logger is made only for a request that logs more (`requestLogger`), and the
    // line is built only when its level is on.
    if (logger.isLevelEnabled("debug") || logger.isLevelEnabled("info"))
      res.once("close", () => {
        const path = req.getPath().slice(0, maxPathLength);
        const level = quietPaths.has(path) ? "debug" : "info";
        if (!logger.isLevelEnabled(level)) return;
        const line = {
          reqId: id,
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        };
        logger[level](line, "http: request");
      });
    next();
  });
}

/** The request's child logger (with its `reqId`), made from `fallback` on first use; `fallback` for a request with no id. */
export function requestLogger(req: Request, fallback: Logger): Logger {
  const id = requestIds.get(req);
  if (id === undefined) return fallback;
  let log = loggers.get(req);
  if (!log) {
    log = fallback.child({ reqId: id });
    loggers.set(req, log);
  }
  return log;
}
