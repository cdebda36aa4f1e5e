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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.ApiError;

/**
 * All TRTC tasks of the simulator (one account: tasks are not separated by SecretId). Before every operation the
 * registry "settles" the clock: tasks whose MaxIdleTime passed while their room had no publishers end at that moment,
 * and tasks past stoppedGrace are forgotten. Rooms count as empty unless marked occupied through
 * {@link #setRoomOccupied}.
 */
public final class TrtcTaskRegistry {

    private static final String TASK_ID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";

    private final Map<String, TrtcTask> tasks = new LinkedHashMap<>();
    /** room key → the instant its last publisher left (absent = empty since forever, unless occupied). */
    private final Map<String, Instant> emptySince = new HashMap<>();
    private final Set<String> occupiedRooms = new HashSet<>();
    private final SimulatorTimings timings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TrtcTaskRegistry(SimulatorTimings timings, Clock clock) {
        this.timings = timings;
        this.clock = clock;
    }

    /**
     * A snapshot of one task for listings. {@code runningAt}: when it reaches (or reached) its running status;
     * {@code endedAt}: when it ended, or null; {@code leaveCode}: why ({@link TrtcTask#LEAVE_STOP_CALLED} …), when ended.
     */
    public record TaskView(String family, String taskId, String status, long sdkAppId, String roomId,
                           long roomIdType, String sessionId, Instant runningAt, Instant endedAt, int leaveCode,
                           String robotUserId) {
    }

    SimulatorTimings timings() {
        return timings;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Creates a task unless a live one (not yet Stopped/Exited) has the same dedup key: then
     * {@code FailedOperation.TaskExist}.
     */
    synchronized TrtcTask start(TrtcTask.Family family, long sdkAppId, String roomId, long roomIdType,
                                String sessionId, String dedupKey, Duration maxIdle) {
        Instant now = settle();
        for (TrtcTask t : tasks.values()) {
            if (t.endedAt() == null && t.dedupKey().equals(dedupKey)) {
                throw new ApiError("FailedOperation.TaskExist", "Task already exists: " + t.taskId());
            }
        }
        TrtcTask task = new TrtcTask(newTaskId(), family, sdkAppId, roomId, roomIdType, sessionId, dedupKey, now,
                maxIdle);
        tasks.put(task.taskId(), task);
        return task;
    }

    /**
     * Starts a task in the room of a start request's body (SdkAppId, RoomId, RoomIdType): one live task per
     * SessionId when {@code sessionId} is given, else per room and {@code inRoom}, what tells two tasks of a room
     * apart (e.g. {@code "|bot|" + UserId}).
     */
    TrtcTask startInRoom(TrtcTask.Family family, JsonNode body, String sessionId, String inRoom, long maxIdleSeconds) {
        long sdkAppId = body.get("SdkAppId").asLong();
        String roomId = TrtcBody.text(body, "RoomId");
        long roomIdType = TrtcBody.longOr(body, "RoomIdType", 0);
        String dedupKey = sessionId != null && !sessionId.isEmpty()
                ? family + "|" + sdkAppId + "|session|" + sessionId
                : family + "|" + sdkAppId + "|room|" + roomIdType + "|" + roomId + inRoom;
        return start(family, sdkAppId, roomId, roomIdType, sessionId, dedupKey, timings.apiSeconds(maxIdleSeconds));
    }

    /** The visible task of that family and id, else {@code FailedOperation.TaskNotExist}. */
    synchronized TrtcTask get(TrtcTask.Family family, String taskId) {
        // only the task asked for: a describe costs O(1), not O(tasks) (issue 12). The same as settling them all,
        // since a task's idle expiry depends on its own room only and every change of a room settles all first
        TrtcTask t = tasks.get(taskId);
        if (t != null && settle(t, now())) {
            tasks.remove(taskId);
            t = null;
        }
        if (t == null || t.family() != family) {
            throw taskNotExist(taskId);
        }
        return t;
    }

    /** The newest visible task of that family with SdkAppId + SessionId, else TaskNotExist. */
    synchronized TrtcTask getBySession(TrtcTask.Family family, Long sdkAppId, String sessionId) {
        settle();
        TrtcTask found = null;
        for (TrtcTask t : tasks.values()) {
            if (t.family() == family && sessionId.equals(t.sessionId())
                    && (sdkAppId == null || t.sdkAppId() == sdkAppId)) {
                found = t;
            }
        }
        if (found == null) {
            throw new ApiError("FailedOperation.TaskNotExist", "The task does not exist (SessionId " + sessionId + ").");
        }
        return found;
    }

    /** A running (not ended) task, else TaskNotExist: Stop/Update/Control/Delete on an ended task fail that way. */
    synchronized TrtcTask getLive(TrtcTask.Family family, String taskId) {
        TrtcTask t = get(family, taskId);
        if (t.endedAt() != null) {
            throw taskNotExist(taskId);
        }
        return t;
    }

    /** Ends a live task now (Stop / Delete). */
    synchronized TrtcTask end(TrtcTask.Family family, String taskId) {
        TrtcTask t = getLive(family, taskId);
        t.end(now(), TrtcTask.LEAVE_STOP_CALLED);
        return t;
    }

    /** Dissolves a room: its live tasks end now with LeaveCode 2; returns how many. */
    public synchronized int dissolveRoom(long sdkAppId, String roomId) {
        Instant now = settle();
        int ended = 0;
        for (TrtcTask t : tasks.values()) {
            if (t.endedAt() == null && t.sdkAppId() == sdkAppId && t.roomId().equals(roomId)) {
                t.end(now, TrtcTask.LEAVE_ROOM_DISSOLVED);
                ended++;
            }
        }
        return ended;
    }

    synchronized String status(TrtcTask task) {
        return task.status(now(), timings);
    }

    /** Marks a room as having publishers (MaxIdleTime does not run) or not (it runs from now). */
    public synchronized void setRoomOccupied(long sdkAppId, String roomId, boolean occupied) {
        Instant now = settle();
        String key = roomKey(sdkAppId, roomId);
        if (occupied) {
            occupiedRooms.add(key);
            emptySince.remove(key);
        } else if (occupiedRooms.remove(key)) {
            emptySince.put(key, now);
        }
    }

    public synchronized List<TaskView> list() {
        Instant now = settle();
        List<TaskView> out = new ArrayList<>();
        for (TrtcTask t : tasks.values()) {
            out.add(new TaskView(t.family().name(), t.taskId(), t.status(now, timings), t.sdkAppId(), t.roomId(),
                    t.roomIdType(), t.sessionId(), t.runningAt(timings), t.endedAt(), t.leaveCode(),
                    t.robotUserId()));
        }
        return out;
    }

    public synchronized void reset() {
        tasks.clear();
        occupiedRooms.clear();
        emptySince.clear();
    }

    /** Applies idle expiry and forgets tasks past their grace time; returns now. */
    private Instant settle() {
        Instant now = now();
        tasks.values().removeIf(t -> settle(t, now));
        return now;
    }

    /** Ends the task if its idle time ran out; true when it is gone (to be forgotten). */
    private boolean settle(TrtcTask t, Instant now) {
        if (t.endedAt() == null) {
            Instant expiry = idleExpiry(t);
            if (expiry != null && !expiry.isAfter(now)) {
                t.end(expiry, TrtcTask.LEAVE_IDLE_TIMEOUT);
            }
        }
        return t.phase(now, timings) == TrtcTask.Phase.GONE;
    }

    private Instant idleExpiry(TrtcTask t) {
        String key = roomKey(t.sdkAppId(), t.roomId());
        if (occupiedRooms.contains(key)) {
            return null;
        }
        Instant idleFrom = t.runningAt(timings);
        Instant empty = emptySince.get(key);
        if (empty != null && empty.isAfter(idleFrom)) {
            idleFrom = empty;
        }
        return idleFrom.plus(t.maxIdle());
    }

    private static String roomKey(long sdkAppId, String roomId) {
        return sdkAppId + "/" + roomId;
    }

    private String newTaskId() {
        StringBuilder sb = new StringBuilder(80);
        for (int i = 0; i < 78; i++) {
            sb.append(TASK_ID_ALPHABET.charAt(random.nextInt(TASK_ID_ALPHABET.length())));
        }
        return sb.append("..").toString();
    }

    private static ApiError taskNotExist(String taskId) {
        return new ApiError("FailedOperation.TaskNotExist", "The task does not exist: " + taskId);
    }
}
