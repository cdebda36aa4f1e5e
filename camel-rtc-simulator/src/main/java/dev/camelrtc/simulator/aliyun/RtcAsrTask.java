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
package dev.camelrtc.simulator.aliyun;

import java.time.Instant;
import java.util.Map;

import dev.camelrtc.simulator.SimulatorTimings;

/**
 * One simulated RtcAsr task. The status integers are undocumented by Alibaba (the docs only show 1 for a running
 * task); the simulator defines them here, in this one place:
 * <ul>
 * <li>{@link #STARTING} 0: created, not yet running (until {@code inProgressAfter})</li>
 * <li>{@link #RUNNING} 1: running</li>
 * <li>{@link #STOPPED} 2: stopped (StopRtcAsrTask, or AutoTerminateDelay elapsed); stays queryable by TaskId until
 * DeleteRtcAsrTask, but is no longer in the "running tasks" listing</li>
 * </ul>
 */
public final class RtcAsrTask {

    public static final int STARTING = 0;
    public static final int RUNNING = 1;
    public static final int STOPPED = 2;

    private final String taskId;
    private final String owner;
    private final Map<String, String> params;
    private final Instant createdAt;
    private final Long autoTerminateApiSeconds;
    private Instant stoppedAt;

    RtcAsrTask(String taskId, String owner, Map<String, String> params, Instant createdAt,
               Long autoTerminateApiSeconds) {
        this.taskId = taskId;
        this.owner = owner;
        this.params = Map.copyOf(params);
        this.createdAt = createdAt;
        this.autoTerminateApiSeconds = autoTerminateApiSeconds;
    }

    public String taskId() {
        return taskId;
    }

    /** AccessKeyId that created the task. */
    public String owner() {
        return owner;
    }

    /** The create request's parameters. */
    Map<String, String> params() {
        return params;
    }

    Instant createdAt() {
        return createdAt;
    }

    void stop(Instant now, SimulatorTimings timings) {
        if (stoppedAt(now, timings) == null) {
            stoppedAt = now;
        }
    }

    /** When the task stopped (explicitly or by auto-termination), or null when it still runs at {@code now}. */
    Instant stoppedAt(Instant now, SimulatorTimings timings) {
        if (stoppedAt != null) {
            return stoppedAt;
        }
        if (autoTerminateApiSeconds != null) {
            Instant auto = runningAt(timings).plus(timings.apiSeconds(autoTerminateApiSeconds));
            if (!auto.isAfter(now)) {
                return auto;
            }
        }
        return null;
    }

    Instant runningAt(SimulatorTimings timings) {
        return createdAt.plus(timings.inProgressAfter());
    }

    int status(Instant now, SimulatorTimings timings) {
        if (stoppedAt(now, timings) != null) {
            return STOPPED;
        }
        return now.isBefore(runningAt(timings)) ? STARTING : RUNNING;
    }

    /** Time of the last status change. */
    Instant updatedAt(Instant now, SimulatorTimings timings) {
        Instant stopped = stoppedAt(now, timings);
        if (stopped != null) {
            return stopped;
        }
        return now.isBefore(runningAt(timings)) ? createdAt : runningAt(timings);
    }
}
