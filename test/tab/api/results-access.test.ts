/**
 * Who sees results on the tab: the app roles in the Teams SSO token's `roles` claim, as Entra writes it
 * for roles assigned to the person or to a group they are in. Group claims give nothing.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useRunningApp } from "../../support/running-app.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "./identity-provider.ts";
import { tabClient } from "./tab-client.ts";

let idp: TestIdentityProvider;
const as = async (claims: { roles?: string[]; groups?: string[] }) =>
  tabClient(running.app.url, await idp.token({ claims: { oid: randomUUID(), ...claims } }));

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  return { env: ssoEnv(idp.jwksUrl), alsoClose: [idp] };
});
beforeAll(async () => {
  const staff = await as({});
  for (const unitId of ["specialenheden", "beredskabsenheden"]) {
    expect((await staff.put("/api/tab/feedback", { unitId, subjectId: "unit", rating: 4 })).status).toBe(200);
  }
});

const resultUnits = (body: { units: { unitId: string }[] }) => body.units.map((unit) => unit.unitId).sort();
const refused = "tab: results need the app role Results.<unit id> or Results.All (assigned in Entra ID)";

describe("who may see results on the tab", () => {
  it.each([
    ["no roles claim", {}],
    ["only group ids, however many (no group claims are read)", { groups: [randomUUID(), randomUUID()] }],
    ["other roles", { roles: ["Admin", "Task.Read"] }],
    ["a role for a unit that does not exist", { roles: ["Results.politiskolen"] }],
    ["a unit role in the wrong case", { roles: ["results.specialenheden", "Results.all"] }],
  ])("a token with %s gets 403 on every unit's results, JSON and CSV, and on all", async (_name, claims) => {
    const staff = await as(claims);
    expect((await staff.get("/api/tab/me")).body.resultsFor).toEqual([]);
    for (const path of [
      "/api/tab/results?unit=specialenheden",
      "/api/tab/results?unit=all",
      "/api/tab/results.csv?unit=specialenheden",
      "/api/tab/results.csv?unit=all",
    ]) {
      const response = await staff.get(path);
      expect(response.status, path).toBe(403);
      expect(response.body.error).toBe(refused);
    }
  });

  it("Results.specialenheden sees that unit, gets 403 for another, and `all` holds only that unit", async () => {
    const leader = await as({ roles: ["Results.specialenheden"] });
    expect((await leader.get("/api/tab/me")).body.resultsFor).toEqual(["specialenheden"]);
    expect((await leader.get("/api/tab/results?unit=specialenheden")).status).toBe(200);
    expect((await leader.get("/api/tab/results.csv?unit=specialenheden")).status).toBe(200);
    expect((await leader.get("/api/tab/results?unit=beredskabsenheden")).status).toBe(403);
    expect((await leader.get("/api/tab/results.csv?unit=beredskabsenheden")).status).toBe(403);
    const all = await leader.get("/api/tab/results?unit=all");
    expect(all.status).toBe(200);
    expect(resultUnits(all.body)).toEqual(["specialenheden"]);
    expect(all.body.organisation).toBeUndefined();
  });

  it("a role for an unknown unit beside a known one is ignored, and the known one works", async () => {
    const leader = await as({ roles: ["Results.politiskolen", "Results.beredskabsenheden"] });
    expect((await leader.get("/api/tab/me")).body.resultsFor).toEqual(["beredskabsenheden"]);
    const results = await leader.get("/api/tab/results?unit=beredskabsenheden");
    expect(results.status).toBe(200);
    expect(resultUnits(results.body)).toEqual(["beredskabsenheden"]);
    expect((await leader.get("/api/tab/results?unit=specialenheden")).status).toBe(403);
  });

  it("Results.All sees every unit and the organisation", async () => {
    const head = await as({ roles: ["Results.All"] });
    expect((await head.get("/api/tab/me")).body.resultsFor).toBe("all");
    const all = await head.get("/api/tab/results?unit=all");
    expect(resultUnits(all.body)).toEqual(["beredskabsenheden", "specialenheden"]);
    expect(all.body.organisation).toBeDefined();
    expect((await head.get("/api/tab/results?unit=anklagemyndigheden")).status).toBe(200);
    const csv = await head.get("/api/tab/results.csv?unit=all");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="strategilotsen-resultater-all.csv"',
    );
  });

  it("an unknown unit is a 404 and a bad `lang` a 400, also for leaders", async () => {
    const head = await as({ roles: ["Results.All"] });
    expect((await head.get("/api/tab/results?unit=politiskolen")).status).toBe(404);
    expect((await head.get("/api/tab/results.csv?unit=all&lang=sv")).status).toBe(400);
    expect((await head.get("/api/tab/results")).status).toBe(400);
  });
});
