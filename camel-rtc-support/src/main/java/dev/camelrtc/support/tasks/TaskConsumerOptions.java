package dev.camelrtc.support.tasks;

import org.apache.camel.spi.StateRepository;

/** The consumer options both components' configurations have, under the same names. */
public interface TaskConsumerOptions {

    /** One task to follow. */
    String getTaskId();

    /** Comma-separated tasks to follow. */
    String getTaskIds();

    /** Follow the tasks the component's producers start. */
    boolean isFollowStartedTasks();

    boolean isEmitOnEveryPoll();

    StateRepository<String, String> getStateRepository();

    /** Key of the consumer's state in the repository; null for the route id. */
    String getStateKey();

    /** Milliseconds a never-seen task may be unknown to the API before it is given up. */
    long getNotFoundGrace();

    /** Milliseconds after which an unreadable task is reported. */
    long getReportUnreadableAfter();
}
