package dev.camelrtc.support.testing;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

import dev.camelrtc.support.tasks.TaskHeaders;
import dev.camelrtc.support.tasks.TaskState;

import static org.assertj.core.api.Assertions.assertThat;

/** One exchange a task consumer delivered, as the route saw it, read through the vendor's header names. */
public record DeliveredEvent(String taskId, String status, String previousStatus, boolean ended, String state,
                             String requestId, Object body) {

    public static DeliveredEvent of(Exchange exchange, TaskHeaders headers) {
        Message m = exchange.getMessage();
        return new DeliveredEvent(m.getHeader(headers.taskId(), String.class),
                m.getHeader(headers.status(), String.class), m.getHeader(headers.previousStatus(), String.class),
                m.getHeader(headers.taskEnded(), Boolean.class),
                m.getHeader(TaskState.HEADER, String.class), m.getHeader(headers.requestId(), String.class),
                m.getBody());
    }

    /** A route with id {@code follow} from the consumer URI that records every exchange in {@code events}. */
    public static RouteBuilder collecting(String uri, List<DeliveredEvent> events, TaskHeaders headers) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("follow").process(e -> events.add(of(e, headers)));
            }
        };
    }

    /** The events of one task, in delivery order. */
    public static List<DeliveredEvent> of(List<DeliveredEvent> events, String taskId) {
        return events.stream().filter(e -> taskId.equals(e.taskId())).toList();
    }

    /** No two consecutive events of a task carry the same status, and each names the previous one. */
    public static void assertChained(List<DeliveredEvent> events) {
        assertThat(events).isNotEmpty();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).status()).isNotEqualTo(events.get(i - 1).status());
            assertThat(events.get(i).previousStatus()).isEqualTo(events.get(i - 1).status());
        }
        assertThat(events.get(0).previousStatus()).isNull();
    }
}
