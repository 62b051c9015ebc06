import type { UiText } from "../../core/i18n/ui-text.ts";
import type { FeedbackRequest, MyAnswer } from "../api/tab-api-contract.ts";
import type { TabApi } from "./api-client.ts";
import { el, replaceChildren, uniqueId } from "./dom.ts";
import { alertBox } from "./error-text.ts";

/** What a rating row is about and where its answer goes. */
export interface RatingRowOptions {
  t: UiText;
  api: TabApi;
  unitId: string;
  /** An item id, or `"unit"` for the page as a whole. */
  subjectId: string;
  /** What is rated, for screen readers: "Din vurdering af „Sund drift“". */
  legend: string;
  /** The question shown before the choices: "Hvor godt er initiativet?". */
  question: string;
  /** The person's earlier answer: the row starts from it and says it was received. */
  answer?: MyAnswer;
  /** Id of the page's note on anonymity, which every "anonymous" box refers to. */
  anonymityNoteId: string;
  /** Turns a failed save into the sentence to show. */
  describeError: (error: unknown) => string;
}

/** Longest comment the API takes (`FeedbackRequest.comment`). */
const maxCommentLength = 1000;
/** Arrow keys move through the choices one by one; only the one the person stops at is saved. */
const settleMs = 400;

/**
 * One row of five choices (1–5) under an initiative, saved as soon as one is picked, as in Viva Pulse
 * and Polly; a comment only when the person opens "Add a comment" (then one button saves both). One answer per person: picking
 * again, or saving a comment, replaces it (the comment and anonymity go along with a new rating).
 * "Received" goes to a polite live region; a problem is an alert, the same red bar as every error.
 */
export function ratingRow(options: RatingRowOptions): HTMLFormElement {
  const { t } = options;
  let answer = options.answer;
  const name = uniqueId("rating");
  const commentId = uniqueId("comment");
  const radios = t.shared.questions.initiativeQuality.scale.map((_meaning, index) =>
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
  const commentArea = el(
    "div",
    { class: "comment-area", id: uniqueId("comment-area"), hidden: !answer?.comment },
    el("div", { class: "field" }, el("label", { for: commentId }, t.shared.commentOptional), comment),
    el("label", { class: "checkbox" }, anonymous, t.shared.answerAnonymously),
    el("button", { type: "submit", class: "primary" }, t.tab.feedback.saveComment),
  );
  const toggle = el(
    "button",
    {
      type: "button",
      class: "link-button",
      "aria-expanded": String(!commentArea.hidden),
      "aria-controls": commentArea.id,
    },
    answer?.comment ? t.tab.feedback.editComment : t.tab.feedback.addComment,
  );
  toggle.addEventListener("click", () => {
    commentArea.hidden = !commentArea.hidden;
    toggle.setAttribute("aria-expanded", String(!commentArea.hidden));
    if (!commentArea.hidden) comment.focus();
  });
  const status = el("p", { role: "status", "aria-live": "polite", class: "row-status" });
  const problem = el("div", { class: "row-problem" });
  const showError = (text: string) => replaceChildren(problem, alertBox(text));
  const showAnswer = (mine: MyAnswer | undefined, saved: boolean) => {
    if (!mine) return;
    replaceChildren(
      status,
      saved ? el("span", { class: "success" }, `${t.tab.feedback.received}. `) : null,
      t.tab.feedback.yourAnswer(mine.rating, dayOf(mine.answeredAt, t)),
    );
  };
  showAnswer(answer, false);

  const form = el(
    "form",
    { class: "rating-row", novalidate: true },
    el(
      "fieldset",
      {},
      el("legend", { class: "visually-hidden" }, options.legend),
      el("span", { class: "question", "aria-hidden": "true" }, options.question),
      el(
        "div",
        { class: "choices" },
        ...radios.map((radio, index) =>
          el(
            "label",
            { class: "choice" },
            radio,
            el("span", { class: "choice-number" }, `${index + 1} – `),
            el("span", { class: "choice-text" }, t.shared.questions.initiativeQuality.scale[index]),
          ),
        ),
      ),
    ),
    el("div", { class: "row-actions" }, toggle, status),
    problem,
    commentArea,
  );
  const save = () => {
    const rating = Number(radios.find((radio) => radio.checked)?.value);
    if (!(rating >= 1 && rating <= 5)) {
      showError(t.tab.feedback.notSaved(t.shared.ratingMissing));
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
    options.api
      .saveFeedback(request)
      .then((saved) => {
        answer = saved.answer;
        replaceChildren(problem);
        // Emptied first, so a screen reader announces "received" again on a second save.
        replaceChildren(status);
        setTimeout(() => showAnswer(answer, true), 50);
        if (answer.comment) toggle.textContent = t.tab.feedback.editComment;
      })
      .catch((error: unknown) => showError(t.tab.feedback.notSaved(options.describeError(error))));
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  for (const radio of radios)
    radio.addEventListener("change", () => {
      clearTimeout(pending);
      // With the comment open, the person saves rating and comment together with the button.
      if (!commentArea.hidden) return;
      pending = setTimeout(save, settleMs);
    });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pending);
    save();
  });
  return form;
}

/** An answer's ISO time as a day in the UI's language. */
function dayOf(iso: string, t: UiText): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(t.shared.numberLocale, { day: "numeric", month: "long", year: "numeric" });
}
