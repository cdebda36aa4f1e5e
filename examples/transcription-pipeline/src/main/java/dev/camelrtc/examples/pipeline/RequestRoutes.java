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
package dev.camelrtc.examples.pipeline;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * Request files start tasks, exactly once each: {@code trtc-*.json} with {@code trtc:startAITranscription},
 * {@code alilive-*.json} with {@code alilive:createRtcAsrTask}; the file then goes to {@code .done}, or to
 * {@code .failed} when the start failed.
 *
 * <p>Moving the file is the last step and can fail after the task started (issue 9: Camel's file component lost a
 * race creating the {@code .done} folder for two routes at once, and the file was read again). So the start does not
 * depend on the move: Camel's Idempotent Consumer writes a marker for the request (file name and content hash) to a
 * file repository before the call, and a request read again is not started again but only moved. One route reads
 * all request files, so one file endpoint creates the folders. TRTC starts are idempotent by themselves too: the
 * component derives their SessionId from the request, and the same request sent again answers the running task.
 */
public class RequestRoutes extends RouteBuilder {

    /** Where a request started, or failed to: learns each request's outcome once. */
    public interface Outcomes {
        void started(String vendor, String taskId, String requestFile);

        void startFailed(String requestFile, String reason);
    }

    private static final String START = "direct:start-request";
    private static final String OUTCOME = "pipelineOutcome";
    private static final String KEY = "pipelineRequestKey";
    private static final String FAILED_MARK = "failed:";

    private final Path input;
    private final IdempotentRepository started;
    private final Outcomes outcomes;
    private final boolean trtc;
    private final boolean alilive;

    public RequestRoutes(Path input, Path markers, Outcomes outcomes, boolean trtc, boolean alilive) {
        this.input = input;
        this.started = FileIdempotentRepository.fileIdempotentRepository(markers.toFile(), 100_000);
        this.outcomes = outcomes;
        this.trtc = trtc;
        this.alilive = alilive;
    }

    @Override
    public void configure() {
        String vendors = trtc && alilive ? "(trtc|alilive)" : trtc ? "trtc" : "alilive";
        from("file:" + input + "?include=" + vendors + "-.*\\.json"
             + "&move=${exchangeProperty." + OUTCOME + "}/${file:name}")
                .routeId("requests")
                .convertBodyTo(String.class)
                .setProperty(KEY, simple("${file:name}:${hash(${body})}"))
                .idempotentConsumer(exchangeProperty(KEY), started).skipDuplicate(false)
                    .choice()
                        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE))
                            .process(e -> e.setProperty(OUTCOME, started.contains(FAILED_MARK
                                    + e.getProperty(KEY, String.class)) ? ".failed" : ".done"))
                            .log("${file:name} was read before and not started again; moving it to "
                                 + "${exchangeProperty." + OUTCOME + "}")
                        .otherwise()
                            .setProperty(OUTCOME, constant(".done"))
                            .doTry()
                                .to(START)
                            .doCatch(Exception.class)
                                .setProperty(OUTCOME, constant(".failed"))
                                .process(this::failed)
                            .end()
                    .end()
                .end();

        // its failures are the caller's to handle (doCatch above), not to be logged as failed deliveries here
        from(START).routeId("start-request").errorHandler(noErrorHandler())
                .choice()
                    .when(header(Exchange.FILE_NAME).startsWith(StatusEvent.TRTC))
                        .to("trtc:startAITranscription")
                        .process(e -> started(e, StatusEvent.TRTC, "CamelTrtcTaskId"))
                    .otherwise()
                        .to("alilive:createRtcAsrTask")
                        .process(e -> started(e, StatusEvent.ALILIVE, "CamelAliliveTaskId"));
    }

    private void started(Exchange exchange, String vendor, String taskIdHeader) {
        outcomes.started(vendor, exchange.getMessage().getHeader(taskIdHeader, String.class),
                exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class));
    }

    private void failed(Exchange exchange) {
        started.add(FAILED_MARK + exchange.getProperty(KEY, String.class));
        outcomes.startFailed(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
    }
}
