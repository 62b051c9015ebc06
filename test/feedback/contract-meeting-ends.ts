import { describe, expect, it } from "vitest";
import type { MeetingEnd } from "../../core/feedback/feedback-store.ts";
import { type MakeStore, minutesAfterStart, useFreshStore } from "./contract-fixtures.ts";

const end: MeetingEnd = {
  conversationId: "19:meeting_abc@thread.v2",
  meetingId: "MCMxOTptZWV0aW5n",
  endTime: "2025-03-10T11:00:00.000Z",
};

/** Meeting ends acted on once: the first claim wins, also when several arrive at the same moment. */
export function meetingEndContract(makeStore: MakeStore): void {
  describe("meeting ends", () => {
    const store = useFreshStore(makeStore);

    it("grants the first claim of a meeting end and refuses the same end again", async () => {
      expect(await store().claimMeetingEnd(end, minutesAfterStart(0))).toBe(true);
      expect(await store().claimMeetingEnd(end, minutesAfterStart(1))).toBe(false);
      // The same meeting ending again later (a recurring meeting's next end), or elsewhere, is new.
      const later = { ...end, endTime: "2025-03-17T11:00:00.000Z" };
      expect(await store().claimMeetingEnd(later, minutesAfterStart(2))).toBe(true);
      const elsewhere = { ...end, conversationId: "19:meeting_other@thread.v2" };
      expect(await store().claimMeetingEnd(elsewhere, minutesAfterStart(2))).toBe(true);
    });

    it("grants exactly one of ten simultaneous claims", async () => {
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => store().claimMeetingEnd(end, minutesAfterStart(0))),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it("forgets meeting ends claimed before a time, and only those, so the table does not grow for ever", async () => {
      const later = { ...end, endTime: "2025-03-17T11:00:00.000Z" };
      expect(await store().claimMeetingEnd(end, minutesAfterStart(0))).toBe(true);
      expect(await store().claimMeetingEnd(later, minutesAfterStart(30))).toBe(true);
      expect(await store().forgetMeetingEndsBefore(minutesAfterStart(10))).toBe(1);
      expect(await store().claimMeetingEnd(later, minutesAfterStart(31))).toBe(false);
      expect(await store().claimMeetingEnd(end, minutesAfterStart(31))).toBe(true);
    });

    it("grants a claim again once it is released", async () => {
      expect(await store().claimMeetingEnd(end, minutesAfterStart(0))).toBe(true);
      await store().releaseMeetingEnd(end);
      expect(await store().claimMeetingEnd(end, minutesAfterStart(1))).toBe(true);
    });
  });
}
