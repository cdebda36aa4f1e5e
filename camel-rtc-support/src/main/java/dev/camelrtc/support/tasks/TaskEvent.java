package dev.camelrtc.support.tasks;

/**
 * One exchange's worth of news about a task: first seen, a status change, or its end.
 *
 * @param previousStatus the last status delivered for the task, null when first seen
 */
public record TaskEvent(String taskId, String status, String previousStatus, TaskState state, boolean ended,
                        Object body, String requestId) {
}
