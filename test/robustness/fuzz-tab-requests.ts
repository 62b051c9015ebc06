/** The tab API's share of the fuzz test's requests. */
import fc from "fast-check";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { ratableSubjects } from "../../tab/api/feedback-subjects.ts";
import { unitView } from "../../tab/api/strategy-views.ts";
import { anyText, edgeText, type FuzzRequest, nestedJson, queryValue } from "./fuzz-inputs.ts";

const strategy = loadStrategy("content/strategi-2025");
const unitIds = strategy.units.map((unit) => unit.id);
const subjectIds = strategy.units.flatMap((unit) =>
  ratableSubjects(unitView(strategy, unit)).map((subject) => subject.id),
);

const tabFeedbackBody = fc.record({
  unitId: fc.oneof(fc.constantFrom(...unitIds), edgeText, nestedJson),
  subjectId: fc.oneof(fc.constantFrom(...subjectIds), edgeText, nestedJson),
  rating: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), nestedJson),
  comment: fc.oneof({ weight: 3, arbitrary: anyText }, nestedJson),
  anonymous: fc.oneof(fc.boolean(), nestedJson),
  name: edgeText,
});
const channelUnitBody = fc.record({
  conversationId: fc.oneof(fc.constantFrom("19:abc@thread.tacv2"), anyText, nestedJson),
  unitId: fc.oneof(fc.constantFrom(...unitIds), edgeText, nestedJson),
});
/** Calls to the tab API: bodies of every shape and type, and hostile query strings and paths. */
export const tabRequests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  tabFeedbackBody.map(
    (body): FuzzRequest => ({ method: "PUT", path: "/api/tab/feedback", body: JSON.stringify(body) }),
  ),
  channelUnitBody.map(
    (body): FuzzRequest => ({ method: "PUT", path: "/api/tab/channel-unit", body: JSON.stringify(body) }),
  ),
  fc
    .tuple(
      fc.constantFrom(
        "search?q=",
        "view?unit=",
        "item-place?id=",
        "feedback?unit=",
        "results?unit=",
        "results.csv?lang=en&unit=",
        "me?x=",
        "units?x=",
      ),
      queryValue,
    )
    .map(([route, value]): FuzzRequest => ({ method: "GET", path: `/api/tab/${route}${value}` })),
  fc
    .tuple(fc.constantFrom("GET", "PUT", "DELETE", "POST") as fc.Arbitrary<FuzzRequest["method"]>, queryValue)
    .map(
      ([method, value]): FuzzRequest => ({
        method,
        path: `/api/tab/${value}`,
        ...(method === "GET" ? {} : { body: "{}" }),
      }),
    ),
);
