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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which consumer delivers a task's end when a push consumer (a stop callback) and polling consumers (a terminal
 * status) both see it: whichever side's end exchange is first in flight, so that the context gets one ended exchange,
 * not two. Polling consumers among themselves keep one end each (two polling routes of one task each get theirs). A
 * side whose exchange fails gives its claim back, so the end is still delivered at least once. Guarded by the
 * {@link FollowRegistry} that owns it.
 */
final class TaskEnds {

    /** What a polling consumer should do with the end it observed. */
    enum PollEnd {
        /** Deliver it. */
        DELIVER,
        /** A push consumer is routing the task's end: observe again at the next poll. */
        WAIT,
        /** A push consumer delivered the task's end: stop following the task without an exchange. */
        FORGET
    }

    private static final class End {
        int pollsInFlight;
        boolean pollDelivered;
        boolean pushInFlight;
        boolean pushDelivered;
    }

    private final LinkedHashMap<String, End> ends;

    TaskEnds(int bound) {
        ends = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, End> eldest) {
                return size() > bound;
            }
        };
    }

    PollEnd claimPoll(String taskId) {
        End end = ends.computeIfAbsent(taskId, id -> new End());
        if (end.pushDelivered) {
            return PollEnd.FORGET;
        }
        if (end.pushInFlight) {
            return PollEnd.WAIT;
        }
        end.pollsInFlight++;
        return PollEnd.DELIVER;
    }

    /**
     * Returns whether a shared claim of the polling side is to be updated: this end was delivered, or the last
     * polling consumer delivering it failed and none delivered it (then the claim is given back).
     */
    boolean pollDone(String taskId, boolean delivered) {
        End end = ends.get(taskId);
        if (end == null) {
            return true;
        }
        end.pollsInFlight = Math.max(0, end.pollsInFlight - 1);
        end.pollDelivered |= delivered;
        return delivered || end.pollsInFlight == 0 && !end.pollDelivered;
    }

    /** Whether the push consumer may route the task's end: no polling consumer delivered or is delivering it. */
    boolean claimPush(String taskId) {
        End end = ends.computeIfAbsent(taskId, id -> new End());
        if (end.pollDelivered || end.pollsInFlight > 0 || end.pushInFlight || end.pushDelivered) {
            return false;
        }
        end.pushInFlight = true;
        return true;
    }

    /** Whether an end of the task was delivered or is being delivered, by either side. */
    boolean endKnown(String taskId) {
        End end = ends.get(taskId);
        return end != null && (end.pollDelivered || end.pollsInFlight > 0 || end.pushInFlight || end.pushDelivered);
    }

    void pushDone(String taskId, boolean delivered) {
        End end = ends.get(taskId);
        if (end != null) {
            end.pushInFlight = false;
            end.pushDelivered |= delivered;
        }
    }
}
