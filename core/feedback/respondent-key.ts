import { createHmac } from "node:crypto";
import { AppError } from "../errors.ts";

/**
 * The key an answer is stored under instead of the person who gave it: HMAC-SHA256, with a server
 * secret, over tenant, user and scope (a prompt id, or e.g. "answer-ratings").
 *
 * Why: the store must keep one answer per person per prompt (a second answer replaces the first) without
 * knowing who answered. The same person in the same scope always gets the same key, so the replacement
 * works; without the secret nobody can go from a key back to a user id, not even by trying every user
 * id in the directory; and because the scope is part of it, keys of one person in two prompts cannot be
 * linked. Rotating the secret makes earlier answers unreplaceable — they stay, counted once.
 *
 * The parts are encoded as a JSON array, so no choice of ids can make two different triples collide
 * ("a:b" + "c" against "a" + "b:c"). The result is 43 characters of base64url.
 */
export function respondentKey(secret: string, tenantId: string, userId: string, scope: string): string {
  if (!secret) throw new AppError(500, "feedback: respondent key secret is empty");
  return createHmac("sha256", secret)
    .update(JSON.stringify([tenantId, userId, scope]))
    .digest("base64url");
}
