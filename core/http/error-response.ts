import { STATUS_CODES } from "node:http";
import type { Logger } from "pino";
import type { Request, Response, Server } from "restify";
import { AppError } from "../errors.ts";
import { requestLogger } from "./request-logging.ts";

/**
 * The one place errors become HTTP responses. An `AppError` keeps its status and safe message. Any
 * other error keeps its status (restify's bad JSON 400, body too large 413, unknown route 404) but not
 * its message, which may quote the request (a parse error repeats part of the body, i.e. what someone
 * wrote): it answers and logs only the status's standard phrase. 5xx details stay out of the response.
 */
export function mapErrorsToResponses(server: Server, logger: Logger): void {
  server.on(
    "restifyError",
    (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
      const status = error instanceof AppError ? error.status : (error.statusCode ?? 500);
      const message =
        error instanceof AppError ? error.message : (STATUS_CODES[status] ?? "error").toLowerCase();
      const level = status >= 500 ? "error" : "warn";
      requestLogger(req, logger)[level](
        { status, method: req.method, path: req.getPath(), err: { name: error.name, message } },
        "http: request failed",
      );
      (error as { toJSON?: () => unknown }).toJSON = () => ({ error: message });
      (error as { statusCode?: number }).statusCode = status;
      res.status(status);
      callback();
    },
  );
}
