import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useRunningApp } from "../../support/running-app.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "./identity-provider.ts";
import { tabClient } from "./tab-client.ts";

const leaderOfSpecial = randomUUID();
const chief = randomUUID();
const beredskabLeaders = randomUUID(); // an Entra group
const leaders = {
  specialenheden: [leaderOfSpecial],
  beredskabsenheden: [beredskabLeaders],
  "*": [chief],
};

let idp: TestIdentityProvider;
const as = async (oid: string, groups: string[] = []) =>
  tabClient(running.app.url, await idp.token({ claims: { oid, groups } }));

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  return { env: ssoEnv(idp.jwksUrl, leaders), alsoClose: [idp] };
});
beforeAll(async () => {
  const staff = await as(randomUUID());
  for (const unitId of ["specialenheden", "beredskabsenheden"]) {
    expect((await staff.put("/api/tab/feedback", { unitId, subjectId: "unit", rating: 4 })).status).toBe(200);
  }
});

const resultUnits = (body: { units: { unitId: string }[] }) => body.units.map((unit) => unit.unitId).sort();

describe("who may see results on the tab", () => {
  it("staff who lead nothing get 403 on every unit's results, JSON and CSV, and on all", async () => {
    const staff = await as(randomUUID(), [randomUUID()]);
    expect((await staff.get("/api/tab/me")).body.resultsFor).toEqual([]);
    for (const path of [
      "/api/tab/results?unit=specialenheden",
      "/api/tab/results?unit=all",
      "/api/tab/results.csv?unit=specialenheden",
      "/api/tab/results.csv?unit=all",
    ]) {
      const response = await staff.get(path);
      expect(response.status, path).toBe(403);
      expect(response.body.error).toBe("tab: results are for the unit's leaders");
    }
  });

  it("a unit's leader sees that unit, gets 403 for another, and `all` holds only their unit", async () => {
    const leader = await as(leaderOfSpecial);
    expect((await leader.get("/api/tab/me")).body.resultsFor).toEqual(["specialenheden"]);
    expect((await leader.get("/api/tab/results?unit=specialenheden")).status).toBe(200);
    expect((await leader.get("/api/tab/results.csv?unit=specialenheden")).status).toBe(200);
    expect((await leader.get("/api/tab/results?unit=beredskabsenheden")).status).toBe(403);
    expect((await leader.get("/api/tab/results.csv?unit=beredskabsenheden")).status).toBe(403);
    const all = await leader.get("/api/tab/results?unit=all");
    expect(all.status).toBe(200);
    expect(resultUnits(all.body)).toEqual(["specialenheden"]);
  });

  it("leadership granted to a group reaches its members through the token's groups claim", async () => {
    const member = await as(randomUUID(), [randomUUID(), beredskabLeaders]);
    expect((await member.get("/api/tab/me")).body.resultsFor).toEqual(["beredskabsenheden"]);
    const results = await member.get("/api/tab/results?unit=beredskabsenheden");
    expect(results.status).toBe(200);
    expect(resultUnits(results.body)).toEqual(["beredskabsenheden"]);
    expect((await member.get("/api/tab/results?unit=specialenheden")).status).toBe(403);
  });

  it("a `*` leader sees every unit", async () => {
    const head = await as(chief);
    expect((await head.get("/api/tab/me")).body.resultsFor).toBe("all");
    const all = await head.get("/api/tab/results?unit=all");
    expect(resultUnits(all.body)).toEqual(["beredskabsenheden", "specialenheden"]);
    expect((await head.get("/api/tab/results?unit=anklagemyndigheden")).status).toBe(200);
    const csv = await head.get("/api/tab/results.csv?unit=all");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="strategilotsen-resultater-all.csv"',
    );
  });

  it("an unknown unit is a 404 and a bad `lang` a 400, also for leaders", async () => {
    const head = await as(chief);
    expect((await head.get("/api/tab/results?unit=politiskolen")).status).toBe(404);
    expect((await head.get("/api/tab/results.csv?unit=all&lang=sv")).status).toBe(400);
    expect((await head.get("/api/tab/results")).status).toBe(400);
  });
});
