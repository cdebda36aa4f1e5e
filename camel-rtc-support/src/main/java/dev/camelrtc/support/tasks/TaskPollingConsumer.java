package dev.camelrtc.support.tasks;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polling consumer that turns task status changes into exchanges: each poll reads the due tasks (how is the
 * vendor's business: {@link #read()}), the {@link TaskTracker} keeps what is new, and every exchange that completes
 * advances the task's delivered status; one that fails does not, so its status is delivered again (at-least-once).
 * A poll in which every read failed throws, so Camel's consumer backoff, {@code bridgeErrorHandler} and health check
 * see it; single failing tasks back off on their own and are logged once per failure streak.
 */
public abstract class TaskPollingConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TaskPollingConsumer.class);

    private final TaskTracker tracker;
    private final TaskHeaders headers;

    protected TaskPollingConsumer(Endpoint endpoint, Processor processor, TaskTracker tracker, TaskHeaders headers) {
        super(endpoint, processor);
        this.tracker = tracker;
        this.headers = headers;
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

    /** Called when a task's end was delivered. */
    protected void onTaskEnded(String taskId) {
    }

    @Override
    protected void doStart() throws Exception {
        tracker.load();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        tracker.flush();
    }

    @Override
    protected int poll() throws Exception {
        shutdownRunningTask = null;
        pendingExchanges = 0;
        tracker.flush();

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
            tracker.observe(observation).ifPresent(event -> exchanges.add(exchangeOf(event)));
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
                tracker.delivered(event);
                if (event.ended()) {
                    onTaskEnded(event.taskId());
                }
            }

            @Override
            public void onFailure(Exchange failed) {
                tracker.deliveryFailed(event);
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
            tracker.deliveryFailed(((Exchange) left).getProperty(TaskEvent.class.getName(), TaskEvent.class));
        }
        return index;
    }
}
