/**
 * The requests the fuzz test sends, by kind: raw bodies, broken activities, card actions with any verb
 * and data, feedback answers from inside and from outside a prompt's conversation, message-extension
 * queries, and tab API calls (`fuzz-tab-requests.ts`). Weighted so every kind is well represented in a
 * few thousand requests.
 */
import fc from "fast-check";
import { feedbackTopics } from "../../bot/cards/feedback-topics.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import {
  type ActivityOptions,
  executeActivity,
  meetingEndActivity,
  messageActivity,
  searchExtensionQuery,
  submitActivity,
} from "../../harness/teams-activities.ts";
import { awayConversations, fuzzUsers, otherTenant } from "./fuzz-database.ts";
import {
  activityMutations,
  anyText,
  contentTypes,
  deepJsonText,
  edgeText,
  type FuzzRequest,
  mutate,
  nestedJson,
  rawBodies,
} from "./fuzz-inputs.ts";
import { tabRequests } from "./fuzz-tab-requests.ts";

/** What the generated requests refer to: the connector stand-in, and prompts opened before the fuzz. */
export interface FuzzContext {
  serviceUrl: string;
  homeConversations: string[];
  /** `promptIds[i]` was opened in `homeConversations[i]`. */
  promptIds: string[];
}

const strategy = loadStrategy("content/strategi-2025");
const unitIds = strategy.units.map((unit) => unit.id);
const topicIds = feedbackTopics(strategy).map((topic) => topic.id);
const verbs = [
  "showItem",
  "showUnit",
  "showUnits",
  "showPejlemaerker",
  "showHelp",
  "submitFeedback",
  "refreshFeedback",
  "editFeedback",
  "rateAnswer",
];

const post = (body: unknown): FuzzRequest => ({
  method: "POST",
  path: "/api/messages",
  body: JSON.stringify(body),
});

/** The inputs of a feedback card, each valid or not, plus whatever else a client adds. */
function feedbackData(promptId: fc.Arbitrary<unknown>) {
  return fc.record(
    {
      promptId,
      rating: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("1", "2", "3", "4", "5", 5) }, nestedJson),
      comment: fc.oneof({ weight: 3, arbitrary: anyText }, nestedJson),
      topic: fc.oneof(fc.constantFrom(...topicIds), edgeText),
      unitId: fc.oneof(fc.constantFrom(...unitIds), edgeText),
      anonymous: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("true", "false") }, nestedJson),
      respondentName: edgeText,
    },
    { requiredKeys: ["promptId"] },
  );
}

/** Generated requests of every kind; see the file's comment. */
export function fuzzRequests(context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const { serviceUrl, homeConversations, promptIds } = context;
  const conversationId = fc.oneof(
    fc.constantFrom(...homeConversations, "a:fuzz-personal", "19:fuzz-channel@thread.tacv2"),
    edgeText.filter((text) => text.length > 0),
  );
  const from = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fuzzUsers.home) },
    fc.record({ id: edgeText, name: edgeText, aadObjectId: edgeText }, { requiredKeys: ["id"] }),
  );
  const options = fc.record({
    conversationId,
    from,
    conversationType: fc.constantFrom("personal", "channel", "groupChat") as fc.Arbitrary<
      "personal" | "channel" | "groupChat"
    >,
    locale: fc.oneof(fc.constantFrom("da-DK", "en-US", "", "xx"), edgeText),
  });
  const activity = fc.tuple(options, fc.nat(8), anyText, nestedJson).map(([o, kind, text, value]) => {
    const withUrl: ActivityOptions = { ...o, serviceUrl };
    switch (kind) {
      case 0:
      case 1:
        return messageActivity(text, withUrl);
      case 2:
        return messageActivity(text, { ...withUrl, mention: true });
      case 3:
        return submitActivity(value, withUrl);
      case 4:
        return executeActivity(verbs[text.length % verbs.length] ?? "showHelp", value, withUrl);
      case 5:
        return searchExtensionQuery(text, withUrl);
      case 6:
        return meetingEndActivity(text, withUrl);
      case 7:
        return { ...messageActivity(text, withUrl), type: "conversationUpdate", membersAdded: [value] };
      default:
        return { ...messageActivity(text, withUrl), type: text.slice(0, 20) || "typing" };
    }
  });

  const rawBodyRequests = fc
    .record({
      route: fc.constantFrom("/api/messages", "/api/tab/feedback", "/api/tab/channel-unit"),
      body: fc.oneof(
        rawBodies,
        nestedJson.map((value) => JSON.stringify(value)),
      ),
      contentType: contentTypes,
    })
    .map(
      ({ route, body, contentType }): FuzzRequest => ({
        method: route === "/api/messages" ? "POST" : "PUT",
        path: route,
        body,
        contentType,
      }),
    );

  const mutatedActivities = fc
    .tuple(activity, activityMutations)
    .map(([base, mutations]) => post(mutate(base, mutations)));

  // A valid activity whose value is nested thousands deep.
  const deepActivities = fc.tuple(activity, deepJsonText).map(([base, deep]): FuzzRequest => {
    const marker = "__deep_value__";
    const body = JSON.stringify({ ...base, value: marker, channelData: marker });
    return { method: "POST", path: "/api/messages", body: body.replaceAll(`"${marker}"`, deep) };
  });

  const cardActions = fc
    .tuple(
      options,
      fc.oneof(fc.constantFrom(...verbs), edgeText),
      fc.oneof(nestedJson, feedbackData(edgeText)),
    )
    .chain(([o, verb, data]) =>
      fc
        .boolean()
        .map((asSubmit) =>
          post(
            asSubmit
              ? submitActivity(
                  { ...(typeof data === "object" ? data : { data }), verb },
                  { ...o, serviceUrl },
                )
              : executeActivity(verb, data, { ...o, serviceUrl }),
          ),
        ),
    );

  // 👍/👎 on an answer: passages that exist, that don't, and data of the wrong shape.
  const itemIds = strategy.items.map((item) => item.id);
  const ratings = fc
    .tuple(
      options,
      fc.record({
        rating: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("up", "down") }, nestedJson),
        answer: fc.oneof(
          {
            weight: 3,
            arbitrary: fc.record({
              itemId: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...itemIds) }, edgeText),
              paragraphIndexes: fc.oneof(
                { weight: 3, arbitrary: fc.constant([0]) },
                fc.array(fc.integer({ min: -1, max: 60 }), { maxLength: 4 }),
                nestedJson,
              ),
              relatedIds: fc.oneof(
                { weight: 3, arbitrary: fc.array(fc.constantFrom(...itemIds), { maxLength: 3 }) },
                fc.array(edgeText, { maxLength: 5 }),
              ),
            }),
          },
          nestedJson,
        ),
      }),
    )
    .map(([o, data]) => post(executeActivity("rateAnswer", data, { ...o, serviceUrl })));

  // Answers in the prompt's own conversation: some valid, so rows are written and can be checked.
  const homeFeedback = fc
    .tuple(fc.nat(promptIds.length - 1), fc.constantFrom(...fuzzUsers.home))
    .chain(([index, user]) =>
      fc
        .tuple(
          feedbackData(fc.constant(promptIds[index])),
          fc.constantFrom("submitFeedback", "editFeedback", "refreshFeedback"),
        )
        .map(([data, verb]) =>
          post(
            executeActivity(verb, data, {
              serviceUrl,
              conversationId: homeConversations[index],
              conversationType: "groupChat",
              from: user,
            }),
          ),
        ),
    );

  // The same prompt ids from people in other conversations, or in the right conversation of another tenant.
  const awayFeedback = fc
    .tuple(
      feedbackData(fc.constantFrom(...promptIds)),
      fc.constantFrom(...fuzzUsers.away),
      fc.oneof(fc.constantFrom(...awayConversations), fc.constantFrom(...homeConversations)),
      fc.constantFrom("submitFeedback", "editFeedback"),
    )
    .map(([data, user, conversation, verb]) => {
      const invoke = executeActivity(verb, data, { serviceUrl, conversationId: conversation, from: user });
      if (awayConversations.includes(conversation)) return post(invoke);
      return post(
        mutate(invoke, [
          { path: ["conversation", "tenantId"], kind: "set", value: otherTenant },
          { path: ["channelData", "tenant", "id"], kind: "set", value: otherTenant },
        ]),
      );
    });

  const searchQueries = fc
    .tuple(options, anyText, fc.oneof(fc.constantFrom("searchStrategy"), edgeText), nestedJson)
    .map(([o, text, commandId, parameters]) => {
      const query = searchExtensionQuery(text, { ...o, serviceUrl, commandId });
      return post(text.length % 3 === 0 ? { ...query, value: { ...query.value, parameters } } : query);
    });

  return fc.oneof(
    { weight: 2, arbitrary: rawBodyRequests },
    { weight: 5, arbitrary: mutatedActivities },
    { weight: 1, arbitrary: deepActivities },
    { weight: 3, arbitrary: cardActions },
    { weight: 1, arbitrary: ratings },
    { weight: 3, arbitrary: homeFeedback },
    { weight: 2, arbitrary: awayFeedback },
    { weight: 2, arbitrary: searchQueries },
    { weight: 4, arbitrary: tabRequests },
  );
}
