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

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A component's notice board between producers and consumers: producers post the tasks they started (or a route asks
 * to follow or forget one), consumers of the same task family pick them up, including tasks posted before they
 * started. Tasks stay posted until a consumer saw them end, up to {@link #MAX_POSTED} per family. It also decides
 * which side delivers a task's end when a push consumer (the vendor's stop callback) and polling consumers both see
 * it: the first to have its end exchange in flight (see {@link #claimPushEnd}); with {@link EndClaims} shared by
 * every instance, the first among all of them.
 */
public final class FollowRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FollowRegistry.class);

    /** Bound on remembered tasks per family, so that starts without any consumer cannot grow memory for ever. */
    public static final int MAX_POSTED = 100_000;
    /**
     * Attribute of a task posted without knowing whether this family's Describe knows it (e.g. a TRTC start callback of
     * group 9, which may be an AI transcription or an AI conversation): a consumer whose Describe never finds it
     * forgets it quietly after the not-found grace instead of delivering an end.
     */
    public static final String UNCONFIRMED = "CamelRtcUnconfirmed";

    /** Receives follow and forget requests for one task family. */
    public interface Listener {
        void follow(String taskId, Map<String, String> attributes);

        void unfollow(String taskId);
    }

    private final Map<String, LinkedHashMap<String, Map<String, String>>> posted = new HashMap<>();
    /** Posted tasks whose follow request is on a shared board too (see {@link #isOnSharedBoard}). */
    private final Set<String> onSharedBoard = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_POSTED;
        }
    });
    private final Map<String, List<Listener>> listeners = new HashMap<>();
    private final TaskEnds ends = new TaskEnds(MAX_POSTED);

    /** Posts a task of the family and tells the family's consumers to follow it. */
    public synchronized void follow(String family, String taskId, Map<String, String> attributes) {
        follow(family, taskId, attributes, false);
    }

    /**
     * Posts a task of the family and tells the family's consumers to follow it; {@code sharedToo} says that its follow
     * request was posted to a shared {@link FollowBoard} as well, which consumers on that board take it from.
     */
    public synchronized void follow(String family, String taskId, Map<String, String> attributes, boolean sharedToo) {
        if (sharedToo) {
            onSharedBoard.add(taskId);
        } else {
            onSharedBoard.remove(taskId);
        }
        family(family).put(taskId, attributes == null ? Map.of() : Map.copyOf(attributes));
        // under the lock, so that a follow and an unfollow of one task reach every consumer in the same order
        listeners.getOrDefault(family, List.of()).forEach(l -> l.follow(taskId, attributes));
    }

    /**
     * Posts a task a push consumer learned of (a start callback), unless its end was delivered or is being delivered
     * already: a start event that arrives late must not make the consumers follow, and end, the task again.
     */
    public synchronized void followStarted(String family, String taskId, Map<String, String> attributes) {
        if (!ends.endKnown(taskId)) {
            follow(family, taskId, attributes);
        }
    }

    /** Withdraws a task and tells the family's consumers to stop following it. */
    public synchronized void unfollow(String family, String taskId) {
        family(family).remove(taskId);
        listeners.getOrDefault(family, List.of()).forEach(l -> l.unfollow(taskId));
    }

    /**
     * Whether the task's follow request is on a shared board too: a consumer reading that board does not take it from
     * this registry's posted tasks, since the board, not memory, knows whether another instance ended it meanwhile.
     */
    public synchronized boolean isOnSharedBoard(String taskId) {
        return onSharedBoard.contains(taskId);
    }

    /** A consumer saw the task end: it no longer needs to be posted. */
    public synchronized void ended(String family, String taskId) {
        family(family).remove(taskId);
    }

    /**
     * A push consumer received the task's end: true when it may route it, false when a polling consumer delivered the
     * end already or is delivering it (the push consumer then drops its event). Call {@link #pushEndDone} after
     * routing.
     */
    public synchronized boolean claimPushEnd(String taskId) {
        return ends.claimPush(taskId);
    }

    /**
     * The push consumer's end exchange completed: when it succeeded, every family forgets the task and their
     * consumers stop following it without an end of their own; when it failed, polling consumers may deliver the end.
     */
    public synchronized void pushEndDone(String taskId, boolean delivered) {
        ends.pushDone(taskId, delivered);
        if (delivered) {
            posted.values().forEach(tasks -> tasks.remove(taskId));
            listeners.values().forEach(list -> list.forEach(l -> l.unfollow(taskId)));
        }
    }

    /**
     * {@link #claimPushEnd(String)}, then, with a shared store, the claim among every instance (outside this
     * registry's lock): false also when a polling consumer of any instance delivered or is delivering the end. Call
     * {@link #pushEndDone(String, boolean, EndClaims)} after routing. A failing store fails the claim with its
     * exception (the callback is then answered with an error, so that the vendor delivers it again).
     */
    public boolean claimPushEnd(String taskId, EndClaims shared) {
        if (!claimPushEnd(taskId)) {
            return false;
        }
        if (shared == null) {
            return true;
        }
        EndClaims.Claim claim;
        try {
            claim = shared.claimEnd(taskId, EndClaims.Side.PUSH);
        } catch (RuntimeException e) {
            pushEndDone(taskId, false);
            throw e;
        }
        if (claim != EndClaims.Claim.CLAIMED) {
            pushEndDone(taskId, false);
            return false;
        }
        return true;
    }

    /**
     * {@link #pushEndDone(String, boolean)}, after recording the outcome in the shared store; a store that fails then
     * is logged: the claim stays in flight until the store's timeout lets the polling side take it over (the end may
     * then be delivered twice, at-least-once).
     */
    public void pushEndDone(String taskId, boolean delivered, EndClaims shared) {
        if (shared != null) {
            endDone(shared, taskId, EndClaims.Side.PUSH, delivered);
        }
        pushEndDone(taskId, delivered);
    }

    /** Whether an end of the task was delivered or is being delivered here, by a push or a polling consumer. */
    synchronized boolean endKnown(String taskId) {
        return ends.endKnown(taskId);
    }

    synchronized TaskEnds.PollEnd claimPollEnd(String taskId) {
        return ends.claimPoll(taskId);
    }

    synchronized void pollEndDone(String taskId, boolean delivered) {
        ends.pollDone(taskId, delivered);
    }

    /**
     * {@link #claimPollEnd(String)}, then, with a shared store, the claim among every instance (outside this
     * registry's lock): a push consumer of any instance may be delivering the end (WAIT) or have delivered it (FORGET).
     */
    TaskEnds.PollEnd claimPollEnd(String taskId, EndClaims shared) {
        TaskEnds.PollEnd local = claimPollEnd(taskId);
        if (local != TaskEnds.PollEnd.DELIVER || shared == null) {
            return local;
        }
        EndClaims.Claim claim;
        try {
            claim = shared.claimEnd(taskId, EndClaims.Side.POLL);
        } catch (RuntimeException e) {
            pollEndDone(taskId, false);
            throw e;
        }
        if (claim == EndClaims.Claim.CLAIMED) {
            return TaskEnds.PollEnd.DELIVER;
        }
        pollEndDone(taskId, false);
        return claim == EndClaims.Claim.OTHER_DELIVERED ? TaskEnds.PollEnd.FORGET : TaskEnds.PollEnd.WAIT;
    }

    /** {@link #pollEndDone(String, boolean)}, then the shared claim's outcome (outside this registry's lock). */
    void pollEndDone(String taskId, boolean delivered, EndClaims shared) {
        boolean record;
        synchronized (this) {
            record = ends.pollDone(taskId, delivered);
        }
        if (shared != null && record) {
            endDone(shared, taskId, EndClaims.Side.POLL, delivered);
        }
    }

    private static void endDone(EndClaims shared, String taskId, EndClaims.Side side, boolean delivered) {
        try {
            shared.endDone(taskId, side, delivered);
        } catch (RuntimeException e) {
            LOG.warn("Cannot record in the shared store that the end of task {} was {}: {}", taskId,
                    delivered ? "delivered" : "not delivered", e.getMessage());
        }
    }

    /** Registers a consumer of the family and returns the tasks posted so far. */
    public synchronized Map<String, Map<String, String>> subscribe(String family, Listener listener) {
        listeners.computeIfAbsent(family, f -> new CopyOnWriteArrayList<>()).add(listener);
        return new LinkedHashMap<>(family(family));
    }

    public synchronized void unsubscribe(String family, Listener listener) {
        List<Listener> list = listeners.get(family);
        if (list != null) {
            list.remove(listener);
        }
    }

    private LinkedHashMap<String, Map<String, String>> family(String family) {
        return posted.computeIfAbsent(family, f -> new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                return size() > MAX_POSTED;
            }
        });
    }
}
