package dev.camelrtc.support.tasks;

/** How a vendor's task statuses map to {@link TaskState}s. */
@FunctionalInterface
public interface TaskStatusModel {

    /** The status reported for a task the API no longer knows (after it was seen, or never found). */
    String NOT_FOUND = "NotFound";

    TaskState stateOf(String status);

    default boolean isTerminal(String status) {
        return stateOf(status) == TaskState.ENDED;
    }
}
