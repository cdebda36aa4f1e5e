package dev.camelrtc.trtc.callback;

/**
 * A TRTC AI-service server callback the consumer recognised; its fields are those of the callback's {@code EventInfo}
 * and {@code Payload}. Event types without a type of their own arrive as the callback's JSON (a Jackson JsonNode).
 */
public sealed interface TrtcEvent permits TaskStarted, TaskStopped, Sentence {

    /** 9 for the AI services (AI transcription, AI conversation), 14 for cloud transcription. */
    int eventGroupId();

    int eventType();

    String taskId();

    String roomId();

    /** When the event happened, epoch milliseconds. */
    long eventMsTs();
}
