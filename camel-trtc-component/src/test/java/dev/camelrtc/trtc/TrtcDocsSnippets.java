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
package dev.camelrtc.trtc;

import java.io.File;
import java.time.Instant;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.RtcCredentialsProvider;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.trtc.model.AudioFormat;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.TextToSpeechRequest;
import dev.camelrtc.trtc.model.TranscriptionParams;
import dev.camelrtc.trtc.model.Voice;

/**
 * The Java shown in docs/trtc-component.adoc, included from here between {@code tag::}/{@code end::} markers so that
 * it compiles with the build. {@link #configure()} installs the Java DSL example, which {@code TrtcDocsSnippetsTest}
 * runs against the simulator of {@link #SIM}.
 */
class TrtcDocsSnippets extends RouteBuilder {

    // tag::simulator-extension[]
    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey("AKIDtest0000000000000000000000000000", "testSecretKey000000000000000000000")
            .timings(SimulatorTimings.fast()).build();

    // trtc.getConfiguration().setEndpoint(SIM.simulator().baseUrl());   e.g. http://127.0.0.1:41234
    // end::simulator-extension[]

    static TrtcComponent componentOptions(CamelContext context) {
        // tag::component-options[]
        TrtcComponent trtc = context.getComponent("trtc", TrtcComponent.class);
        trtc.getConfiguration().setRegion("ap-singapore");
        trtc.getConfiguration().setSdkAppId(1400000000L);
        // end::component-options[]
        return trtc;
    }

    // tag::credentials-provider[]
    /** Temporary credentials from a vault or STS, fetched again a minute before they expire. */
    static final class StsCredentials implements RtcCredentialsProvider {

        /** A temporary key and when it expires. */
        record Lease(ApiCredentials credentials, Instant expiration) {
        }

        private final Supplier<Lease> fetch; // e.g. a call to your vault, or STS AssumeRole
        private volatile Lease current;

        StsCredentials(Supplier<Lease> fetch) {
            this.fetch = fetch;
        }

        @Override
        public ApiCredentials credentials() { // asked before every request: keep it fast and thread-safe
            Lease lease = current;
            if (lease == null || Instant.now().isAfter(lease.expiration().minusSeconds(60))) {
                synchronized (this) {
                    lease = current;
                    if (lease == null || Instant.now().isAfter(lease.expiration().minusSeconds(60))) {
                        lease = fetch.get();
                        current = lease;
                    }
                }
            }
            return lease.credentials(); // new ApiCredentials(secretId, secretKey, token): token goes in X-TC-Token
        }
    }
    // end::credentials-provider[]

    static void bindCredentialsProvider(CamelContext context, Supplier<StsCredentials.Lease> fetch) {
        // tag::credentials-provider-bean[]
        // the registry's only RtcCredentialsProvider: autowired, no option needed (with several, name one in the URI:
        // trtc:startAITranscription?credentialsProvider=#stsCredentials)
        context.getRegistry().bind("stsCredentials", new StsCredentials(fetch));
        // end::credentials-provider-bean[]
    }

    @Override
    public void configure() {
        // tag::java-dsl[]
        // credentials from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, region and SdkAppId once:
        //   camel.component.trtc.region=ap-guangzhou
        //   camel.component.trtc.sdkAppId=1400000000

        from("direct:transcribe")                                   // body: the room id
            .process(e -> e.getMessage().setBody(new StartAITranscriptionRequest()
                    .withRoomId(e.getMessage().getBody(String.class)).withRoomIdType(1L)
                    .withTranscriptionParams(new TranscriptionParams()
                            .withUserId("transcription-bot").withUserSig(userSigFor("transcription-bot")))))
            .to("trtc:startAITranscription")
            .log("started ${header.CamelTrtcTaskId} (RequestId ${header.CamelTrtcRequestId})");

        from("trtc:describeAITranscription?delay=2000")            // follows every task started above
            .choice()
                .when(header("CamelTrtcTaskEnded").isEqualTo(true))
                    .log("task ${header.CamelTrtcTaskId} ended: ${header.CamelTrtcStatus}")
                .otherwise()
                    .log("task ${header.CamelTrtcTaskId}: ${header.CamelTrtcPreviousStatus} -> ${header.CamelTrtcStatus}");

        from("direct:stop")                                         // header CamelTrtcTaskId carries the task
            .to("trtc:stopAITranscription");
        // end::java-dsl[]
    }

    /** Compiled only: Kafka is not on the test classpath. */
    void callbacksRoute() {
        // tag::callbacks-route[]
        from("trtc-callbacks:/trtc/events?callbackSecret={{trtc.callbackKey}}&eventTypes=903,902")
            .choice()
                .when(header("CamelTrtcEventType").isEqualTo(903))
                    .log("${header.CamelTrtcTaskId} ${body.userId}: ${body.text}")
                    .to("kafka:rtc-transcripts")
                .otherwise()
                    .to("kafka:rtc-task-status");
        // end::callbacks-route[]
    }

    /** Compiled only: Kafka is not on the test classpath. */
    void followTasksStartedElsewhere(String idA, String idB) {
        CamelContext context = getContext();
        // tag::follow-tasks-started-elsewhere[]
        context.getRegistry().bind("trtcState", FileStateRepository.fileStateRepository(new File("data/trtc-state.dat")));

        from("trtc:describeCloudTranscription?taskIds=RAW(" + idA + "," + idB + ")&sdkAppId=1400000000"
                + "&followStartedTasks=false&stateRepository=#trtcState&stateKey=cloud-asr&bridgeErrorHandler=true")
            .to("kafka:transcription-status");
        // end::follow-tasks-started-elsewhere[]
    }

    /** Speech synthesis into files; {@code TrtcDocsSnippetsTest} runs it against the simulator. */
    static RouteBuilder speech() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::text-to-speech[]
                from("direct:speak")                                        // body: the text
                    .process(e -> e.getMessage().setBody(new TextToSpeechRequest()
                            .withText(e.getMessage().getBody(String.class))
                            .withVoice(new Voice().withVoiceId("v-female-R2s4N9qJ"))
                            .withAudioFormat(new AudioFormat().withFormat("wav"))))
                    .to("trtc:textToSpeech")                                // body: the audio, byte[]
                    .setHeader("CamelFileName", simple("${exchangeId}.${header.CamelTrtcAudioFormat}"))
                    .to("file:{{speech.dir}}");
                // end::text-to-speech[]
            }
        };
    }

    private static String userSigFor(String userId) {
        return "user-sig-of-" + userId;
    }
}
