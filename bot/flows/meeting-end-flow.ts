import type { TurnContext } from "botbuilder";
import { z } from "zod";
import type { MeetingEnd } from "../../core/feedback/feedback-store.ts";
import type { BotContext } from "./bot-context.ts";
import type { TurnInfo } from "./turn-info.ts";

/**
 * The value of Teams' `application/vnd.microsoft.meetingEnd` event. Teams sends its fields as null at
 * times (a channel meeting without a title, an ad-hoc call without a type), so each may be missing;
 * only a wrong type is refused. botbuilder's own reader requires all five, so this one replaces it.
 */
export const meetingEndValue = z
  .object({
    Id: z.string().max(1000).nullish(),
    JoinUrl: z.string().nullish(),
    MeetingType: z.string().nullish(),
    Title: z.string().nullish(),
    EndTime: z.string().nullish(),
  })
  .nullish();

/** What the bot reads from a meeting end: which meeting, when it ended, and its title if any. */
export interface MeetingEndEvent {
  meetingId?: string;
  /** The end time as an ISO string when Teams sent a readable one, else what it sent (or ""). */
  endTime: string;
  title?: string;
}

/** Reads a meeting end event; the meeting id falls back to `channelData.meeting.id`. */
export function readMeetingEnd(activity: TurnContext["activity"]): MeetingEndEvent {
  const value = meetingEndValue.safeParse(activity.value).data ?? {};
  const meetingInChannelData = (activity.channelData as { meeting?: { id?: unknown } } | undefined)?.meeting
    ?.id;
  const meetingId = value.Id || (typeof meetingInChannelData === "string" ? meetingInChannelData : undefined);
  const ended = new Date(value.EndTime ?? "");
  return {
    ...(meetingId ? { meetingId } : {}),
    endTime: Number.isNaN(ended.getTime()) ? (value.EndTime ?? "").slice(0, 100) : ended.toISOString(),
    ...(value.Title?.trim() ? { title: value.Title } : {}),
  };
}

/**
 * Runs `open` once per meeting end: Teams may deliver the same end twice, to any instance, so the store
 * (one row per conversation, meeting and end time) decides who acts. If `open` fails the claim is given
 * back, so Teams' retry is not lost. An end without a meeting id cannot be recognised again; it is acted on.
 */
export async function oncePerMeetingEnd(
  bot: BotContext,
  turn: TurnInfo,
  event: MeetingEndEvent,
  open: () => Promise<void>,
): Promise<void> {
  const end: MeetingEnd | undefined = event.meetingId
    ? { conversationId: turn.conversationId, meetingId: event.meetingId, endTime: event.endTime }
    : undefined;
  if (end && !(await bot.store.claimMeetingEnd(end, bot.now()))) {
    bot.logger.info("bot: meeting end delivered again; no second prompt");
    return;
  }
  try {
    await open();
  } catch (error) {
    if (end)
      await bot.store
        .releaseMeetingEnd(end)
        .catch((releaseError: Error) =>
          bot.logger.error(
            { err: { name: releaseError.name, message: releaseError.message } },
            "bot: could not release a meeting end; a redelivery of it will post nothing",
          ),
        );
    throw error;
  }
}
