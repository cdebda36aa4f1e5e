package dev.camelrtc.support.tasks;

/**
 * The cloud-neutral state of a task, set as header {@code CamelRtcTaskState} by both components' consumers so that a
 * route can treat Tencent and Alibaba tasks alike.
 */
public enum TaskState {
    /** Created but not transcribing yet (TRTC Idle, Preparing). */
    PENDING,
    /** Transcribing (TRTC InProgress, Alibaba running). */
    RUNNING,
    /** Stopped, exited, or gone from the API: the last event of the task. */
    ENDED;

    /** Header with the normalized state, the same for every vendor. */
    public static final String HEADER = "CamelRtcTaskState";
}
