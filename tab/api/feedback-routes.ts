import { z } from "zod";
import { AppError } from "../../core/errors.ts";
import { ratableSubjects } from "./feedback-subjects.ts";
import { jsonBody, unitScope } from "./request-input.ts";
import { withStore } from "./store-failure.ts";
import { unitView } from "./strategy-views.ts";
import type { FeedbackSavedResponse, MyFeedbackResponse } from "./tab-api-contract.ts";
import { myTabAnswers, saveTabAnswer, type TabFeedbackDeps } from "./tab-feedback.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/** Longest comment, in characters as the page's text box counts them (UTF-16 code units). */
export const maxCommentLength = 1000;

/** `FeedbackRequest` as it must arrive: exact fields (an unknown one, say a name, is refused), exact types. */
const feedbackRequestSchema = z.strictObject({
  unitId: z.string().max(100),
  subjectId: z.string().max(200),
  rating: z.literal([1, 2, 3, 4, 5]),
  comment: z.string().max(maxCommentLength).optional(),
  anonymous: z.boolean().optional(),
});

/**
 * `GET /api/tab/feedback?unit=<id>|all` (the caller's own answers, so the page shows "received") and
 * `PUT /api/tab/feedback` (a rating, one per person per unit and subject; a new one replaces the old).
 * The whole-strategy page (`all`) has nothing to rate, so its answers are always empty.
 */
export function feedbackRoutes(context: TabRouteContext): TabRoute[] {
  const deps: TabFeedbackDeps = {
    strategy: context.strategy,
    store: context.store,
    secret: context.config.feedback.secret,
    now: context.now,
  };
  return [
    {
      method: "get",
      path: "/api/tab/feedback",
      handler: async function myFeedback(req, res) {
        const caller = await context.caller(req, res);
        const scope = unitScope(context.strategy, req);
        const answers =
          scope.kind === "all"
            ? []
            : await withStore(context.logger, () => myTabAnswers(deps, caller, scope.unit));
        const response: MyFeedbackResponse = {
          unitId: scope.kind === "all" ? "all" : scope.unit.id,
          answers,
        };
        res.header("Cache-Control", "no-store");
        res.send(response);
      },
    },
    {
      method: "put",
      path: "/api/tab/feedback",
      handler: async function saveFeedback(req, res) {
        const caller = await context.caller(req, res);
        await context.throttle(caller, res);
        const body = jsonBody(req, feedbackRequestSchema);
        const unit = context.strategy.unitById.get(body.unitId);
        if (!unit) throw new AppError(400, "tab: unitId: no such unit");
        const subject = ratableSubjects(unitView(context.strategy, unit)).find(
          (candidate) => candidate.id === body.subjectId,
        );
        if (!subject) throw new AppError(400, "tab: subjectId: not something to rate on this unit's page");
        // Control characters other than line breaks and tabs become spaces, as in chat (PostgreSQL refuses NUL).
        const comment = body.comment?.replace(/(?![\t\n\r])\p{Cc}/gu, " ").trim();
        const rating = {
          subject,
          rating: body.rating,
          anonymous: body.anonymous ?? true,
          ...(comment ? { comment } : {}),
        };
        const saved = await withStore(context.logger, () => saveTabAnswer(deps, caller, unit, rating));
        const response: FeedbackSavedResponse = { saved: true, ...saved };
        res.header("Cache-Control", "no-store");
        res.send(response);
      },
    },
  ];
}
