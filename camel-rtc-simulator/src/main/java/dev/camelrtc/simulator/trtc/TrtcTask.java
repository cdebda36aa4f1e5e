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
package dev.camelrtc.simulator.trtc;

import java.time.Duration;
import java.time.Instant;

import dev.camelrtc.simulator.SimulatorTimings;

/**
 * One simulated TRTC task. Its status is derived from the clock: started → (preparingAfter) → (inProgressAfter)
 * running → ended (Stop/Delete or MaxIdleTime without publishers) → gone after stoppedGrace.
 */
public final class TrtcTask {

    /** The three task families and their status names. */
    public enum Family {
        AI_TRANSCRIPTION("Idle", "Preparing", "InProgress", "Stopped"),
        AI_CONVERSATION("Idle", "Preparing", "InProgress", "Stopped"),
        /** Cloud transcription 2.0 has no Preparing state: Idle → InProgress → Exited. */
        CLOUD_TRANSCRIPTION("Idle", "Idle", "InProgress", "Exited");

        private final String starting;
        private final String preparing;
        private final String running;
        private final String ended;

        Family(String starting, String preparing, String running, String ended) {
            this.starting = starting;
            this.preparing = preparing;
            this.running = running;
            this.ended = ended;
        }
    }

    enum Phase { STARTING, PREPARING, RUNNING, ENDED, GONE }

    /**
     * Why a task ended, as the {@code LeaveCode} of its 902 callback (trtc.io/document/68331): 0 the stop API was
     * called, 2 the user dissolved the room, 99 no user stream but the bot's in the room until the idle time passed.
     * (Also documented, not simulated: 1 the user removed the bot, 3/4 the TRTC server removed the bot / dissolved the
     * room, 98 internal error.)
     */
    static final int LEAVE_STOP_CALLED = 0;
    static final int LEAVE_ROOM_DISSOLVED = 2;
    static final int LEAVE_IDLE_TIMEOUT = 99;

    private final String taskId;
    private final Family family;
    private final long sdkAppId;
    private final String roomId;
    private final long roomIdType;
    private final String sessionId;
    private final String dedupKey;
    private final Instant createdAt;
    /** {@code createdAt} as an AI task's StartTime: formatted once, not on every describe. */
    private final String aiStartTime;
    private final Duration maxIdle;
    private Instant endedAt;
    private int leaveCode;
    private volatile String robotUserId;

    TrtcTask(String taskId, Family family, long sdkAppId, String roomId, long roomIdType, String sessionId,
             String dedupKey,
             Instant createdAt, Duration maxIdle) {
        this.taskId = taskId;
        this.family = family;
        this.sdkAppId = sdkAppId;
        this.roomId = roomId;
        this.roomIdType = roomIdType;
        this.sessionId = sessionId;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
        this.aiStartTime = TrtcBody.aiStartTime(createdAt);
        this.maxIdle = maxIdle;
    }

    public String taskId() {
        return taskId;
    }

    public Family family() {
        return family;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public String roomId() {
        return roomId;
    }

    /** 0 numeric room id, 1 string room id. */
    public long roomIdType() {
        return roomIdType;
    }

    /** SessionId given at start, or null. */
    public String sessionId() {
        return sessionId;
    }

    String dedupKey() {
        return dedupKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    String aiStartTime() {
        return aiStartTime;
    }

    Duration maxIdle() {
        return maxIdle;
    }

    Instant endedAt() {
        return endedAt;
    }

    void end(Instant at, int leaveCode) {
        if (endedAt == null) {
            endedAt = at;
            this.leaveCode = leaveCode;
        }
    }

    /** The LeaveCode of the end (meaningful once ended). */
    int leaveCode() {
        return leaveCode;
    }

    /** The bot's user id ({@code TranscriptionParam.UserId} of a cloud transcription), or null. */
    String robotUserId() {
        return robotUserId;
    }

    void robotUserId(String userId) {
        this.robotUserId = userId;
    }

    Instant runningAt(SimulatorTimings timings) {
        return createdAt.plus(timings.inProgressAfter());
    }

    Phase phase(Instant now, SimulatorTimings timings) {
        if (endedAt != null) {
            return now.isBefore(endedAt.plus(timings.stoppedGrace())) ? Phase.ENDED : Phase.GONE;
        }
        if (now.isBefore(createdAt.plus(timings.preparingAfter()))) {
            return Phase.STARTING;
        }
        return now.isBefore(runningAt(timings)) ? Phase.PREPARING : Phase.RUNNING;
    }

    /** The API's status string at {@code now}. */
    String status(Instant now, SimulatorTimings timings) {
        return switch (phase(now, timings)) {
            case STARTING -> family.starting;
            case PREPARING -> family.preparing;
            case RUNNING -> family.running;
            case ENDED, GONE -> family.ended;
        };
    }
}
