/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
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
