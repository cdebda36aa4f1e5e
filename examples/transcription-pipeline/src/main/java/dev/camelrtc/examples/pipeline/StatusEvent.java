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
package dev.camelrtc.examples.pipeline;

import java.time.Instant;

import org.apache.camel.Message;

/**
 * One task status change as the pipeline publishes it to Kafka and JMS (as JSON): which cloud, which task, the
 * cloud's own status, and the cloud-neutral state PENDING, RUNNING or ENDED.
 */
public record StatusEvent(String vendor, String taskId, String status, String previousStatus, String state,
        boolean ended, String observedAt) {

    public static final String TRTC = "trtc";
    public static final String ALILIVE = "alilive";

    /** The cloud-neutral state header both components' consumers set. */
    public static final String STATE_HEADER = "CamelRtcTaskState";

    /**
     * Reads the headers of a {@code trtc:} or {@code alilive:} consumer exchange: {@code Camel<Vendor>TaskId},
     * {@code Camel<Vendor>Status}, {@code Camel<Vendor>PreviousStatus}, {@code Camel<Vendor>TaskEnded} and
     * {@code CamelRtcTaskState}.
     */
    public static StatusEvent from(String vendor, Message message) {
        String prefix = TRTC.equals(vendor) ? "CamelTrtc" : "CamelAlilive";
        String state = message.getHeader(STATE_HEADER, String.class);
        Boolean ended = message.getHeader(prefix + "TaskEnded", Boolean.class);
        return new StatusEvent(vendor, message.getHeader(prefix + "TaskId", String.class),
                message.getHeader(prefix + "Status", String.class),
                message.getHeader(prefix + "PreviousStatus", String.class), state,
                Boolean.TRUE.equals(ended) || "ENDED".equals(state), Instant.now().toString());
    }
}
