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

/**
 * Claims on tasks' ends in a store every instance of an application shares (a database), so that a task's end seen
 * by a push consumer (a stop callback) on one instance and by the leader's polling consumer is delivered once per
 * cluster: the side that claims first delivers it, the other forgets the task. The shared counterpart of
 * {@link TaskEnds}, which {@link FollowRegistry} consults first; used outside any lock of ours. Implementations are
 * thread-safe.
 */
public interface EndClaims {

    /** Who sees the end. */
    enum Side {
        PUSH,
        POLL
    }

    /** The outcome of a claim. */
    enum Claim {
        /** The caller's side holds the claim (a claim of the same side is shared): deliver the end. */
        CLAIMED,
        /** The other side is delivering the end: observe again later. */
        OTHER_IN_FLIGHT,
        /** The other side delivered the end: forget the task without an end. */
        OTHER_DELIVERED
    }

    /** Claims the task's end for the side, atomically among all instances. */
    Claim claimEnd(String taskId, Side side);

    /**
     * The side's end exchange completed: a delivered end keeps the claim (the other side then forgets the task); a
     * failed one gives it back, so that either side may deliver the end (at-least-once).
     */
    void endDone(String taskId, Side side, boolean delivered);
}
