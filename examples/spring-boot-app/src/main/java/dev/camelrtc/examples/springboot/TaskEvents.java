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
package dev.camelrtc.examples.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.trtc.TrtcConstants;

/**
 * The task status changes the consumer routes delivered, in order; an application would store or forward them.
 */
@Component
public class TaskEvents {

    /** One delivered status change. */
    public record Event(String cloud, String taskId, String status, String previousStatus, boolean ended) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** Records an exchange of the trtc consumer. */
    public void recordTrtc(Exchange exchange) {
        Message m = exchange.getMessage();
        events.add(new Event("trtc", m.getHeader(TrtcConstants.TASK_ID, String.class),
                m.getHeader(TrtcConstants.STATUS, String.class), m.getHeader(TrtcConstants.PREVIOUS_STATUS, String.class),
                Boolean.TRUE.equals(m.getHeader(TrtcConstants.TASK_ENDED, Boolean.class))));
    }

    /** Records an exchange of the alilive consumer. */
    public void recordAlilive(Exchange exchange) {
        Message m = exchange.getMessage();
        events.add(new Event("alilive", m.getHeader(AliliveConstants.TASK_ID, String.class),
                m.getHeader(AliliveConstants.STATUS, String.class),
                m.getHeader(AliliveConstants.PREVIOUS_STATUS, String.class),
                Boolean.TRUE.equals(m.getHeader(AliliveConstants.TASK_ENDED, Boolean.class))));
    }

    /** The events of one task, oldest first. */
    public List<Event> of(String taskId) {
        return events.stream().filter(e -> taskId.equals(e.taskId())).toList();
    }
}
