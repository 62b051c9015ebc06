import type { FeedbackRequest, MyAnswer } from "../api/tab-api-contract.ts";
import type { TabApi } from "./api-client.ts";
import { el, replaceChildren, uniqueId } from "./dom.ts";
import type { TabStrings } from "./tab-strings.ts";

/** What a feedback form is about and where its answer goes. */
export interface FeedbackFormOptions {
  t: TabStrings;
  api: TabApi;
  unitId: string;
  /** An item id, or `"unit"` for the page as a whole. */
  subjectId: string;
  legend: string;
  /** The person's earlier answer: the form starts from it and says it was received. */
  answer?: MyAnswer;
  /** Id of the page's note on anonymity, which every "anonymous" box refers to. */
  anonymityNoteId: string;
  /** Turns a failed save into the sentence to show. */
  describeError: (error: unknown) => string;
}

/** Longest comment the API takes (`FeedbackRequest.comment`). */
const maxCommentLength = 1000;

/**
 * A rating (1–5) with an optional comment, anonymous unless unticked. Saying it was received, and
 * any problem, goes to a polite live region; the person can change the answer as often as they like.
 */
export function feedbackForm(options: FeedbackFormOptions): HTMLFormElement {
  const { t, answer } = options;
  const name = uniqueId("rating");
  const commentId = uniqueId("comment");
  const radios = t.feedback.ratingMeanings.map((_meaning, index) =>
    el("input", { type: "radio", name, value: index + 1, checked: answer?.rating === index + 1 }),
  );
  const comment = el("textarea", { id: commentId, name: "comment", rows: 2, maxlength: maxCommentLength });
  comment.value = answer?.comment ?? "";
  const anonymous = el("input", {
    type: "checkbox",
    name: "anonymous",
    checked: answer?.anonymous ?? true,
    "aria-describedby": options.anonymityNoteId,
  });
  const submit = el("button", { type: "submit" }, answer ? t.feedback.update : t.feedback.send);
  const status = el("p", { role: "status", "aria-live": "polite", class: "success" });
  const received = el("p", { class: "muted" });
  const showReceived = (mine: MyAnswer) => {
    replaceChildren(received, t.feedback.yourAnswer(mine.rating, dayOf(mine.answeredAt, t)));
    submit.textContent = t.feedback.update;
  };
  if (answer) showReceived(answer);

  const form = el(
    "form",
    { class: "feedback", novalidate: true },
    el(
      "fieldset",
      {},
      el("legend", {}, options.legend),
      el(
        "div",
        { class: "ratings" },
        ...radios.map((radio, index) =>
          el("label", {}, radio, `${index + 1} – ${t.feedback.ratingMeanings[index]}`),
        ),
      ),
    ),
    el("div", { class: "field" }, el("label", { for: commentId }, t.feedback.comment), comment),
    el("label", { class: "checkbox" }, anonymous, t.feedback.anonymous),
    received,
    el("div", { class: "actions" }, submit, status),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const rating = Number(radios.find((radio) => radio.checked)?.value);
    if (!(rating >= 1 && rating <= 5)) {
      showStatus(status, t.feedback.ratingMissing, "error");
      radios[0]?.focus();
      return;
    }
    const request: FeedbackRequest = {
      unitId: options.unitId,
      subjectId: options.subjectId,
      rating: rating as FeedbackRequest["rating"],
      anonymous: anonymous.checked,
      ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
    };
    submit.disabled = true;
    options.api
      .saveFeedback(request)
      .then((saved) => {
        showReceived(saved.answer);
        showStatus(status, t.feedback.received, "success");
      })
      .catch((error: unknown) => {
        showStatus(status, t.feedback.notSaved(options.describeError(error)), "error");
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function showStatus(status: HTMLElement, text: string, kind: "success" | "error"): void {
  status.className = kind;
  // Emptying first makes a screen reader announce the same sentence again on a second save.
  status.textContent = "";
  setTimeout(() => {
    status.textContent = text;
  }, 50);
}

/** An answer's ISO time as a day in the UI's language. */
function dayOf(iso: string, t: TabStrings): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(t.numberLocale, { day: "numeric", month: "long", year: "numeric" });
}
