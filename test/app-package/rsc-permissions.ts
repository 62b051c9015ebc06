/**
 * The resource-specific consent (RSC) permissions Microsoft documents, and which types each supports,
 * from "Resource-specific consent for your Teams app" (learn.microsoft.com/microsoftteams/platform/
 * graph-api/rsc/resource-specific-consent, updated 2025-02-20). The manifest schema accepts any string
 * as a permission name, so a typo would only surface when a team owner installs the app.
 */
export const documentedRscPermissions: Readonly<
  Record<string, { application: boolean; delegated: boolean }>
> = Object.fromEntries([
  // A team and its channels
  ...applicationOnly(
    "Channel.Create.Group",
    "Channel.Delete.Group",
    "ChannelMeeting.ReadBasic.Group",
    "ChannelMeetingParticipant.Read.Group",
    "ChannelMeetingRecording.Read.Group",
    "ChannelMeetingTranscript.Read.Group",
    "ChannelMeetingNotification.Send.Group",
    "ChannelMessage.Read.Group",
    "ChannelMessage.Send.Group",
    "ChannelSettings.Read.Group",
    "ChannelSettings.ReadWrite.Group",
    "TeamsActivity.Send.Group",
    "TeamsAppInstallation.Read.Group",
    "TeamMember.Read.Group",
    "TeamSettings.Read.Group",
    "TeamSettings.ReadWrite.Group",
    "TeamsTab.Create.Group",
    "TeamsTab.Delete.Group",
    "TeamsTab.Read.Group",
    "TeamsTab.ReadWrite.Group",
  ),
  ...delegatedOnly(
    "ChannelMeetingActiveSpeaker.Read.Group",
    "ChannelMeetingAudioVideo.Stream.Group",
    "ChannelMeetingIncomingAudio.Detect.Group",
    "ChannelMeetingStage.Write.Group",
    "InAppPurchase.Allow.Group",
    "LiveShareSession.ReadWrite.Group",
    "MeetingParticipantReaction.Read.Group",
  ),
  // A chat and the meetings associated with it
  ...applicationOnly(
    "Calls.AccessMedia.Chat",
    "Calls.JoinGroupCalls.Chat",
    "ChatSettings.Read.Chat",
    "ChatSettings.ReadWrite.Chat",
    "ChatMessage.Read.Chat",
    "ChatMessageReadReceipt.Read.Chat",
    "ChatMember.Read.Chat",
    "Chat.Manage.Chat",
    "TeamsTab.Read.Chat",
    "TeamsTab.Create.Chat",
    "TeamsTab.Delete.Chat",
    "TeamsTab.ReadWrite.Chat",
    "TeamsAppInstallation.Read.Chat",
    "TeamsActivity.Send.Chat",
    "OnlineMeetingTranscript.Read.Chat",
    "OnlineMeeting.ReadBasic.Chat",
    "OnlineMeetingRecording.Read.Chat",
    "OnlineMeetingNotification.Send.Chat",
  ),
  ...delegatedOnly(
    "InAppPurchase.Allow.Chat",
    "LiveShareSession.ReadWrite.Chat",
    "MeetingStage.Write.Chat",
    "MeetingParticipantReaction.Read.Chat",
    "OnlineMeetingIncomingAudio.Detect.Chat",
    "OnlineMeetingActiveSpeaker.Read.Chat",
    "OnlineMeetingAudioVideo.Stream.Chat",
    "OnlineMeetingParticipant.ToggleIncomingAudio.Chat",
  ),
  ["OnlineMeetingParticipant.Read.Chat", { application: true, delegated: true }],
  // A user
  ...delegatedOnly(
    "CameraStream.Read.User",
    "InAppPurchase.Allow.User",
    "MicrophoneStream.Read.User",
    "MeetingParticipantReaction.Read.User",
    "OutgoingVideoStream.Write.User",
  ),
  ...applicationOnly("TeamsActivity.Send.User", "TeamsAppInstallation.Read.User"),
]);

function applicationOnly(...names: string[]) {
  return names.map((name) => [name, { application: true, delegated: false }] as const);
}

function delegatedOnly(...names: string[]) {
  return names.map((name) => [name, { application: false, delegated: true }] as const);
}
