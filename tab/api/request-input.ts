import type { Request } from "restify";
import type { z } from "zod";
import type { Strategy, Unit } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";

/**
 * Largest JSON body a tab route takes, in bytes. The largest valid body (a 1000-character comment, each
 * character JSON-escaped as `\uXXXX`) is about 6 KB; anything far beyond is not a rating.
 */
export const maxTabBodyBytes = 16 * 1024;

/** One query parameter, or undefined when absent. (The server registers no query parser; this reads the URL.) */
export function queryValue(req: Request, name: string): string | undefined {
  return new URL(req.url ?? "/", "http://localhost").searchParams.get(name) ?? undefined;
}

/** What a `?unit=` parameter asks for: one unit, or the whole strategy (`all`). */
export type UnitScope = { kind: "unit"; unit: Unit } | { kind: "all" };

/** Reads `?unit=<id>|all`: 400 when missing, 404 for a unit the strategy does not have. */
export function unitScope(strategy: Strategy, req: Request): UnitScope {
  const value = queryValue(req, "unit");
  if (!value) throw new AppError(400, 'tab: unit: required (a unit id or "all")');
  if (value === "all") return { kind: "all" };
  const unit = strategy.unitById.get(value);
  if (!unit) throw new AppError(404, "tab: unit: no such unit");
  return { kind: "unit", unit };
}

/**
 * The request's JSON body, checked against `schema`: 413 over `maxTabBodyBytes`, 400 for anything the
 * schema refuses, naming the field (never echoing the value, which may be a comment).
 */
export function jsonBody<T>(req: Request, schema: z.ZodType<T>): T {
  if (bodyBytes(req) > maxTabBodyBytes) {
    throw new AppError(413, `tab: request body over ${maxTabBodyBytes} bytes`);
  }
  const result = schema.safeParse(req.body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : "body";
    throw new AppError(400, `tab: ${field}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

function bodyBytes(req: Request): number {
  const raw = (req as Request & { rawBody?: unknown }).rawBody ?? req.body;
  if (typeof raw === "string") return Buffer.byteLength(raw);
  if (Buffer.isBuffer(raw)) return raw.length;
  return Number(req.header("content-length") ?? 0) || 0;
}
