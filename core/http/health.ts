import type { Request, RequestHandler, Response } from "restify";
import type { Strategy } from "../content/strategy.ts";

/**
 * `GET /healthz`: 200 with the loaded strategy's title and size. The process is alive and answers
 * strategy questions, which need no database (`/readyz` says whether feedback can be stored too).
 */
export function healthEndpoint(strategy: Pick<Strategy, "title" | "items">): RequestHandler {
  return async function health(_req: Request, res: Response) {
    res.send({ status: "ok", content: `${strategy.title} (${strategy.items.length} afsnit)` });
  };
}
