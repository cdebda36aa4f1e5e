package dev.camelrtc.examples.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Processor;
import org.apache.camel.spi.UriEndpoint;

import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.alilive.AliliveEndpoint;
import dev.camelrtc.alilive.AliliveException;

/**
 * Stand-in for the {@code alilive:queryRtcAsrTasks} polling consumer while the component has none: queries each task
 * this run started with the producer and emits the same headers the consumer will (status, previous status, task
 * ended, CamelRtcTaskState). Run by one timer route, so never concurrently. {@link PipelineRoutes} uses the real consumer as soon as the component offers it.
 */
final class AliliveStatusPolling implements Processor {

    private final TaskProgress progress;
    private final Map<String, String> lastStatus = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private ProducerTemplate template;

    AliliveStatusPolling(TaskProgress progress) {
        this.progress = progress;
    }

    static boolean componentHasConsumer() {
        return !AliliveEndpoint.class.getAnnotation(UriEndpoint.class).producerOnly();
    }

    /** One poll, run by a timer route. */
    @Override
    public void process(Exchange timer) {
        if (template == null) {
            template = timer.getContext().createProducerTemplate();
        }
        for (String taskId : progress.unfinished(StatusEvent.ALILIVE)) {
            if (ended.contains(taskId)) {
                continue;
            }
            Exchange reply = template.request("alilive:queryRtcAsrTasks",
                    e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));
            String status;
            if (reply.getException() instanceof AliliveException notFound
                    && "ConfigNotFound".equals(notFound.getCode())) {
                status = "NotFound";
            } else if (reply.getException() != null) {
                continue; // read again next poll
            } else {
                status = reply.getMessage().getHeader(AliliveConstants.STATUS, String.class);
            }
            String previous = lastStatus.put(taskId, status);
            if (!status.equals(previous)) {
                emit(template, taskId, status, previous);
            }
        }
    }

    private void emit(ProducerTemplate template, String taskId, String status, String previous) {
        String state = switch (status) {
            case "0" -> "PENDING";
            case "1" -> "RUNNING";
            default -> "ENDED";
        };
        if ("ENDED".equals(state)) {
            ended.add(taskId);
        }
        template.send(PipelineRoutes.PUBLISH, e -> {
            e.getMessage().setHeader("CamelAliliveTaskId", taskId);
            e.getMessage().setHeader("CamelAliliveStatus", status);
            e.getMessage().setHeader("CamelAlilivePreviousStatus", previous);
            e.getMessage().setHeader("CamelAliliveTaskEnded", "ENDED".equals(state));
            e.getMessage().setHeader(StatusEvent.STATE_HEADER, state);
            e.getMessage().setBody(StatusEvent.from(StatusEvent.ALILIVE, e.getMessage()));
        });
    }
}
