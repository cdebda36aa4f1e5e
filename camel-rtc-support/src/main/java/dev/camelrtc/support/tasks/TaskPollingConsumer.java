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
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.resilience.RateLimiter;

/**
 * A polling consumer that turns task status changes into exchanges: each poll reads the due tasks (how is the
 * vendor's business: {@link #read()}), the {@link TaskTracker} keeps what is new, and every exchange that completes
 * advances the task's delivered status; one that fails does not, so its status is delivered again (at-least-once).
 * A poll in which every read failed throws, so Camel's consumer backoff, {@code bridgeErrorHandler} and health check
 * see it; single failing tasks back off on their own and are logged once per failure streak. With a shared store
 * ({@code stateRepository} a {@link FollowBoard}, i.e. JdbcStateRepository), the tasks started anywhere come from the
 * store's follow requests, read at each poll, and a task posted there is not taken from the CamelContext's board in
 * memory: a replica leading again must not follow again tasks another leader ended meanwhile. Leader-only routes
 * should still leave out {@code taskId}: each start of the route follows those tasks again.
 */
public abstract class TaskPollingConsumer extends ScheduledBatchPollingConsumer implements FollowRegistry.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(TaskPollingConsumer.class);

    private final TaskTracker tracker;
    private final TaskHeaders headers;
    private final TaskConsumerOptions options;
    private final FollowRegistry registry;
    private final String family;
    /** The follow requests of every instance, when the store is shared; else null. */
    private final FollowBoard board;
    /** Claims on tasks' ends shared with the push consumers of every instance, when the store has them; else null. */
    private final EndClaims endClaims;
    /** The version of the board's follow request each task was followed from (a later one replaces it). */
    private final Map<String, Long> postedVersions = new ConcurrentHashMap<>();
    /**
     * Tasks no longer followed whose follow request (of that version) is withdrawn with the task's removal from the
     * store, in one transaction (see {@link BoardTaskStore}); a removal that fails is retried by the next flush.
     */
    private final Map<String, Long> withdrawals = new ConcurrentHashMap<>();
    /** Whether the tracker loaded the store since the consumer started. */
    private volatile boolean loaded;
    /** Where the next read of the board starts (0: from the first request). */
    private long boardCursor;

    /**
     * @param registry where the component's producers post the tasks they start
     * @param family   the task family this consumer follows in the registry
     * @param pollInterval the consumer's delay in milliseconds (the first backoff of a failing task)
     */
    protected TaskPollingConsumer(Endpoint endpoint, Processor processor, TaskConsumerOptions options,
                                  TaskStatusModel statusModel, TaskHeaders headers, FollowRegistry registry,
                                  String family, long pollInterval) {
        super(endpoint, processor);
        this.headers = headers;
        this.options = options;
        this.registry = registry;
        this.family = family;
        this.board = options.isFollowStartedTasks() && options.getStateRepository() instanceof FollowBoard shared
                ? shared : null;
        this.tracker = new TaskTracker(statusModel, new TrackingSettings(options.isEmitOnEveryPoll(),
                Duration.ofMillis(options.getNotFoundGrace()), Duration.ofMillis(Math.max(100, pollInterval)),
                Duration.ofSeconds(60), Duration.ofMillis(options.getReportUnreadableAfter())),
                board != null ? new BoardTaskStore() : taskStore(options.getStateRepository()), this::stateKey);
        this.endClaims = options.getStateRepository() instanceof EndClaims claims ? claims : null;
    }

    /**
     * A repository that is also a {@link TaskStore} (JdbcStateRepository) keeps each task on its own; any other one
     * keeps a consumer's tasks as one value.
     */
    private static TaskStore taskStore(StateRepository<String, String> repository) {
        if (repository instanceof TaskStore store) {
            return store;
        }
        return repository == null ? null : new StateRepositoryTaskStore(repository);
    }

    /** The state's key: endpoint base URI (scheme and operation) and the stateKey option, or the route id. */
    private String stateKey() {
        String key = options.getStateKey() == null || options.getStateKey().isBlank() ? getRouteId()
                : options.getStateKey();
        return getEndpoint().getEndpointBaseUri() + ":" + key;
    }

    public TaskTracker tracker() {
        return tracker;
    }

    /**
     * Reads the tasks due in this poll (from {@link TaskTracker#due} or {@link TaskTracker#all}). May block the
     * consumer's own scheduler thread while the calls complete. A task that could not be read is a failed
     * observation; an exception means nothing could be read at all.
     */
    protected abstract List<TaskObservation> read() throws Exception;

    /** How long a read of this poll may wait for its rate-limit slot: two poll intervals and a second. */
    protected Duration readWait() {
        return Duration.ofMillis(Math.max(100, getDelay()) * 2 + 1000);
    }

    /** How many calls one poll interval allows under the limiter (at least 1; unbounded without a limiter). */
    protected int callsPerPoll(RateLimiter limiter) {
        return limiter == null ? Integer.MAX_VALUE
                : (int) Math.max(1, limiter.permitsPerSecond() * Math.max(100, getDelay()) / 1000);
    }

    /** Called when a task's end was delivered (or a push consumer's end made it no longer followed). */
    protected void onTaskEnded(String taskId) {
        registry.ended(family, taskId);
        toWithdraw(taskId);
    }

    /** The task's follow request is to be withdrawn when the tracker removes the task from the store. */
    private void toWithdraw(String taskId) {
        Long version = taskId == null ? null : postedVersions.remove(taskId);
        if (version != null) {
            withdrawals.put(taskId, version);
        }
    }

    /**
     * Follows the tasks posted to the shared board since the last read: one query for the requests newer than the
     * cursor. A task whose end this instance delivered is not followed again, should its request still be read.
     */
    private void followPosted() {
        FollowBoard.Page page = board.read(family, boardCursor);
        for (FollowBoard.Request request : page.requests()) {
            if (!request.follow()) {
                unfollow(request.taskId());
                board.withdraw(family, request.taskId(), request.version());
            } else if (registry.endKnown(request.taskId())) {
                board.withdraw(family, request.taskId(), request.version()); // ended before this read
            } else {
                follow(request.taskId(), request.attributes());
                postedVersions.put(request.taskId(), request.version());
            }
        }
        boardCursor = page.cursor();
    }

    /** Follows a task (from the options, the registry or a route's request); subclasses may add attributes. */
    @Override
    public void follow(String taskId, Map<String, String> attributes) {
        if (tracker.follow(taskId, attributes) && board != null) {
            withdrawals.remove(taskId); // followed again after an unfollow: the task stays stored
        }
    }

    /** Stops following a task; its follow request on the shared board is withdrawn by the next poll. */
    @Override
    public void unfollow(String taskId) {
        toWithdraw(taskId); // with the task's removal, by the next poll: not here, called holding the registry's lock
        tracker.unfollow(taskId);
    }

    @Override
    protected void doStart() throws Exception {
        // a repository given as an endpoint option (e.g. FileStateRepository) must be started to read its file; it
        // may be shared with other consumers, so it is left running when this consumer stops
        ServiceHelper.startService(options.getStateRepository());
        loaded = false; // loaded by the first poll, see poll()
        super.doStart();
        follow(options.getTaskId(), Map.of());
        if (options.getTaskIds() != null) {
            Arrays.stream(options.getTaskIds().split(",")).map(String::trim).forEach(id -> follow(id, Map.of()));
        }
        if (options.isFollowStartedTasks()) {
            // a task also on the shared board is taken from there (followPosted()), which knows whether another
            // instance ended it meanwhile; this registry's memory does not
            registry.subscribe(family, this).forEach((taskId, attributes) -> {
                if (board == null || !registry.isOnSharedBoard(taskId)) {
                    follow(taskId, attributes);
                }
            });
        }
    }

    @Override
    protected void doStop() throws Exception {
        registry.unsubscribe(family, this);
        super.doStop();
        try {
            tracker.flush();
        } catch (RuntimeException e) {
            // stopping goes on: what is not recorded is delivered again by the next instance (at-least-once)
            LOG.warn("Stopping with task states the task store did not record: {}", e.getMessage());
        }
    }

    @Override
    protected int poll() throws Exception {
        shutdownRunningTask = null;
        pendingExchanges = 0;
        tracker.flush();
        if (!loaded) {
            // here rather than on start: a consumer starting while the store is unreachable (a replica becoming
            // leader then, whose start nobody retries) polls once the store answers; a failed load fails the poll
            tracker.load();
            boardCursor = 0;
            loaded = true;
        }
        if (board != null) {
            followPosted();
        }

        List<TaskObservation> observations = read();
        Queue<Object> exchanges = new ArrayDeque<>();
        Exception firstFailure = null;
        int failures = 0;
        for (TaskObservation observation : observations) {
            if (observation.isFailure()) {
                failures++;
                firstFailure = firstFailure == null ? observation.failure() : firstFailure;
                readFailed(observation);
                continue;
            }
            if (tracker.failureStreak(observation.taskId()) > 0) {
                LOG.info("Task {} can be read again", observation.taskId());
            }
            tracker.observe(observation).ifPresent(event -> {
                if (mayDeliver(event)) {
                    exchanges.add(exchangeOf(event));
                }
            });
        }
        if (failures > 0 && failures == observations.size()) {
            throw firstFailure;
        }
        if (!observations.isEmpty()) {
            forceConsumerAsReady();
        }
        int processed = processBatch(exchanges);
        tracker.flush();
        return processed;
    }

    /**
     * An end that a push consumer (of any instance, with shared {@link EndClaims}) routes or routed is not delivered
     * again here (see FollowRegistry.claimPushEnd). A store that cannot be asked leaves the end for the next poll.
     */
    private boolean mayDeliver(TaskEvent event) {
        if (!event.ended()) {
            return true;
        }
        TaskEnds.PollEnd end;
        try {
            end = registry.claimPollEnd(event.taskId(), endClaims);
        } catch (RuntimeException e) {
            LOG.warn("Cannot claim the end of task {} in the shared store: {}. Retrying at the next poll",
                    event.taskId(), e.getMessage());
            end = TaskEnds.PollEnd.WAIT;
        }
        switch (end) {
            case WAIT -> {
                tracker.deliveryFailed(event);
                return false;
            }
            case FORGET -> {
                LOG.debug("Task {} ended: its end was delivered by a push consumer", event.taskId());
                onTaskEnded(event.taskId());
                tracker.unfollow(event.taskId());
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private void readFailed(TaskObservation observation) {
        switch (tracker.readFailed(observation.taskId())) {
            case STREAK_STARTED -> LOG.warn("Cannot read task {}: {}. Retrying with backoff; logged again only when"
                                            + " it recovers or stays unreadable", observation.taskId(),
                    observation.failure().getMessage());
            case REPORT -> getExceptionHandler().handleException("Task " + observation.taskId()
                    + " could not be read for a long time; still following it", observation.failure());
            case QUIET -> LOG.debug("Still cannot read task {}: {}", observation.taskId(),
                    observation.failure().getMessage());
        }
    }

    private Exchange exchangeOf(TaskEvent event) {
        Exchange exchange = createExchange(true);
        Message message = exchange.getMessage();
        message.setBody(event.body());
        message.setHeader(headers.taskId(), event.taskId());
        message.setHeader(headers.status(), event.status());
        if (event.previousStatus() != null) {
            message.setHeader(headers.previousStatus(), event.previousStatus());
        }
        message.setHeader(headers.taskEnded(), event.ended());
        if (event.requestId() != null) {
            message.setHeader(headers.requestId(), event.requestId());
        }
        message.setHeader(TaskState.HEADER, event.state().name());
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                if (event.ended()) {
                    onTaskEnded(event.taskId()); // first: a discovering consumer must not pick the task up again
                    registry.pollEndDone(event.taskId(), true, endClaims);
                }
                tracker.delivered(event);
            }

            @Override
            public void onFailure(Exchange failed) {
                notDelivered(event);
            }
        });
        exchange.setProperty(TaskEvent.class.getName(), event);
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) {
        int total = exchanges.size();
        int index = 0;
        for (; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
        }
        // not delivered because the consumer is stopping: they are delivered again after the restart
        for (Object left : exchanges) {
            notDelivered(((Exchange) left).getProperty(TaskEvent.class.getName(), TaskEvent.class));
        }
        return index;
    }

    /**
     * The shared board as the tracker's store: removing a task whose follow request is to be withdrawn does both in
     * one transaction, so that a leader taking over never finds the request of a task whose removal was recorded.
     */
    private final class BoardTaskStore implements TaskStore {

        @Override
        public List<StoredTask> load(String key) {
            return board.load(key);
        }

        @Override
        public void put(String key, StoredTask task) {
            board.put(key, task);
        }

        @Override
        public void remove(String key, String taskId) {
            Long version = withdrawals.get(taskId);
            if (version == null) {
                board.remove(key, taskId);
            } else {
                board.withdrawAndRemove(family, taskId, version, key);
                withdrawals.remove(taskId, version);
            }
        }

        @Override
        public void flush(String key) {
            board.flush(key);
        }
    }

    private void notDelivered(TaskEvent event) {
        if (event.ended()) {
            registry.pollEndDone(event.taskId(), false, endClaims);
        }
        tracker.deliveryFailed(event);
    }
}
