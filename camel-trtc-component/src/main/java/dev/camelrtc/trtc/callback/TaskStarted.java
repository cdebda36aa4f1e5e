package dev.camelrtc.trtc.callback;

/** Event 901 (AI services) or 1401 (cloud transcription): the task started, or failed to. */
public record TaskStarted(int eventGroupId, int eventType, String taskId, String roomId, long eventMsTs, int status)
        implements TrtcEvent {

    /** Whether the task is running: Status 0; Status 1 means it failed to start. */
    public boolean started() {
        return status == 0;
    }
}
