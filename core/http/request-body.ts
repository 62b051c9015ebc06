import restify, { type Next, type Request, type RequestHandler, type Response } from "restify";
import { AppError } from "../errors.ts";

/**
 * How every route reads its request body: JSON only, uncompressed, at most `maxBodyBytes` (else 413).
 * Teams and the tab's pages send nothing else. restify's all-in-one `bodyParser` is not used because
 * of two holes the fuzz tests found in it:
 * - a multipart body skips the size limit and is streamed into temporary files that are never deleted,
 *   so anyone could fill the disk, before any authentication;
 * - a `Content-Encoding: gzip` body is inflated without a limit on the inflated size (a small request
 *   can become hundreds of megabytes), and one that is not valid gzip throws outside every handler
 *   and stops the process. Compressed bodies are refused with 415 before restify reads them.
 * Bodies of other types are read within the limit but not parsed, so the routes' checks answer 400.
 */
export function jsonRequestBody(maxBodyBytes: number): RequestHandler[] {
  return [
    refuseCompressedBody,
    restify.plugins.bodyReader({ maxBodySize: maxBodyBytes }),
    ...restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }),
  ];
}

function refuseCompressedBody(req: Request, res: Response, next: Next): void {
  const hasBody = req.contentLength() > 0 || req.isChunked();
  if (!hasBody || req.headers["content-encoding"] === undefined) {
    next();
    return;
  }
  res.header("Accept-Encoding", "identity");
  next(new AppError(415, "http: compressed request bodies are not accepted (Content-Encoding)"));
}
