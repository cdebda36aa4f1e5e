package dev.camelrtc.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.builder.RouteBuilder;

/**
 * Follows the AI transcription tasks this application starts: the {@code trtc:} consumer polls
 * DescribeAITranscription for every task a {@code trtc:startAITranscription} producer of this CamelContext started
 * (followStartedTasks, on by default) and emits one exchange when a task is first seen, one per status change and a
 * final one with {@code CamelTrtcTaskEnded=true}. Region, endpoint and credentials come from
 * {@code camel.component.trtc.*} in application.properties, so the URI carries only consumer options.
 */
@ApplicationScoped
public class TaskEventRoutes extends RouteBuilder {

    @Inject
    TaskEvents events;

    @Override
    public void configure() {
        from("trtc:describeAITranscription?delay={{app.trtc.poll-delay}}&initialDelay=0")
                .routeId("trtc-transcription-events")
                .log("task ${header.CamelTrtcTaskId}: ${header.CamelTrtcPreviousStatus} -> ${header.CamelTrtcStatus}"
                     + " (ended: ${header.CamelTrtcTaskEnded})")
                .process(events::record); // a processor: no camel-bean extension at 3.33.0 either
    }
}
