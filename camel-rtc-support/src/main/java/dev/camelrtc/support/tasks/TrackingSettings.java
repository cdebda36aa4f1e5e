package dev.camelrtc.support.tasks;

import java.time.Duration;

/**
 * How a consumer follows tasks.
 *
 * @param emitOnEveryPoll     one exchange per poll of a task, not only per status change
 * @param notFoundGrace       how long a task that was never seen may be unknown to the API before it is given up
 *                            (a task just started may not be visible to Describe at once)
 * @param backoffBase         first wait before a task that could not be read is polled again; doubles per failure
 * @param backoffMax          longest wait between polls of a failing task
 * @param reportUnreadableAfter a task that could not be read for this long is reported to the consumer's exception
 *                            handler (once per failure streak) and still followed
 */
public record TrackingSettings(boolean emitOnEveryPoll, Duration notFoundGrace, Duration backoffBase,
                               Duration backoffMax, Duration reportUnreadableAfter) {
}
