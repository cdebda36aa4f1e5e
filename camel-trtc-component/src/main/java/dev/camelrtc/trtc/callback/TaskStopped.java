package dev.camelrtc.trtc.callback;

/**
 * Event 902 (AI services) or 1402 (cloud transcription): the task stopped. {@code leaveCode} says why (see Tencent's
 * server callback page for its values); null when the payload has none.
 */
public record TaskStopped(int eventGroupId, int eventType, String taskId, String roomId, long eventMsTs,
                          Integer leaveCode)
        implements TrtcEvent {
}
