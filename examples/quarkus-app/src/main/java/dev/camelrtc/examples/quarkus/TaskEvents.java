package dev.camelrtc.examples.quarkus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.trtc.TrtcConstants;

/**
 * The task status events the {@code trtc:} consumer delivered, in order. Camel Quarkus 3.33.0 has no seda/mock
 * extension here, so the route hands its exchanges to this bean; an application would store or forward them.
 */
@ApplicationScoped
public class TaskEvents {

    /** One delivered event: the consumer's headers and the Describe response it carried. */
    public record Event(String taskId, String status, String previousStatus, boolean ended, String state,
                        Object body) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** Called by the route for every exchange of the consumer. */
    public void record(Exchange exchange) {
        Message m = exchange.getMessage();
        events.add(new Event(m.getHeader(TrtcConstants.TASK_ID, String.class),
                m.getHeader(TrtcConstants.STATUS, String.class),
                m.getHeader(TrtcConstants.PREVIOUS_STATUS, String.class),
                Boolean.TRUE.equals(m.getHeader(TrtcConstants.TASK_ENDED, Boolean.class)),
                m.getHeader(TrtcConstants.TASK_STATE, String.class), m.getBody()));
    }

    /** The events of one task, oldest first. */
    public List<Event> of(String taskId) {
        return events.stream().filter(e -> taskId.equals(e.taskId())).toList();
    }
}
