import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { meetingEndActivity } from "../../harness/teams-activities.ts";
import { postgresMissing, TestSchemas, testDatabaseUrl } from "../feedback/postgres-test-database.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { skipWithout } from "../support/required-service.ts";

let connector: ConnectorStandIn;
beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(() => connector?.close());

let chats = 0;
const newMeetingChat = () => `19:meeting_${Date.now()}${++chats}@thread.v2`;
const cardsIn = (conversationId: string) =>
  connector.sent.filter((sent) => sent.conversationId === conversationId);

describe("a meeting end Teams sends with null fields", () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("is accepted (no 400) and gets its feedback card, titled 'Mødet'", async () => {
    const conversationId = newMeetingChat();
    const activity = meetingEndActivity(
      null,
      { serviceUrl: connector.serviceUrl, conversationId },
      { MeetingType: null, JoinUrl: null },
    );
    expect((await app.post("/api/messages", activity)).status).toBe(200);
    const text = cardText(firstCard(cardsIn(conversationId)[0]));
    expect(text).toContain("Hvordan var mødet?");
    expect(text).toContain("Mødet");
  });

  it("without an id or an end time is still not lost, and its second delivery posts nothing", async () => {
    const conversationId = newMeetingChat();
    // The meeting's id is then read from channelData.meeting, which Teams always fills.
    const activity = meetingEndActivity(
      "Tavlemøde",
      { serviceUrl: connector.serviceUrl, conversationId },
      { Id: null, EndTime: null },
    );
    expect((await app.post("/api/messages", activity)).status).toBe(200);
    expect((await app.post("/api/messages", activity)).status).toBe(200);
    expect(cardsIn(conversationId)).toHaveLength(1);
  });
});

/** The engines, each as a way to start the instances that receive Teams' deliveries. */
const postgresReachable = !skipWithout("PostgreSQL", await postgresMissing(testDatabaseUrl));
const schemas = new TestSchemas(testDatabaseUrl);
afterAll(() => (postgresReachable ? schemas.dropAll() : undefined));
const engines: [string, () => Promise<AppUnderTest[]>, boolean][] = [
  ["sqlite, one instance", async () => [await startApp()], true],
  [
    "postgres, two instances on one database",
    async () => {
      const DATABASE_URL = await schemas.fresh();
      return Promise.all([startApp({ DATABASE_URL }), startApp({ DATABASE_URL })]);
    },
    postgresReachable,
  ],
];

describe.each(engines)("a meeting end delivered twice (%s)", (_name, startInstances, available) => {
  let instances: AppUnderTest[] = [];
  beforeAll(async () => {
    if (available) instances = await startInstances();
  });
  afterAll(() => Promise.all(instances.map((instance) => instance.close())));
  const at = (index: number) => instances[index % instances.length] as AppUnderTest;

  it.skipIf(!available)("posts one feedback card, also when both deliveries arrive at once", async () => {
    const conversationId = newMeetingChat();
    const activity = meetingEndActivity("Ledermøde", { serviceUrl: connector.serviceUrl, conversationId });
    const responses = await Promise.all([at(0), at(1)].map((app) => app.post("/api/messages", activity)));
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect((await at(0).post("/api/messages", activity)).status).toBe(200);
    expect(cardsIn(conversationId)).toHaveLength(1);
    expect(cardText(firstCard(cardsIn(conversationId)[0]))).toContain("Ledermøde");
  });

  it.skipIf(!available)("posts a new card when the same (recurring) meeting ends another time", async () => {
    const conversationId = newMeetingChat();
    const options = { serviceUrl: connector.serviceUrl, conversationId };
    const monday = { Id: "MCMxOTpyZWN1cnJpbmc", EndTime: "2025-03-10T11:00:00Z" };
    const nextMonday = { ...monday, EndTime: "2025-03-17T11:00:00Z" };
    await at(0).post("/api/messages", meetingEndActivity("Ugemøde", options, monday));
    await at(1).post("/api/messages", meetingEndActivity("Ugemøde", options, monday));
    await at(1).post("/api/messages", meetingEndActivity("Ugemøde", options, nextMonday));
    expect(cardsIn(conversationId)).toHaveLength(2);
  });
});
