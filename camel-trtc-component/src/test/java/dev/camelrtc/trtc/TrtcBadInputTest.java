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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.HandledErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input gets a clear error naming what is wrong before anything is sent (an armed simulator fault stays armed),
 * and the route goes on with the next exchange.
 */
class TrtcBadInputTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    private final HandledErrors handled = new HandledErrors();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc",
            () -> SimulatedTrtc.component(SIM, 1400000888L),
            new RouteBuilder() {
                @Override
                public void configure() {
                    handled.collectFrom(this);
                    from("direct:start").to("trtc:startAITranscription").setHeader("started", constant(true));
                }
            });

    @BeforeEach
    void armFault() {
        SIM.simulator().faults().inject("StartAITranscription", Fault.error("InternalError", "reached the cloud"), 1);
    }

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static Map<String, Object> valid(String room) {
        return Map.of("RoomId", room, "TranscriptionParams", Map.of("UserId", "bot", "UserSig", "sig"));
    }

    private Exception rejected(Object body) {
        Exchange exchange = camel.template().send("direct:start", e -> e.getMessage().setBody(body));
        assertThat(exchange.getMessage().getHeader("started")).isNull();
        assertThat(handled).isNotEmpty();
        return handled.remove(handled.size() - 1);
    }

    @Test
    void eachBadBodyFailsNamingWhatIsWrongAndTheNextExchangeStillWorks() {
        Map<String, Object> nullRoom = new HashMap<>(valid("x"));
        nullRoom.put("RoomId", null);
        Map<String, Object> hugeHotWords = new HashMap<>(valid("huge"));
        hugeHotWords.put("RecognizeConfig", Map.of("HotWordList", "w|1,".repeat(2_700_000)));

        assertThat(rejected(nullRoom)).hasMessage("Missing required parameter RoomId for operation startAITranscription");
        assertThat(rejected("{\"RoomId\":\"r\",\"TranscriptionParams\":null}")).hasMessage(
                "Missing required parameter TranscriptionParams for operation startAITranscription");
        assertThat(rejected(Map.of("RoomId", "r", "TranscriptionParams", "bot"))).hasMessageContaining(
                "Invalid parameter TranscriptionParams for operation startAITranscription");
        assertThat(rejected(Map.of("RoomId", "r", "SdkAppId", Map.of("a", 1),
                "TranscriptionParams", Map.of("UserId", "u", "UserSig", "s")))).hasMessageContaining(
                "Invalid parameter SdkAppId for operation startAITranscription");
        assertThat(rejected(Map.of("RoomId", "r", "TranscriptionParams", Map.of("UserId", "u", "UserSig", "s",
                "MaxIdleTime", "sixty")))).hasMessageContaining("Invalid parameter TranscriptionParams.MaxIdleTime");
        assertThat(rejected("true")).hasMessageContaining("must be a JSON object, got a JSON boolean");
        assertThat(rejected(new Object())).hasMessageContaining("cannot use a message body of type java.lang.Object");
        assertThat(rejected(hugeHotWords)).hasMessageContaining("over the API's limit of 10485760 bytes")
                .hasMessageContaining("largest parameter: RecognizeConfig").hasMessageContaining("nothing was sent");
        assertThat(SIM.simulator().faults().pending()).as("nothing reached the simulator").isEqualTo(1);

        SIM.simulator().faults().clear();
        Exchange good = camel.template().send("direct:start", e -> e.getMessage().setBody(valid("after-bad")));
        assertThat(good.getMessage().getHeader("started")).isEqualTo(true);
        assertThat(good.getMessage().getHeader(TrtcConstants.TASK_ID, String.class)).isNotBlank();
    }

    @Test
    void idsTheCloudWouldRefuseFailBeforeSending() {
        assertThat(rejected(valid("r".repeat(65)))).hasMessageStartingWith(
                "Invalid parameter RoomId for operation startAITranscription: the cloud accepts at most 64 bytes");
        assertThat(rejected(valid("room\r\nX-Injected: 1"))).hasMessageStartingWith("Invalid parameter RoomId");
        assertThat(rejected(valid("room\u202e"))).hasMessageStartingWith("Invalid parameter RoomId");
        assertThat(rejected(valid("4294967295"))).hasMessageContaining("a numeric room id from 1 to 4294967294");
        assertThat(rejected(Map.of("RoomId", "r", "TranscriptionParams", Map.of("UserId", "bot\u0000", "UserSig", "s"))))
                .hasMessageStartingWith("Invalid parameter TranscriptionParams.UserId for operation startAITranscription");
        assertThat(rejected(Map.of("RoomId", "r", "SessionId", "s".repeat(129),
                "TranscriptionParams", Map.of("UserId", "bot", "UserSig", "s"))))
                .hasMessageStartingWith("Invalid parameter SessionId");
        assertThat(SIM.simulator().faults().pending()).as("nothing reached the simulator").isEqualTo(1);

        SIM.simulator().faults().clear();
        Map<String, Object> stringRoom = new HashMap<>(valid("Room 1 {a|b}~,"));
        stringRoom.put("RoomIdType", 1);
        Exchange good = camel.template().send("direct:start", e -> e.getMessage().setBody(stringRoom));
        assertThat(good.getMessage().getHeader("started")).as("letters, digits, space and the listed marks pass")
                .isEqualTo(true);
    }

    @Test
    void badOptionsFailWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?region=Guangzhou"))
                .rootCause().hasMessageContaining("invalid region option 'Guangzhou'");
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?region=ap guangzhou"))
                .rootCause().hasMessageContaining("invalid region option");
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?retryAttempts=0"))
                .rootCause().hasMessageContaining("retryAttempts must be at least 1");
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?connectTimeout=soon"))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:startTask")).rootCause()
                .hasMessageContaining("Unknown trtc operation 'startTask'");
        assertThatThrownBy(() -> camel.template().requestBodyAndHeader("trtc:stopAITranscription?taskId=t", null,
                TrtcConstants.OPERATION, "dropTables")).rootCause().hasMessageContaining("Unknown trtc operation 'dropTables'");
        assertThat(SIM.simulator().faults().pending()).isEqualTo(1);
    }

    @Test
    void moreReplicasThanAnActionsQpsFailWhenTheEndpointIsCreated() {
        // 21 replicas cannot share StopAITranscription's 20 calls per second; StartAITranscription's 50 they can
        camel.context().getComponent("trtc", TrtcComponent.class).setRateLimitReplicas(21);
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:stopAITranscription?taskId=t21"))
                .rootCause().hasMessageContaining("rateLimitReplicas=21").hasMessageContaining("StopAITranscription");
        assertThat(camel.context().getEndpoint("trtc:startAITranscription?roomId=r21")).isNotNull();
        // a header switching an exchange to StopAITranscription fails it before anything is sent
        Exchange switched = camel.template().request("trtc:startAITranscription?roomId=r21",
                e -> {
                    e.getMessage().setHeader(TrtcConstants.OPERATION, "stopAITranscription");
                    e.getMessage().setHeader(TrtcConstants.TASK_ID, "t21");
                });
        assertThat(switched.getException()).hasMessageContaining("rateLimitReplicas=21");
        assertThat(SIM.simulator().faults().pending()).as("nothing was sent").isEqualTo(1);
    }

    @Test
    void usageVoicePrintAndSpeechInputFailsBeforeSending() {
        List<String> actions = List.of("DescribeTRTCAIRecognitionUsage", "DescribeVoicePrint", "UpdateVoicePrint",
                "RegisterVoicePrint", "VoiceClone", "TextToSpeech", "AsyncTextToSpeech");
        actions.forEach(a -> SIM.simulator().faults().inject(a, Fault.error("InternalError", "reached the cloud"), 1));

        assertThat(failure("describeTRTCAIRecognitionUsage", Map.of("StartTime", "2026-10-01 00:00:00",
                "EndTime", "2026-11-01 00:00:01", "AuType", List.of("asr")))).hasMessage(
                "Invalid parameter EndTime for operation describeTRTCAIRecognitionUsage: at most 31 days after"
                        + " StartTime per query (2026-10-01 00:00:00 to 2026-11-01 00:00:01); split the period");
        assertThat(failure("describeTRTCAIRecognitionUsage", Map.of("StartTime", "2026-10-02 00:00:00",
                "EndTime", "2026-10-01 00:00:00", "AuType", List.of("asr")))).hasMessageStartingWith(
                "Invalid parameter EndTime for operation describeTRTCAIRecognitionUsage: 2026-10-01 00:00:00 is before");
        assertThat(failure("describeTRTCAIRecognitionUsage", Map.of("StartTime", "2026-10-01",
                "EndTime", "2026-10-02 00:00:00", "AuType", List.of("asr")))).hasMessageStartingWith(
                "Invalid parameter StartTime for operation describeTRTCAIRecognitionUsage: expected yyyy-MM-dd HH:mm:ss");
        assertThat(failure("describeTRTCAIRecognitionUsage", Map.of("StartTime", "2026-10-01 00:00:00",
                "EndTime", "2026-10-02 00:00:00"))).hasMessage(
                "Missing required parameter AuType for operation describeTRTCAIRecognitionUsage");
        assertThat(failure("describeVoicePrint", Map.of("DescribeMode", 1, "PageIndex", 1, "PageSize", 10)))
                .hasMessageStartingWith("Invalid parameter PageSize for operation describeVoicePrint: at least 20");
        assertThat(failure("describeVoicePrint", Map.of("DescribeMode", 0))).hasMessage(
                "Missing required parameter VoicePrintIdList for operation describeVoicePrint");
        assertThat(failure("updateVoicePrint", Map.of("VoicePrintId", "vp", "ReqTimestamp", 1))).hasMessageStartingWith(
                "Missing parameter Audio or AudioMetaInfo for operation updateVoicePrint");
        assertThat(failure("registerVoicePrint", Map.of("Audio", "UklGRg==", "ReqTimestamp", 1, "AudioFormat", 0)))
                .hasMessage("Missing required parameter AudioName for operation registerVoicePrint");
        assertThat(failure("voiceClone", Map.of("VoiceName", "xiao-ming", "PromptAudio", "AAAA"))).hasMessageStartingWith(
                "Invalid parameter VoiceName for operation voiceClone: letters, digits and underscores, at most 36");
        assertThat(failure("textToSpeech", Map.of("Text", "hi", "Voice", Map.of("Speed", 1.0)))).hasMessage(
                "Missing required parameter Voice.VoiceId for operation textToSpeech");
        assertThat(failure("asyncTextToSpeech", Map.of("Voice", Map.of("VoiceId", "v")))).hasMessage(
                "Missing required parameter Text for operation asyncTextToSpeech");
        assertThat(SIM.simulator().faults().pending()).as("nothing reached the simulator").isEqualTo(1 + actions.size());

        SIM.simulator().faults().clear();
        Exchange thirtyOneDays = camel.template().request("trtc:describeTRTCAIRecognitionUsage", e -> e.getMessage()
                .setBody(Map.of("StartTime", "2026-10-01 00:00:00", "EndTime", "2026-11-01 00:00:00",
                        "AuType", List.of("asr"))));
        assertThat(thirtyOneDays.getException()).as("exactly 31 days is allowed").isNull();
    }

    private Exception failure(String operation, Object body) {
        Exchange exchange = camel.template().request("trtc:" + operation, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class);
        return exchange.getException();
    }
}
