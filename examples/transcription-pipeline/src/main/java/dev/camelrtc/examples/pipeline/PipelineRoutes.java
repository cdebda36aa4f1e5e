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

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.dataformat.JsonLibrary;

import dev.camelrtc.alilive.callback.AliliveCallbacksConstants;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.callback.Sentence;
import dev.camelrtc.trtc.callback.TaskStopped;
import dev.camelrtc.trtc.callback.TrtcCallbacksConstants;

/**
 * The pipeline in the Java DSL. Request files ({@code trtc-*.json}, {@code alilive-*.json}: the API's request
 * parameters as JSON) start tasks ({@link RequestRoutes}); the components' consumers report status changes; each
 * change is published as a {@link StatusEvent} to a Kafka topic and a JMS queue; what comes back from both feeds
 * {@link TaskProgress}. The clouds' callbacks bring what was said (TRTC's trtc-callbacks, Alibaba's RtcAsr results
 * through alilive-callbacks): each sentence goes, through one route, to a second Kafka topic (keyed by task id), and
 * what comes back from it is appended to the task's transcript file.
 */
public class PipelineRoutes extends RouteBuilder {

    static final String PUBLISH = "direct:publish-status";
    static final String PUBLISH_SENTENCE = "direct:publish-sentence";
    private static final String SENTENCE = "pipelineSentence";

    private final PipelineSettings settings;
    private final TaskProgress progress;
    private final boolean trtc;
    private final boolean alilive;
    private final String aliliveCallbackUrl;

    /** {@code aliliveCallbackUrl}: the CallbackURL of the Alibaba requests, or null to receive no Alibaba results. */
    public PipelineRoutes(PipelineSettings settings, TaskProgress progress, boolean trtc, boolean alilive,
            String aliliveCallbackUrl) {
        this.settings = settings;
        this.progress = progress;
        this.trtc = trtc;
        this.alilive = alilive;
        this.aliliveCallbackUrl = aliliveCallbackUrl;
    }

    @Override
    public void configure() {
        long delay = settings.pollDelayMillis();
        if (trtc) {
            from("trtc:describeAITranscription?delay=" + delay).routeId("trtc-status")
                    .process(e -> e.getMessage().setBody(StatusEvent.from(StatusEvent.TRTC, e.getMessage())))
                    .to(PUBLISH);
        }
        if (alilive) {
            // only the tasks this run creates, not every task of the account
            from("alilive:queryRtcAsrTasks?discoverTasks=false&delay=" + delay).routeId("alilive-status")
                    .process(e -> e.getMessage().setBody(StatusEvent.from(StatusEvent.ALILIVE, e.getMessage())))
                    .to(PUBLISH);
        }

        if (trtc && settings.trtcCallbacks()) {
            trtcCallbacks();
        }
        if (alilive && aliliveCallbackUrl != null) {
            aliliveCallbacks();
        }
        transcripts();

        JacksonDataFormat json = new JacksonDataFormat(StatusEvent.class);
        from(PUBLISH).routeId("publish-status")
                // the task id as record key keeps each task's events in order on one partition
                .process(e -> e.getMessage().setHeader(KafkaConstants.KEY,
                        e.getMessage().getBody(StatusEvent.class).taskId()))
                .marshal(json)
                .convertBodyTo(String.class)
                .multicast()
                    .to("kafka:" + settings.kafkaTopic())
                    .to("jms:queue:" + settings.jmsQueue())
                .end();

        from("kafka:" + settings.kafkaTopic() + "?groupId=pipeline-progress&autoOffsetReset=earliest")
                .routeId("progress-from-kafka")
                .unmarshal(json)
                .process(e -> progress.fromKafka(e.getMessage().getBody(StatusEvent.class)));
        from("jms:queue:" + settings.jmsQueue()).routeId("progress-from-jms")
                .unmarshal(json)
                .process(e -> progress.fromJms(e.getMessage().getBody(StatusEvent.class)));
    }

    private void trtcCallbacks() {
        from("trtc-callbacks:" + settings.callbackPath()).routeId("trtc-callbacks")
                .choice()
                    .when(body().isInstanceOf(Sentence.class))
                        .setHeader(KafkaConstants.KEY, header(TrtcCallbacksConstants.TASK_ID))
                        .to(PUBLISH_SENTENCE)
                    // the end of a task: trtc-status does not deliver it a second time (polling and push agree)
                    .when(header(TaskState.HEADER).isEqualTo(TaskState.ENDED.name()))
                        .process(e -> {
                            e.getMessage().setHeader(TrtcConstants.STATUS,
                                    e.getMessage().getBody() instanceof TaskStopped ? "Stopped" : "FailedToStart");
                            e.getMessage().setBody(StatusEvent.from(StatusEvent.TRTC, e.getMessage()));
                        })
                        .to(PUBLISH)
                .end();
    }

    /** Alibaba's RtcAsr results, posted to the CallbackURL of the alilive-*.json requests and signed with their AuthKey. */
    private void aliliveCallbacks() {
        from("alilive-callbacks:" + settings.aliliveCallbackPath() + "?callbackUrl=RAW(" + aliliveCallbackUrl + ")")
                .routeId("alilive-callbacks")
                .process(e -> e.getMessage().setBody(TranscriptSentence.fromAlilive(
                        e.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID, String.class),
                        e.getMessage().getBody(JsonNode.class))))
                .filter(body().isNotNull())
                    .setHeader(KafkaConstants.KEY, header(AliliveCallbacksConstants.TASK_ID))
                    .to(PUBLISH_SENTENCE)
                .end();
    }

    /** Both clouds' sentences: onto the transcripts topic, and from it into the transcript files. */
    private void transcripts() {
        from(PUBLISH_SENTENCE).routeId("publish-sentence")
                .process(e -> progress.sentencePublished())
                .marshal().json(JsonLibrary.Jackson)
                .convertBodyTo(String.class)
                .to("kafka:" + settings.transcriptsTopic());

        from("kafka:" + settings.transcriptsTopic() + "?groupId=pipeline-transcripts&autoOffsetReset=earliest")
                .routeId("transcripts-from-kafka")
                .unmarshal(new JacksonDataFormat(TranscriptSentence.class))
                .process(e -> {
                    TranscriptSentence sentence = e.getMessage().getBody(TranscriptSentence.class);
                    e.setProperty(SENTENCE, sentence);
                    e.getMessage().setHeader(Exchange.FILE_NAME, TranscriptLines.fileName(sentence.taskId()));
                    e.getMessage().setBody(TranscriptLines.line(sentence) + System.lineSeparator());
                })
                .to("file:" + settings.outputDir().resolve("transcripts") + "?fileExist=Append")
                // counted once in the file
                .process(e -> {
                    TranscriptSentence sentence = e.getProperty(SENTENCE, TranscriptSentence.class);
                    progress.sentence(sentence.vendor(), sentence.taskId(), e.getMessage().getBody(String.class).strip());
                });
    }
}
