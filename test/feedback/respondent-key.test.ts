import { describe, expect, it } from "vitest";
import { AppError } from "../../core/errors.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";

const secret = "a-server-secret-of-reasonable-length";
const tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const user = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWA8vZA";
const prompt = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("respondentKey", () => {
  it("gives the same person in the same prompt the same key", () => {
    expect(respondentKey(secret, tenant, user, prompt)).toBe(respondentKey(secret, tenant, user, prompt));
    expect(respondentKey(secret, tenant, user, prompt)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("gives a different key when any part or the secret differs", () => {
    const key = respondentKey(secret, tenant, user, prompt);
    const others = [
      respondentKey(`${secret}2`, tenant, user, prompt),
      respondentKey(secret, "other-tenant", user, prompt),
      respondentKey(secret, tenant, "29:other-user", prompt),
      respondentKey(secret, tenant, user, "other-prompt"),
    ];
    expect(new Set([key, ...others]).size).toBe(5);
  });

  it("keeps the parts apart, so moving a boundary changes the key", () => {
    expect(respondentKey(secret, "a:b", "c", "p")).not.toBe(respondentKey(secret, "a", "b:c", "p"));
    expect(respondentKey(secret, "a", "bc", "p")).not.toBe(respondentKey(secret, "ab", "c", "p"));
    expect(respondentKey(secret, 'a","b', "c", "p")).not.toBe(respondentKey(secret, "a", 'b","c', "p"));
  });

  it("does not show who answered", () => {
    const key = respondentKey(secret, tenant, user, prompt);
    for (const part of [tenant, user, prompt, user.slice(3, 15), secret]) expect(key).not.toContain(part);
    expect(Buffer.from(key, "base64url").toString("latin1")).not.toContain(user.slice(3, 15));
  });

  it("refuses an empty secret rather than make guessable keys", () => {
    expect(() => respondentKey("", tenant, user, prompt)).toThrow(AppError);
  });
});
