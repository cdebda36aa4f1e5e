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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.trtc.model.AlignmentItem;
import dev.camelrtc.trtc.model.AsyncTextToSpeechRequest;
import dev.camelrtc.trtc.model.AudioFormat;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DeleteVoicePrintRequest;
import dev.camelrtc.trtc.model.DescribeAIConversationResponse;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeAsyncTextToSpeechResponse;
import dev.camelrtc.trtc.model.DescribeCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeTRTCAIRecognitionUsageRequest;
import dev.camelrtc.trtc.model.DescribeTRTCAIRecognitionUsageResponse;
import dev.camelrtc.trtc.model.DescribeVoicePrintRequest;
import dev.camelrtc.trtc.model.DescribeVoicePrintResponse;
import dev.camelrtc.trtc.model.RegisterVoicePrintRequest;
import dev.camelrtc.trtc.model.RegisterVoicePrintResponse;
import dev.camelrtc.trtc.model.StartAIConversationResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TextToSpeechRequest;
import dev.camelrtc.trtc.model.TranscriptionParams;
import dev.camelrtc.trtc.model.UpdateVoicePrintRequest;
import dev.camelrtc.trtc.model.Voice;
import dev.camelrtc.trtc.model.VoiceCloneRequest;
import dev.camelrtc.trtc.model.VoiceCloneResponse;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every trtc operation against the simulator, over HTTP on loopback. */
class TrtcProducerTest {

    private static final long SDK_APP_ID = 1400000042L;

    // a stopped task stays visible for 3 s: a describe right after a stop must see Stopped even when a busy
    // machine delays it (with fast()'s 300 ms it sometimes met TaskNotExist instead)
    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(3));

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc",
            () -> SimulatedTrtc.component(SIM, SDK_APP_ID), null);

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot-" + room).withUserSig("sig")
                        .withMaxIdleTime(600L));
    }

    @Test
    void aiTranscriptionLifecycle() {
        Exchange started = camel.template().request("trtc:startAITranscription", e -> e.getMessage().setBody(transcription("r1")));
        assertThat(started.getException()).isNull();
        StartAITranscriptionResponse response = started.getMessage().getBody(StartAITranscriptionResponse.class);
        String taskId = response.getTaskId();
        assertThat(taskId).isNotBlank();
        assertThat(started.getMessage().getHeader(TrtcConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(started.getMessage().getHeader(TrtcConstants.REQUEST_ID, String.class))
                .isEqualTo(response.getRequestId()).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Exchange described = camel.template().request("trtc:describeAITranscription?taskId=RAW(" + taskId + ")", e -> { });
            assertThat(described.getMessage().getBody(DescribeAITranscriptionResponse.class).getStatus())
                    .isEqualTo("InProgress");
            assertThat(described.getMessage().getHeader(TrtcConstants.STATUS)).isEqualTo("InProgress");
        });

        Exchange stopped = camel.template().request("trtc:stopAITranscription",
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));
        assertThat(stopped.getException()).isNull();
        assertThat(stopped.getMessage().getHeader(TrtcConstants.REQUEST_ID)).isNotNull();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Exchange described = camel.template().request("trtc:describeAITranscription?taskId=RAW(" + taskId + ")", e -> { });
            assertThat(described.getException()).isInstanceOfSatisfying(TrtcException.class, ex -> {
                assertThat(ex.getCode()).isEqualTo("FailedOperation.TaskNotExist");
                assertThat(ex.getAction()).isEqualTo("DescribeAITranscription");
                assertThat(ex.getRequestId()).isNotBlank();
                assertThat(ex.getMessage()).contains("FailedOperation.TaskNotExist", "DescribeAITranscription",
                        ex.getRequestId());
            });
        });
    }

    @Test
    void aiConversationLifecycleWithMapBodyAndJsonDocumentsGivenAsObjects() {
        Map<String, Object> body = Map.of(
                "RoomId", "conv-1",
                "SessionId", "session-conv-1",
                "AgentConfig", Map.of("UserId", "agent", "UserSig", "sig", "TargetUserId", "alice"),
                "LLMConfig", Map.of("LLMType", "openai", "Model", "m", "APIKey", "sk-not-real", "APIUrl", "http://llm"),
                "TTSConfig", "{\"TTSType\":\"flow\",\"VoiceId\":\"v1\",\"Model\":\"flow_01_turbo\"}");
        String taskId = camel.template().requestBody("trtc:startAIConversation", body, StartAIConversationResponse.class)
                .getTaskId();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(camel.template().requestBody(
                "trtc:describeAIConversation?sessionId=session-conv-1", null, DescribeAIConversationResponse.class)
                .getStatus()).isEqualTo("InProgress"));

        camel.template().requestBodyAndHeader("trtc:updateAIConversation",
                Map.of("WelcomeMessage", "hello again"), TrtcConstants.TASK_ID, taskId);
        camel.template().requestBody("trtc:controlAIConversation?taskId=RAW(" + taskId + ")",
                "{\"Command\":\"ServerPushText\",\"ServerPushText\":{\"Text\":\"hi\",\"Interrupt\":true}}");
        camel.template().requestBodyAndHeader("trtc:stopAIConversation", null, TrtcConstants.TASK_ID, taskId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(camel.template().requestBodyAndHeader(
                "trtc:describeAIConversation", null, TrtcConstants.TASK_ID, taskId, DescribeAIConversationResponse.class)
                .getStatus()).isEqualTo("Stopped"));
    }

    @Test
    void cloudTranscriptionLifecycleWithJsonStringBodyAndSdkAppIdFromTheComponent() {
        CreateCloudTranscriptionResponse created = camel.template().requestBody("trtc:createCloudTranscription",
                "{\"RoomId\":\"ct-1\",\"RoomIdType\":1,\"TranscriptionParam\":{\"UserId\":\"robot\",\"UserSig\":\"s\"},"
                        + "\"AsrParam\":{\"Lang\":\"bigmodel-zh\"}}",
                CreateCloudTranscriptionResponse.class);
        String taskId = created.getTaskId();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            DescribeCloudTranscriptionResponse described = camel.template().requestBodyAndHeader(
                    "trtc:describeCloudTranscription", null, TrtcConstants.TASK_ID, taskId,
                    DescribeCloudTranscriptionResponse.class);
            assertThat(described.getStatus()).isEqualTo("InProgress");
            assertThat(described.getStartTime()).isPositive();
        });

        camel.template().requestBodyAndHeader("trtc:deleteCloudTranscription", null, TrtcConstants.TASK_ID, taskId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(() -> camel.template().requestBodyAndHeader(
                "trtc:describeCloudTranscription", null, TrtcConstants.TASK_ID, taskId))
                .hasCauseInstanceOf(TrtcException.class).cause()
                .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskNotExist"));
    }

    @Test
    void aReplyInTheBodyIsNotARequestSoOperationsChainThroughTheTaskIdHeader() {
        Exchange exchange = camel.template().request("trtc:startAITranscription", e -> e.getMessage().setBody(transcription("r-chain")));
        String taskId = exchange.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);

        Exchange described = camel.template().send("trtc:describeAITranscription", exchange);

        assertThat(described.getException()).isNull();
        assertThat(described.getMessage().getBody(DescribeAITranscriptionResponse.class).getTaskId()).isEqualTo(taskId);
    }

    @Test
    void aBlankTaskIdHeaderLeavesTheUriOption() {
        String taskId = camel.template().request("trtc:startAITranscription",
                e -> e.getMessage().setBody(transcription("r-blank"))).getMessage().getHeader(TrtcConstants.TASK_ID, String.class);

        Exchange described = camel.template().request("trtc:describeAITranscription?taskId=RAW(" + taskId + ")",
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, " "));

        assertThat(described.getException()).isNull();
        assertThat(described.getMessage().getBody(DescribeAITranscriptionResponse.class).getTaskId()).isEqualTo(taskId);
    }

    @Test
    void bodiesCamelCanReadAsAStreamAreReadAsJson(@TempDir Path dir) throws Exception {
        String json = "{\"RoomId\":\"%s\",\"TranscriptionParams\":{\"UserId\":\"bot\",\"UserSig\":\"sig\"}}";
        StartAITranscriptionResponse fromStream = camel.template().requestBody("trtc:startAITranscription",
                new ByteArrayInputStream(json.formatted("r-stream").getBytes(StandardCharsets.UTF_8)),
                StartAITranscriptionResponse.class);
        assertThat(fromStream.getTaskId()).isNotBlank();

        // a file: consumer's GenericFile body, without convertBodyTo (as a Pipe from file: to a Kamelet sink has it)
        Files.writeString(dir.resolve("request.json"), json.formatted("r-file"));
        NotifyBuilder done = new NotifyBuilder(camel.context()).fromRoute("file-requests").whenCompleted(1).create();
        List<String> taskIds = new CopyOnWriteArrayList<>();
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir + "?noop=true").routeId("file-requests").to("trtc:startAITranscription")
                        .process(e -> taskIds.add(e.getMessage().getHeader(TrtcConstants.TASK_ID, String.class)));
            }
        });
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(taskIds).singleElement().asString().isNotBlank();
    }

    @Test
    void operationHeaderOverridesTheUri() {
        StartAITranscriptionResponse started = camel.template().requestBodyAndHeader("trtc:describeAITranscription",
                transcription("r-override"), TrtcConstants.OPERATION, "startAITranscription",
                StartAITranscriptionResponse.class);
        assertThat(started.getTaskId()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = { "trtc:startAITranscription?sessionId=dup-1", "trtc:startAITranscription" })
    void theSameStartSentTwiceAnswersTheRunningTaskItStarted(String uri) {
        int before = SIM.simulator().trtcTasks().list().size();
        StartAITranscriptionResponse first = camel.template().requestBody(uri, transcription("r-dup"),
                StartAITranscriptionResponse.class);
        StartAITranscriptionResponse again = camel.template().requestBody(uri, transcription("r-dup"),
                StartAITranscriptionResponse.class);

        assertThat(again.getTaskId()).isEqualTo(first.getTaskId());
        assertThat(SIM.simulator().trtcTasks().list()).hasSize(before + 1);
    }

    @Test
    void withoutSessionIdADuplicateStartIsTheCloudsTaskExistError() {
        camel.template().requestBody("trtc:startAITranscription?generateSessionId=false", transcription("r-taken"));
        assertThatThrownBy(() -> camel.template().requestBody("trtc:startAITranscription?generateSessionId=false",
                transcription("r-taken")))
                .cause().isInstanceOf(TrtcException.class)
                .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskExist");
    }

    @Test
    void missingRequiredParameterFailsBeforeAnyRequestIsSent() {
        // An armed fault is consumed by the next request of the action: still armed afterwards = nothing was sent
        SIM.simulator().faults().inject("StartAITranscription", Fault.error("InternalError", "must not be reached"), 1);
        StartAITranscriptionRequest noSig = transcription("r-missing");
        noSig.getTranscriptionParams().setUserSig(null);

        assertThatThrownBy(() -> camel.template().requestBody("trtc:startAITranscription", noSig))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing required parameter TranscriptionParams.UserSig for operation startAITranscription");
        assertThatThrownBy(() -> camel.template().requestBody("trtc:stopAITranscription", (Object) null))
                .cause().hasMessage("Missing required parameter TaskId for operation stopAITranscription");
        assertThatThrownBy(() -> camel.template().requestBody("trtc:startAITranscription?sdkAppId=7",
                Map.of("TranscriptionParams", Map.of("UserId", "u", "UserSig", "s"))))
                .cause().hasMessage("Missing required parameter RoomId for operation startAITranscription");
        assertThat(SIM.simulator().faults().pending()).isEqualTo(1);
    }

    @Test
    void wrongTypesAndBodiesFailNamingTheField() {
        assertThatThrownBy(() -> camel.template().requestBody("trtc:startAITranscription",
                "{\"SdkAppId\":\"not-a-number\",\"RoomId\":\"r\"}"))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid parameter SdkAppId for operation startAITranscription");
        assertThatThrownBy(() -> camel.template().requestBody("trtc:stopAITranscription", "[1,2]"))
                .cause().hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> camel.template().requestBody("trtc:stopAITranscription", "{not json"))
                .cause().hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> camel.template().requestBody("trtc:stopAITranscription", 42))
                .cause().hasMessageContaining("cannot use a message body of type java.lang.Integer");
    }

    @Test
    void cloudErrorEnvelopeBecomesTrtcExceptionWithoutSecrets() {
        Exchange failed = camel.template().request("trtc:describeAITranscription?taskId=t-1&secretKey=WrongSecretValue99",
                e -> { });
        assertThat(failed.getException()).isInstanceOfSatisfying(TrtcException.class, ex -> {
            assertThat(ex.getCode()).isEqualTo("AuthFailure.SignatureFailure");
            assertThat(ex.getHttpStatus()).isEqualTo(200);
            assertThat(ex.getRequestId()).isNotBlank();
            assertThat(ex.getMessage()).contains("AuthFailure.SignatureFailure", "DescribeAITranscription")
                    .doesNotContain("WrongSecretValue99").doesNotContain(SECRET_KEY);
        });
        assertThat(failed.getMessage().getHeaders().values().toString()).doesNotContain(SECRET_KEY);
    }

    @Test
    void unreadableRepliesBecomeTrtcExceptionsNamingTheHttpStatus() {
        List<Fault> faults = List.of(Fault.httpStatus(502), Fault.malformedBody(), Fault.truncatedBody(),
                Fault.wrongContentType());
        for (Fault fault : faults) {
            SIM.simulator().faults().inject("DescribeAITranscription", fault, 1);
            Exchange failed = camel.template().request("trtc:describeAITranscription?taskId=t-x&retryAttempts=1", e -> { });
            assertThat(failed.getException()).as(fault.toString()).isInstanceOfSatisfying(TrtcException.class, ex -> {
                assertThat(ex.getCode()).isIn(CloudApiException.INVALID_RESPONSE, "FailedOperation.TaskNotExist");
                if (ex.getCode().equals(CloudApiException.INVALID_RESPONSE)) {
                    assertThat(ex.getMessage()).contains("HTTP " + ex.getHttpStatus());
                }
            });
        }
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.httpStatus(502), 1);
        Exchange gateway = camel.template().request("trtc:describeAITranscription?taskId=t-x&retryAttempts=1", e -> { });
        assertThat(gateway.getException()).hasMessageContaining("HTTP 502")
                .hasMessageContaining(CloudApiException.INVALID_RESPONSE);
    }

    @Test
    void droppedConnectionIsANetworkError() {
        SIM.simulator().faults().inject("StopAITranscription", Fault.dropConnection(), 1);
        Exchange failed = camel.template().request("trtc:stopAITranscription?taskId=t-drop&retryAttempts=1", e -> { });
        assertThat(failed.getException()).isInstanceOfSatisfying(TrtcException.class, ex -> {
            assertThat(ex.isNetworkError()).isTrue();
            assertThat(ex.getHttpStatus()).isZero();
            assertThat(ex.getMessage()).contains("StopAITranscription");
        });
    }

    @Test
    void eachEndpointKeepsItsOwnResponseTimeoutOnTheSharedClient() {
        // the patient endpoint is created (and its client started) first: its timeouts must not become the others'
        camel.template().request("trtc:describeAIConversation?taskId=t-patient&responseTimeout=5000", e -> { });
        SIM.simulator().faults().inject("DescribeAIConversation", Fault.latency(Duration.ofSeconds(1)), 2);

        Exchange impatient = camel.template().request("trtc:describeAIConversation?taskId=t-impatient&responseTimeout=300"
                                              + "&retryAttempts=1", e -> { });
        Exchange patient = camel.template().request("trtc:describeAIConversation?taskId=t-patient&responseTimeout=5000",
                e -> { });

        assertThat(impatient.getException()).isInstanceOfSatisfying(TrtcException.class,
                ex -> assertThat(ex.isNetworkError()).isTrue());
        assertThat(patient.getException()).isInstanceOf(TrtcException.class)
                .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskNotExist");
    }

    @Test
    void producerDoesNotBlockTheCallingThreadWhileTheCloudIsSlow() throws Exception {
        SIM.simulator().faults().inject("DescribeAIConversation", Fault.latency(Duration.ofSeconds(2)), 1);
        TrtcEndpoint endpoint = camel.context().getEndpoint("trtc:describeAIConversation?taskId=t-slow", TrtcEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        try {
            AsyncProcessor async = AsyncProcessorConverterHelper.convert(producer);
            Exchange exchange = new DefaultExchange(camel.context());
            CountDownLatch done = new CountDownLatch(1);

            java.util.concurrent.atomic.AtomicReference<String> completedOn = new java.util.concurrent.atomic.AtomicReference<>();
            boolean completedSynchronously = async.process(exchange, doneSync -> {
                completedOn.set(Thread.currentThread().getName());
                done.countDown();
            });
            long stillWaiting = done.getCount();

            assertThat(completedSynchronously).isFalse();
            assertThat(stillWaiting).as("callback not yet called when process() returned").isEqualTo(1);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(completedOn.get()).as("the route continues on a Camel thread, never the HTTP client's")
                    .contains("trtc-reply").doesNotContain("camel-trtc-http");
            assertThat(exchange.getException()).isInstanceOf(TrtcException.class)
                    .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskNotExist");
        } finally {
            producer.stop();
        }
    }

    @Test
    void aiRecognitionUsageIsReadPerDayWithTheSdkAppIdOfTheComponentAsAString() {
        Exchange exchange = camel.template().request("trtc:describeTRTCAIRecognitionUsage", e -> e.getMessage()
                .setBody(new DescribeTRTCAIRecognitionUsageRequest().withStartTime("2026-11-01 00:00:00")
                        .withEndTime("2026-11-03 00:00:00").withAuType(List.of("asr", "tts"))));

        // the simulator refuses a numeric SdkAppId for this action: success shows the option was sent as a string
        assertThat(exchange.getException()).isNull();
        DescribeTRTCAIRecognitionUsageResponse usage = exchange.getMessage()
                .getBody(DescribeTRTCAIRecognitionUsageResponse.class);
        assertThat(usage.getUsageKey()).containsExactly("Asr", "Tts");
        assertThat(usage.getTotalUsage()).containsExactly(0.0f, 0.0f);
        assertThat(usage.getUsageList()).extracting(u -> u.getTimeKey()).containsExactly("2026-11-01 00:00:00",
                "2026-11-02 00:00:00", "2026-11-03 00:00:00");
        assertThat(usage.getUsageList().get(0).getUsageValue()).hasSize(2);
        assertThat(exchange.getMessage().getHeader(TrtcConstants.REQUEST_ID, String.class))
                .isEqualTo(usage.getRequestId()).isNotBlank();
    }

    @Test
    void voicePrintLifecycle() {
        byte[] wav = "RIFF-a-voice".getBytes(StandardCharsets.US_ASCII);
        RegisterVoicePrintResponse registered = camel.template().requestBody("trtc:registerVoicePrint",
                new RegisterVoicePrintRequest().withAudioBytes(wav).withAudioFormat(0L).withAudioName("jackson")
                        .withReqTimestamp(1_749_119_700_000L).withAudioMetaInfo("first"),
                RegisterVoicePrintResponse.class);
        String id = registered.getVoicePrintId();
        assertThat(id).isNotBlank();

        DescribeVoicePrintRequest byId = new DescribeVoicePrintRequest().withDescribeMode(0L)
                .withVoicePrintIdList(List.of(id));
        DescribeVoicePrintResponse described = camel.template().requestBody("trtc:describeVoicePrint", byId,
                DescribeVoicePrintResponse.class);
        assertThat(described.getTotalCount()).isEqualTo(1L);
        assertThat(described.getData().get(0).getAudioName()).isEqualTo("jackson");
        assertThat(described.getData().get(0).getVoicePrintMetaInfo()).isEqualTo("first");

        Exchange updated = camel.template().request("trtc:updateVoicePrint", e -> e.getMessage().setBody(
                new UpdateVoicePrintRequest().withVoicePrintId(id).withReqTimestamp(1_749_120_210_000L)
                        .withAudioMetaInfo("second")));
        assertThat(updated.getException()).isNull();
        DescribeVoicePrintResponse page = camel.template().requestBody("trtc:describeVoicePrint",
                Map.of("DescribeMode", 1, "PageIndex", 1, "PageSize", 20), DescribeVoicePrintResponse.class);
        assertThat(page.getData()).singleElement().satisfies(v -> {
            assertThat(v.getVoicePrintId()).isEqualTo(id);
            assertThat(v.getVoicePrintMetaInfo()).isEqualTo("second");
            assertThat(v.getReqTimestamp()).isEqualTo(1_749_120_210_000L);
        });

        Exchange deleted = camel.template().request("trtc:deleteVoicePrint",
                e -> e.getMessage().setBody(new DeleteVoicePrintRequest().withVoicePrintId(id)));
        assertThat(deleted.getException()).isNull();
        assertThat(camel.template().requestBody("trtc:describeVoicePrint", byId, DescribeVoicePrintResponse.class)
                .getTotalCount()).isZero();
        Exchange again = camel.template().request("trtc:updateVoicePrint", e -> e.getMessage().setBody(
                new UpdateVoicePrintRequest().withVoicePrintId(id).withReqTimestamp(1L).withAudioMetaInfo("x")));
        assertThat(again.getException()).isInstanceOfSatisfying(TrtcException.class,
                ex -> assertThat(ex.getCode()).isEqualTo("FailedOperation.UpdateVoicePrintIdNotFound"));
    }

    @Test
    void textToSpeechAnswersTheAudioItselfWithItsFormatInHeaders(@TempDir Path dir) throws Exception {
        Exchange wav = camel.template().request("trtc:textToSpeech", e -> e.getMessage().setBody(
                new TextToSpeechRequest().withText("hello").withVoice(new Voice().withVoiceId("v-female"))
                        .withAudioFormat(new AudioFormat().withFormat("wav").withSampleRate(16000L))
                        .withAlignmentMode(1L)));

        assertThat(wav.getException()).isNull();
        byte[] audio = wav.getMessage().getBody(byte[].class);
        // the simulator speaks 50 ms per character: 5 characters, 16-bit mono at 16 kHz, after a 44-byte header
        assertThat(audio).hasSize(44 + 16000 * 2 * 250 / 1000);
        assertThat(new String(audio, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(wav.getMessage().getHeader(TrtcConstants.AUDIO_FORMAT)).isEqualTo("wav");
        assertThat(wav.getMessage().getHeader(TrtcConstants.AUDIO_SAMPLE_RATE)).isEqualTo(16000L);
        assertThat(wav.getMessage().getHeader(TrtcConstants.AUDIO_DURATION_MS)).isEqualTo(250L);
        List<?> alignments = wav.getMessage().getHeader(TrtcConstants.ALIGNMENTS, List.class);
        assertThat(alignments).singleElement().isInstanceOfSatisfying(AlignmentItem.class,
                a -> assertThat(a.getText()).isEqualTo("hello"));
        assertThat(wav.getMessage().getHeader(TrtcConstants.REQUEST_ID, String.class)).isNotBlank();

        // the default format: raw PCM at 24 kHz, written by a route as it is
        camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to("trtc:textToSpeech").to("file:" + dir + "?fileName=speech.pcm");
            }
        });
        Exchange pcm = camel.template().request("direct:speak", e -> e.getMessage()
                .setBody(Map.of("Text", "hi", "Voice", Map.of("VoiceId", "v-female"))));
        assertThat(pcm.getException()).isNull();
        assertThat(pcm.getMessage().getHeader(TrtcConstants.AUDIO_FORMAT)).isEqualTo("pcm");
        assertThat(pcm.getMessage().getHeader(TrtcConstants.AUDIO_SAMPLE_RATE)).isEqualTo(24000L);
        assertThat(Files.size(dir.resolve("speech.pcm"))).isEqualTo(24000 * 2 * 100 / 1000);
    }

    @Test
    void aClonedVoiceSpeaks() {
        VoiceCloneResponse cloned = camel.template().requestBody("trtc:voiceClone",
                new VoiceCloneRequest().withVoiceName("xiaoming_01").withPromptAudioBytes(new byte[] {1, 2, 3})
                        .withPromptText("hello"), VoiceCloneResponse.class);
        assertThat(cloned.getVoiceId()).startsWith("xiaoming_01_");

        Exchange spoken = camel.template().request("trtc:textToSpeech", e -> e.getMessage().setBody(
                new TextToSpeechRequest().withText("hi").withVoice(new Voice().withVoiceId(cloned.getVoiceId()))));
        assertThat(spoken.getException()).isNull();
        assertThat(spoken.getMessage().getBody(byte[].class)).isNotEmpty();
    }

    @Test
    void asyncTextToSpeechLifecycle() {
        Exchange started = camel.template().request("trtc:asyncTextToSpeech", e -> e.getMessage().setBody(
                new AsyncTextToSpeechRequest().withText("a long text").withVoice(new Voice().withVoiceId("v-1"))
                        .withAlignmentMode(1L).withLanguageCode("en")));
        assertThat(started.getException()).isNull();
        String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(taskId).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Exchange described = camel.template().request("trtc:describeAsyncTextToSpeech",
                    e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));
            DescribeAsyncTextToSpeechResponse status = described.getMessage()
                    .getBody(DescribeAsyncTextToSpeechResponse.class);
            assertThat(status.getStatus()).isEqualTo("Success");
            assertThat(status.getAudioDownloadUrl()).endsWith(taskId + "/result.mp3");
            assertThat(status.getSubtitleDownloadUrl()).endsWith("/subtitle.json");
            assertThat(described.getMessage().getHeader(TrtcConstants.STATUS)).isEqualTo("Success");
        });
    }
}
