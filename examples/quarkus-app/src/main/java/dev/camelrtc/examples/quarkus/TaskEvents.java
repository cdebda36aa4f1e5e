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
package dev.camelrtc.examples.quarkus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcConstants;

/**
 * The task status events the {@code trtc:} and {@code alilive:} consumers delivered, in order. Camel Quarkus 3.33.0
 * has no seda/mock extension here, so the routes hand their exchanges to this bean; an application would store or
 * forward them.
 */
@ApplicationScoped
public class TaskEvents {

    /** One delivered event: the consumer's headers and the task data it carried. */
    public record Event(String cloud, String taskId, String status, String previousStatus, boolean ended,
                        String state, Object body) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** Called by the trtc route for every exchange of its consumer. */
    public void recordTrtc(Exchange exchange) {
        Message m = exchange.getMessage();
        add("trtc", m, m.getHeader(TrtcConstants.TASK_ID, String.class), m.getHeader(TrtcConstants.STATUS, String.class),
                m.getHeader(TrtcConstants.PREVIOUS_STATUS, String.class),
                m.getHeader(TrtcConstants.TASK_ENDED, Boolean.class));
    }

    /** Called by the alilive route for every exchange of its consumer. */
    public void recordAlilive(Exchange exchange) {
        Message m = exchange.getMessage();
        add("alilive", m, m.getHeader(AliliveConstants.TASK_ID, String.class),
                m.getHeader(AliliveConstants.STATUS, String.class),
                m.getHeader(AliliveConstants.PREVIOUS_STATUS, String.class),
                m.getHeader(AliliveConstants.TASK_ENDED, Boolean.class));
    }

    private void add(String cloud, Message m, String taskId, String status, String previous, Boolean ended) {
        // CamelRtcTaskState is the same header, with the same values, for both clouds
        events.add(new Event(cloud, taskId, status, previous, Boolean.TRUE.equals(ended),
                m.getHeader(TaskState.HEADER, String.class), m.getBody()));
    }

    /** The events of one task, oldest first. */
    public List<Event> of(String taskId) {
        return events.stream().filter(e -> taskId.equals(e.taskId())).toList();
    }
}
