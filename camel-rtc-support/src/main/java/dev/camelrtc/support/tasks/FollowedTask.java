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

import java.util.Map;

/**
 * The tracker's record of one task. Kept small: following 10,000 tasks must stay cheap. Guarded by the tracker.
 */
final class FollowedTask {

    final String taskId;
    /** What the describe call needs besides the task id, e.g. SdkAppId. */
    final Map<String, String> attributes;
    /** Last status delivered by a successful exchange (null: never delivered). */
    String deliveredStatus;
    /** Status of the event handed out and not yet completed; while set, the task gets no other event. */
    String inFlightStatus;
    /** The delivered status is not in the store yet: the task gets no event until it is. */
    boolean deliveredUnrecorded;
    long lastPolledNanos;
    long notBeforeNanos;
    int failureStreak;
    long failingSinceNanos;
    boolean failureReported;
    long notFoundSinceNanos;

    FollowedTask(String taskId, Map<String, String> attributes) {
        this.taskId = taskId;
        this.attributes = attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }
}
