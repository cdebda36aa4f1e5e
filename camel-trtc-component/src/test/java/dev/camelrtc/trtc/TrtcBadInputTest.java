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
        // 21 replicas cannot share StopAITranscription's 20 calls per second: even an endpoint of another operation
        // fails, since a header may switch its exchanges to that operation
        camel.context().getComponent("trtc", TrtcComponent.class).setRateLimitReplicas(21);
        assertThatThrownBy(() -> camel.context().getEndpoint("trtc:startAITranscription?roomId=r21"))
                .rootCause().hasMessageContaining("rateLimitReplicas=21").hasMessageContaining("StopAITranscription");
        assertThat(SIM.simulator().faults().pending()).as("nothing was sent").isEqualTo(1);
    }
}
