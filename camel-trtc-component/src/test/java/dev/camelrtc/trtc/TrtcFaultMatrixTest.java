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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.testing.DeliveredEvent;
import dev.camelrtc.support.testing.FaultMatrixTally;
import dev.camelrtc.trtc.model.AgentConfig;
import dev.camelrtc.trtc.model.AsrParam;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.RegisterVoicePrintRequest;
import dev.camelrtc.trtc.model.RegisterVoicePrintResponse;
import dev.camelrtc.trtc.model.StartAIConversationRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.TranscriptionParam;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.support.testing.DeliveredEvent.endedTasks;
import static dev.camelrtc.support.testing.DeliveredEvent.lostTransitions;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.awaitility.Awaitility.await;

/**
 * Every trtc operation under every fault the simulator injects, with the consumers following every task meanwhile:
 * each call succeeds after retries or fails with a TrtcException whose message says what happened; starts never
 * create a second task; the consumers lose no transition and repeat no status.
 */
class TrtcFaultMatrixTest {

    private static final long SDK_APP_ID = 1400000123L;

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(60));

    private static final Map<String, Supplier<Fault>> FAULTS = new LinkedHashMap<>();

    static {
        FAULTS.put("HTTP 502 gateway page", () -> Fault.httpStatus(502));
        FAULTS.put("HTTP 503 after execution", () -> Fault.httpStatusAfterExecute(503));
        FAULTS.put("throttling burst", () -> Fault.error("RequestLimitExceeded", "Request limit exceeded."));
        FAULTS.put("internal error", () -> Fault.error("InternalError", "Internal error."));
        FAULTS.put("latency above the timeout", () -> Fault.latency(Duration.ofMillis(2000)));
        FAULTS.put("connection reset", Fault::dropConnection);
        FAULTS.put("connection reset after execution", Fault::dropConnectionAfterExecute);
        FAULTS.put("malformed JSON", Fault::malformedBody);
        FAULTS.put("truncated body", Fault::truncatedBody);
        FAULTS.put("wrong content type", Fault::wrongContentType);
    }

    private final List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, String> families = new ConcurrentHashMap<>();
    private final FaultMatrixTally tally = new FaultMatrixTally("trtc", TrtcException.class, SECRET_KEY);

    @Test
    void everyOperationUnderEveryFault() throws Exception {
        CamelContext context = new DefaultCamelContext();
        TrtcComponent trtc = SimulatedTrtc.component(SIM, SDK_APP_ID);
        trtc.getConfiguration().setResponseTimeout(500);
        trtc.getConfiguration().setRetryAttempts(4);
        trtc.getConfiguration().setRetryInitialDelay(20);
        context.addComponent("trtc", trtc);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String describe : List.of("describeAITranscription", "describeAIConversation",
                        "describeCloudTranscription", "describeAsyncTextToSpeech")) {
                    from("trtc:" + describe + "?delay=50&notFoundGrace=5000").routeId(describe)
                            .process(e -> events.add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
                }
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        try {
            int room = 0;
            for (TrtcOperations operation : TrtcOperations.values()) {
                for (Map.Entry<String, Supplier<Fault>> fault : FAULTS.entrySet()) {
                    String roomId = "matrix-" + room++;
                    runCase(template, operation, roomId, fault.getKey(), fault.getValue().get());
                }
            }
            // end every task so that every consumer must deliver its end
            for (JsonNode task : SIM.simulator().tasksAsJson()) {
                // speech synthesis tasks end by themselves
                if (!Set.of("Stopped", "Exited").contains(task.path("status").asText())
                        && !"ASYNC_TEXT_TO_SPEECH".equals(task.path("family").asText())) {
                    String stop = switch (task.path("family").asText()) {
                        case "AI_TRANSCRIPTION", "AITranscription" -> "trtc:stopAITranscription";
                        case "AI_CONVERSATION", "AIConversation" -> "trtc:stopAIConversation";
                        default -> "trtc:deleteCloudTranscription";
                    };
                    template.request(stop, e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, task.path("id").asText()));
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> endedTasks(events).containsAll(families.keySet()));
        } finally {
            int lost = lostTransitions(events, families.keySet(), id -> families.get(id) + " task " + id
                    + " (in the simulator: " + SIM.simulator().tasksAsJson().toString().contains(id) + ")");
            context.stop();
            tally.assertClean(lost);
        }
    }

    private void runCase(ProducerTemplate template, TrtcOperations operation, String roomId, String faultName,
                         Fault fault) {
        String taskId = operation.kind() == OperationKind.START ? null : startTaskFor(template, operation, roomId);
        String voicePrintId = operation.family().equals("VoicePrint") && operation != TrtcOperations.registerVoicePrint
                ? template.requestBody("trtc:registerVoicePrint", requestFor(TrtcOperations.registerVoicePrint, roomId,
                        null), RegisterVoicePrintResponse.class).getVoicePrintId()
                : null;
        long speechTasksBefore = speechTasks();
        SIM.simulator().faults().inject(operation.action(), fault, faultName.equals("throttling burst") ? 2 : 1);
        Exchange exchange = template.request("trtc:" + operation, e -> {
            e.getMessage().setBody(requestFor(operation, roomId, voicePrintId));
            if (taskId != null) {
                e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId);
            }
        });
        SIM.simulator().faults().clear();
        Exception failure = exchange.getException();
        tally.ran(operation + " / " + faultName, operation.action(), failure);
        if (operation.kind() == OperationKind.START) {
            long inRoom = operation == TrtcOperations.asyncTextToSpeech ? speechTasks() - speechTasksBefore
                    : tasksInRoom(roomId);
            tally.started(inRoom);
            if (failure == null) {
                families.put(exchange.getMessage().getHeader(TrtcConstants.TASK_ID, String.class), operation.family());
            } else if (inRoom > 0) {
                // not safe to repeat, outcome unknown: the task exists, and the error must say it may
                tally.failedAfterExecution(operation + " / " + faultName, failure);
            }
        }
    }


    /** A task for an operation of a task family to act on; null for usage, voiceprints and speech. */
    private String startTaskFor(ProducerTemplate template, TrtcOperations operation, String roomId) {
        TrtcOperations start = switch (operation.family()) {
            case "AITranscription" -> TrtcOperations.startAITranscription;
            case "AIConversation" -> TrtcOperations.startAIConversation;
            case "CloudTranscription" -> TrtcOperations.createCloudTranscription;
            case "AsyncTextToSpeech" -> TrtcOperations.asyncTextToSpeech;
            default -> null;
        };
        if (start == null) {
            return null;
        }
        Exchange started = template.request("trtc:" + start, e -> e.getMessage().setBody(requestFor(start, roomId, null)));
        String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        for (JsonNode t : SIM.simulator().tasksAsJson()) {
            if (roomId.equals(t.path("roomId").asText())) {
                taskId = t.path("id").asText();
            }
        }
        families.put(taskId, start.family());
        return taskId;
    }

    private static Object requestFor(TrtcOperations operation, String roomId, String voicePrintId) {
        return switch (operation) {
            case startAITranscription -> new StartAITranscriptionRequest().withRoomId(roomId)
                    .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                            .withMaxIdleTime(3600L));
            case startAIConversation -> new StartAIConversationRequest().withRoomId(roomId)
                    .withAgentConfig(new AgentConfig().withUserId("agent").withUserSig("sig").withTargetUserId("u")
                            .withMaxIdleTime(3600L))
                    .withLlmConfig("{\"LLMType\":\"openai\",\"Model\":\"m\",\"APIKey\":\"k\",\"APIUrl\":\"http://llm\"}")
                    .withTtsConfig("{\"TTSType\":\"flow\",\"VoiceId\":\"v\",\"Model\":\"flow_01_turbo\"}");
            case createCloudTranscription -> new CreateCloudTranscriptionRequest().withRoomId(roomId).withRoomIdType(1L)
                    .withTranscriptionParam(new TranscriptionParam().withUserId("robot").withUserSig("s")
                            .withMaxIdleTime(3600L))
                    .withAsrParam(new AsrParam().withLang("bigmodel-zh"));
            case updateAIConversation -> Map.of("WelcomeMessage", "hello");
            case controlAIConversation -> Map.of("Command", "ServerPushText", "ServerPushText", Map.of("Text", "hi"));
            case describeTRTCAIRecognitionUsage -> Map.of("StartTime", "2026-11-01 00:00:00", "EndTime",
                    "2026-11-01 01:00:00", "AuType", List.of("asr"));
            case registerVoicePrint -> new RegisterVoicePrintRequest().withAudioBytes(new byte[] {1, 2})
                    .withReqTimestamp(1L).withAudioFormat(0L).withAudioName(roomId);
            case describeVoicePrint -> Map.of("DescribeMode", 0, "VoicePrintIdList", List.of(voicePrintId));
            case updateVoicePrint -> Map.of("VoicePrintId", voicePrintId, "ReqTimestamp", 2, "AudioMetaInfo", "m");
            case deleteVoicePrint -> Map.of("VoicePrintId", voicePrintId);
            case textToSpeech, asyncTextToSpeech -> Map.of("Text", roomId, "Voice", Map.of("VoiceId", "v"));
            case voiceClone -> Map.of("VoiceName", roomId.replace('-', '_'), "PromptAudio", "AQID");
            default -> null;
        };
    }

    private static long speechTasks() {
        long count = 0;
        for (JsonNode t : SIM.simulator().tasksAsJson()) {
            if ("ASYNC_TEXT_TO_SPEECH".equals(t.path("family").asText())) {
                count++;
            }
        }
        return count;
    }

    private static long tasksInRoom(String roomId) {
        long count = 0;
        for (JsonNode t : SIM.simulator().tasksAsJson()) {
            if (roomId.equals(t.path("roomId").asText())) {
                count++;
            }
        }
        return count;
    }

}
