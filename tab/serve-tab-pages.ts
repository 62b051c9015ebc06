import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Logger } from "pino";
import type { Request, Response, Server } from "restify";

/** Where the pages are and who is told when they are missing. */
export interface ServeTabPagesOptions {
  /** The output of `npm run build:tab`; default `tab/web/build`. */
  buildDir?: string;
  /** Told once at start-up when the build is missing (the pages then answer 404). */
  logger?: Pick<Logger, "warn">;
}

/**
 * Hosts that may frame the tab (`frame-ancestors`), from Microsoft's tab requirements: Teams,
 * Microsoft 365 and Outlook, old domains and the new `*.cloud.microsoft`. No X-Frame-Options: the
 * old header cannot name several hosts, and `DENY` would keep Teams from showing the tab.
 */
export const teamsFrameAncestors = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook-sdf.office.com",
  "https://outlook-sdf.office365.com",
  "https://outlook.live.com",
];

/**
 * The pages' Content-Security-Policy: everything from this origin only (no fonts, scripts or styles
 * from the internet, no inline script or style), API calls to this origin, framing by the Teams hosts.
 */
export const tabContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors 'self' ${teamsFrameAncestors.join(" ")}`,
].join("; ");

/** Headers on every page and file under `/tab/`. */
const securityHeaders = {
  "Content-Security-Policy": tabContentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
};

/** esbuild's content hash in a file name (`content-page-ICQAJBBE.js`): such a file never changes. */
const hashedName = /-[A-Z0-9]{8}\.(js|css)$/;

/**
 * Serves the tab's built pages under `/tab/…` (`/tab/` is the content page) with their content type,
 * the security headers, an ETag, gzip when accepted, and caching by kind: hashed scripts and styles
 * for a year, the HTML revalidated on every load so a new build shows at once. Anything outside the
 * build folder — `..`, encoded or not — and anything unknown is a 404.
 */
export function serveTabPages(server: Server, options: ServeTabPagesOptions = {}): void {
  const buildDir = resolve(options.buildDir ?? fileURLToPath(new URL("./web/build", import.meta.url)));
  if (!existsSync(resolve(buildDir, "index.html")))
    options.logger?.warn({ buildDir }, "tab: the pages are not built – run `npm run build:tab`");
  const read = fileReader();
  const handler = async function serveTabFile(req: Request, res: Response) {
    const file = fileWithin(buildDir, req.getPath());
    const found = file ? await read(file) : undefined;
    if (!file || !found) {
      res.writeHead(404, { ...securityHeaders, "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found");
      return;
    }
    const gzip = found.gzip !== undefined && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = (gzip && found.gzip) || found.body;
    const etag = gzip ? `${found.etag.slice(0, -1)}-gz"` : found.etag;
    const headers = {
      ...securityHeaders,
      "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream",
      "Cache-Control": hashedName.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      ETag: etag,
      Vary: "Accept-Encoding",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  server.get("/tab", async function redirectToTab(_req: Request, res: Response) {
    res.writeHead(301, { Location: "/tab/" });
    res.end();
  });
  server.get("/tab/*", handler);
  server.head("/tab/*", handler);
}

/** The file a request path names inside `buildDir`, or undefined if it names anything else. */
function fileWithin(buildDir: string, path: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(path.replace(/^\/tab\/?/, ""));
  } catch {
    return undefined; // Malformed %-encoding: no such file.
  }
  if (relative === "") relative = "index.html";
  if (relative.includes("\0") || relative.includes("\\")) return undefined;
  const file = resolve(buildDir, relative);
  return file.startsWith(buildDir + sep) ? file : undefined;
}

/** A served file as kept in memory; `version` is its size and modification time. */
interface CachedFile {
  version: string;
  body: Buffer;
  etag: string;
  gzip?: Buffer;
}

/** Kinds of file worth gzipping: text. */
const compressible = new Set([".html", ".js", ".css", ".svg", ".json"]);

/**
 * A file's contents, ETag and gzipped form, kept in memory while the file's size and time stay the
 * same (the build is a dozen small files; a rebuild changes their times).
 */
function fileReader() {
  const cache = new Map<string, CachedFile>();
  return async function readFileCached(file: string) {
    let version: string;
    try {
      const stats = await stat(file);
      if (!stats.isFile()) return undefined;
      version = `${stats.size}:${stats.mtimeMs}`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
    const cached = cache.get(file);
    if (cached?.version === version) return cached;
    const body = await readFile(file);
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
    // Text is sent gzipped to browsers that take it (all do): teams-js shrinks from 60 to 20 KB.
    const gzip = compressible.has(extname(file)) ? gzipSync(body, { level: 9 }) : undefined;
    const entry: CachedFile = { version, body, etag, ...(gzip ? { gzip } : {}) };
    cache.set(file, entry);
    return entry;
  };
}
