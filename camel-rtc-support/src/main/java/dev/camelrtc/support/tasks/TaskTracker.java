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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tasks one consumer follows and the last status it delivered for each: decides which tasks a poll reads
 * (least recently polled first, failing ones backed off), turns observations into events only when something changed,
 * and advances a task's delivered status only when its exchange succeeded (at-least-once). Each change of a task is
 * written to the store one task at a time, never while holding the tracker's lock (a slow or unreachable database
 * must not stall the producers' threads that post follow requests): a delivered status or end by the thread that
 * completed the exchange, right after it (so a crash repeats at most the exchanges in flight), a follow or unfollow by
 * the next {@link #flush} (the consumer's poll). A task gets no event while its delivered status is not recorded, so a
 * status is in the store before anything later is delivered for that task; a write that fails is tried again by the
 * next {@link #flush}. Thread-safe.
 */
public final class TaskTracker {

    private static final Logger LOG = LoggerFactory.getLogger(TaskTracker.class);

    /** What a failed read of a task means for logging and reporting. */
    public enum FailureOutcome {
        /** First failure of a streak: log it once. */
        STREAK_STARTED,
        /** The task has been unreadable for longer than the report threshold: report it once. */
        REPORT,
        /** Nothing new to say. */
        QUIET
    }

    /** A task to read in this poll, with what the describe call needs. */
    public record DueTask(String taskId, Map<String, String> attributes) {
    }

    private final Map<String, FollowedTask> tasks = new LinkedHashMap<>();
    private final TaskStatusModel statusModel;
    private final TrackingSettings settings;
    private final TaskStore store;
    private final Supplier<String> storeKey;
    private final LongSupplier nanoTime;
    /** Tasks whose last change is not written to the store yet (guarded by this). */
    private final Set<String> unrecorded = new LinkedHashSet<>();
    /** Serialises the writes, so that the store always ends with a task's latest state (taken before this). */
    private final Object writing = new Object();
    private boolean writeFailing;

    /**
     * @param store    where the followed tasks are kept; null to keep them in memory only
     * @param storeKey the consumer's key in the store, asked for when the store is used
     */
    public TaskTracker(TaskStatusModel statusModel, TrackingSettings settings, TaskStore store,
                       Supplier<String> storeKey) {
        this(statusModel, settings, store, storeKey, System::nanoTime);
    }

    TaskTracker(TaskStatusModel statusModel, TrackingSettings settings, TaskStore store, Supplier<String> storeKey,
                LongSupplier nanoTime) {
        this.statusModel = statusModel;
        this.settings = settings;
        this.store = store;
        this.storeKey = storeKey;
        this.nanoTime = nanoTime;
    }

    /**
     * Restores the followed tasks and their delivered statuses from the store. The store is what counts: a task kept
     * in memory from before a restart is dropped when it is no longer stored (another instance ended it meanwhile),
     * unless its change is still waiting to be written. Queries the store without holding the tracker's lock (a slow
     * database must not stall the producers that follow tasks meanwhile), then merges under it.
     */
    public void load() {
        if (store == null) {
            return;
        }
        Map<String, TaskStore.StoredTask> stored = new HashMap<>();
        store.load(storeKey.get()).forEach(task -> stored.put(task.taskId(), task));
        merge(stored);
    }

    private synchronized void merge(Map<String, TaskStore.StoredTask> stored) {
        tasks.keySet().removeIf(taskId -> !stored.containsKey(taskId) && !unrecorded.contains(taskId));
        stored.values().stream().filter(s -> !unrecorded.contains(s.taskId())).forEach(s -> {
            FollowedTask task = tasks.computeIfAbsent(s.taskId(), id -> new FollowedTask(id, s.attributes()));
            task.deliveredStatus = s.deliveredStatus();
        });
    }

    /**
     * Writes the changes not written yet (follows, unfollows, and what the store refused before), then lets the store
     * write what it buffered; throws while the store cannot be written, so that the consumer does not poll while it
     * cannot record what it delivers.
     */
    public void flush() {
        if (store == null) {
            return;
        }
        synchronized (writing) {
            List<String> pending;
            synchronized (this) {
                pending = new ArrayList<>(unrecorded);
            }
            for (String taskId : pending) {
                write(taskId, true);
            }
            store.flush(storeKey.get());
        }
    }

    /** Starts following a task; false if it was followed already. */
    public synchronized boolean follow(String taskId, Map<String, String> attributes) {
        if (taskId == null || taskId.isBlank() || tasks.containsKey(taskId)) {
            return false;
        }
        tasks.put(taskId, new FollowedTask(taskId, attributes));
        changed(taskId);
        return true;
    }

    public synchronized boolean unfollow(String taskId) {
        boolean removed = tasks.remove(taskId) != null;
        if (removed) {
            changed(taskId);
        }
        return removed;
    }

    /** The task's change is to be written (by the completing thread or the next flush); called holding this. */
    private void changed(String taskId) {
        if (store != null) {
            unrecorded.add(taskId);
        }
    }

    /**
     * Writes the task's current state (or its removal), not holding this: the state is taken under the lock, written
     * without it. A failure leaves the task unrecorded, for the next flush; rethrown when asked.
     */
    private void write(String taskId, boolean rethrow) {
        synchronized (writing) {
            String key = storeKey.get();
            TaskStore.StoredTask state;
            synchronized (this) {
                if (!unrecorded.remove(taskId)) {
                    return; // written meanwhile
                }
                FollowedTask task = tasks.get(taskId);
                state = task == null ? null : new TaskStore.StoredTask(taskId, task.deliveredStatus, task.attributes);
            }
            try {
                if (state == null) {
                    store.remove(key, taskId);
                } else {
                    store.put(key, state);
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    unrecorded.add(taskId);
                }
                if (!writeFailing) {
                    LOG.warn("Cannot record the state of task {} in the task store: {}. Retrying before the next poll",
                            taskId, e.getMessage());
                } else {
                    LOG.debug("Cannot record the state of task {} in the task store: {}", taskId, e.getMessage());
                }
                writeFailing = true;
                if (rethrow) {
                    throw e;
                }
                return;
            }
            writeFailing = false;
            synchronized (this) {
                FollowedTask task = tasks.get(taskId);
                if (task != null && !unrecorded.contains(taskId)) {
                    task.deliveredUnrecorded = false;
                }
            }
        }
    }

    public synchronized boolean isFollowing(String taskId) {
        return tasks.containsKey(taskId);
    }

    public synchronized int size() {
        return tasks.size();
    }

    /** Followed tasks and their last delivered status (null when nothing was delivered yet), for consoles. */
    public synchronized Map<String, String> deliveredStatuses() {
        Map<String, String> result = new HashMap<>();
        tasks.values().forEach(t -> result.put(t.taskId, t.deliveredStatus));
        return result;
    }

    /**
     * Up to {@code limit} tasks to read now, least recently polled first, leaving out tasks backing off after
     * failures; marks them polled.
     */
    public synchronized List<DueTask> due(int limit) {
        long now = nanoTime.getAsLong();
        List<DueTask> due = new ArrayList<>(Math.min(limit, tasks.size()));
        tasks.values().stream()
                .filter(t -> t.notBeforeNanos - now <= 0)
                .sorted(Comparator.comparingLong(t -> t.lastPolledNanos - now))
                .limit(limit)
                .forEach(t -> {
                    t.lastPolledNanos = now;
                    due.add(new DueTask(t.taskId, t.attributes));
                });
        return due;
    }

    /** Marks every followed task polled now, for consumers that read all tasks with one call. */
    public synchronized List<DueTask> all() {
        return due(Integer.MAX_VALUE);
    }

    /**
     * What an observation means: an event to deliver when the task was first seen, changed status, ended, or
     * every poll is to be delivered; empty when there is nothing new.
     */
    public synchronized Optional<TaskEvent> observe(TaskObservation observation) {
        FollowedTask task = tasks.get(observation.taskId());
        if (task == null || observation.isFailure()) {
            return Optional.empty();
        }
        task.failureStreak = 0;
        task.failureReported = false;
        task.notBeforeNanos = 0;
        if (task.inFlightStatus != null || task.deliveredUnrecorded) {
            // one exchange per task at a time: a later status waits, so that completions cannot arrive out of order,
            // and waits for the status before it to be recorded
            return Optional.empty();
        }
        String status = observation.status();
        String last = task.deliveredStatus;
        if (observation.isNotFound() && last == null) {
            long now = nanoTime.getAsLong();
            if (task.notFoundSinceNanos == 0) {
                task.notFoundSinceNanos = now;
            }
            if (now - task.notFoundSinceNanos < settings.notFoundGrace().toNanos()) {
                return Optional.empty(); // just started tasks may not be visible yet
            }
            if (task.attributes.containsKey(FollowRegistry.UNCONFIRMED)) {
                tasks.remove(task.taskId); // a task of another family: never this consumer's to end
                changed(task.taskId);
                return Optional.empty();
            }
        }
        if (status.equals(last) && !settings.emitOnEveryPoll()) {
            return Optional.empty();
        }
        boolean ended = observation.isNotFound() || statusModel.isTerminal(status);
        task.inFlightStatus = status;
        return Optional.of(new TaskEvent(task.taskId, status, task.deliveredStatus,
                ended ? TaskState.ENDED : statusModel.stateOf(status), ended, observation.body(),
                observation.requestId()));
    }

    /**
     * The event's exchange succeeded: its status is delivered; an ended task is no longer followed. Writes the change
     * before it returns (outside the lock), so that a crash after it repeats nothing.
     */
    public void delivered(TaskEvent event) {
        synchronized (this) {
            FollowedTask task = tasks.get(event.taskId());
            if (task == null) {
                return;
            }
            task.deliveredStatus = event.status();
            task.inFlightStatus = null;
            if (event.ended()) {
                tasks.remove(event.taskId());
            } else if (store != null) {
                task.deliveredUnrecorded = true;
            }
            changed(event.taskId());
        }
        if (store != null) {
            write(event.taskId(), false);
        }
    }

    /** The event's exchange failed: nothing advances, the next poll delivers the task's status again. */
    public synchronized void deliveryFailed(TaskEvent event) {
        FollowedTask task = tasks.get(event.taskId());
        if (task != null) {
            task.inFlightStatus = null;
        }
    }

    /** Reading the task failed: back off its polls and say whether to log or report it. */
    public synchronized FailureOutcome readFailed(String taskId) {
        FollowedTask task = tasks.get(taskId);
        if (task == null) {
            return FailureOutcome.QUIET;
        }
        long now = nanoTime.getAsLong();
        task.failureStreak++;
        if (task.failureStreak == 1) {
            task.failingSinceNanos = now;
        }
        long backoff = settings.backoffBase().toNanos() << Math.min(20, task.failureStreak - 1);
        task.notBeforeNanos = now + Math.min(backoff, settings.backoffMax().toNanos());
        if (task.failureStreak == 1) {
            return FailureOutcome.STREAK_STARTED;
        }
        if (!task.failureReported && now - task.failingSinceNanos >= settings.reportUnreadableAfter().toNanos()) {
            task.failureReported = true;
            return FailureOutcome.REPORT;
        }
        return FailureOutcome.QUIET;
    }

    /** Failures in a row of the task, 0 when its last read succeeded. */
    public synchronized int failureStreak(String taskId) {
        FollowedTask task = tasks.get(taskId);
        return task == null ? 0 : task.failureStreak;
    }
}
