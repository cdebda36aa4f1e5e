package dev.camelrtc.support.tasks;

/** The vendor's header names a task consumer sets on each exchange. */
public record TaskHeaders(String taskId, String status, String previousStatus, String taskEnded, String requestId) {
}
