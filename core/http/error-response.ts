import type { Logger } from "pino";
import type { Request, Response, Server } from "restify";
import { AppError } from "../errors.ts";

/**
 * The one place errors become HTTP responses. An `AppError` keeps its status and safe message;
 * restify's own errors (bad JSON 400, body too large 413, unknown route 404) keep theirs; anything
 * else is a 500 with a generic message, and the details go to the log only.
 */
export function mapErrorsToResponses(server: Server, logger: Logger): void {
  server.on(
    "restifyError",
    (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
      const status = error instanceof AppError ? error.status : (error.statusCode ?? 500);
      const message = status >= 500 && !(error instanceof AppError) ? "internal error" : error.message;
      const level = status >= 500 ? "error" : "warn";
      logger[level](
        {
          status,
          method: req.method,
          path: req.getPath(),
          err: { name: error.name, message: error.message },
        },
        "http: request failed",
      );
      (error as { toJSON?: () => unknown }).toJSON = () => ({ error: message });
      (error as { statusCode?: number }).statusCode = status;
      res.status(status);
      callback();
    },
  );
}
