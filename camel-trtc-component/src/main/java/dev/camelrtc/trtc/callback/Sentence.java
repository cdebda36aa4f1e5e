package dev.camelrtc.trtc.callback;

/**
 * Event 903 (AI services) or 1403 (cloud transcription): one complete sentence of a user (in an AI conversation also
 * a complete reply of the AI), with its start and end in milliseconds and the conversation round it belongs to.
 */
public record Sentence(int eventGroupId, int eventType, String taskId, String roomId, long eventMsTs, String userId,
                       String text, Long startTimeMs, Long endTimeMs, String roundId)
        implements TrtcEvent {
}
