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
package dev.camelrtc.alilive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input gets an IllegalArgumentException naming what is wrong before any request is sent (a fault armed in the
 * simulator for the next request of any action stays pending), and the route keeps serving the next exchange.
 * (Missing parameters and a wrong scalar type are covered by AliliveProducerSimulatorTest and
 * AliliveComponentConfigurationTest.)
 */
class AliliveBadInputTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("alilive",
            () -> SimulatedAlilive.component(SIM), new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").routeId("create").to("alilive:createRtcAsrTask");
                    from("direct:stop").routeId("stop").to("alilive:stopRtcAsrTask");
                }
            });

    @BeforeEach
    void armFault() {
        // whichever request reaches the simulator first takes this fault: none may
        SIM.simulator().faults().inject("*", Fault.error("InternalError", "armed: no request expected"), 1);
    }

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static Map<String, Object> live() {
        Map<String, Object> body = new HashMap<>();
        body.put("Mode", "live");
        body.put("StreamURL", "rtmp://example.com/app/bad-input");
        body.put("Language", "cn");
        body.put("CallbackURL", "http://127.0.0.1:9/cb");
        return body;
    }

    private static Map<String, Object> live(String name, Object value) {
        Map<String, Object> body = live();
        body.put(name, value);
        return body;
    }

    private Exception failureOf(String route, Object body, Map<String, Object> headers) {
        Exchange exchange = camel.template().request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertThat(exchange.getException()).as("failure of %s with %s", route, body)
                .isInstanceOf(IllegalArgumentException.class);
        return exchange.getException();
    }

    private Exception createFailure(Object body) {
        return failureOf("direct:create", body, Map.of());
    }

    private void assertNothingSentAndTheRouteStillWorks() {
        assertThat(SIM.simulator().faults().pending()).as("the armed fault is still pending").isEqualTo(1);
        SIM.simulator().faults().clear();
        CreateRtcAsrTaskResponse created = camel.template().requestBody("direct:create", live(),
                CreateRtcAsrTaskResponse.class);
        assertThat(created.getTaskId()).startsWith("asr-");
        assertThat(SIM.simulator().rtcAsrTasks().list()).hasSize(1);
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreRefusedNamingWhatWasGot() {
        assertThat(createFailure("[{\"Mode\":\"live\"}]")).hasMessageContaining("createRtcAsrTask")
                .hasMessageContaining("must be a JSON object, got a JSON array");
        assertThat(createFailure("42")).hasMessageContaining("got a JSON number");
        assertThat(createFailure("true")).hasMessageContaining("got a JSON boolean");
        assertThat(createFailure("{\"Mode\":\"live\",")).hasMessageContaining("not valid JSON");
        assertThat(createFailure("Mode=live&Language=cn")).hasMessageContaining("not valid JSON");
        assertThat(createFailure(List.of(live()))).hasMessageContaining("createRtcAsrTask")
                .hasMessageContaining(List.class.getSimpleName());
        assertThat(createFailure(42)).hasMessageContaining("java.lang.Integer");
        assertThat(createFailure(Boolean.TRUE)).hasMessageContaining("java.lang.Boolean");
        assertNothingSentAndTheRouteStillWorks();
    }

    @Test
    void wrongTypesAreRefusedNamingTheParameter() {
        assertThat(createFailure(live("StreamURL", Map.of("url", "rtmp://x")))).hasMessageContaining("StreamURL")
                .hasMessageContaining("createRtcAsrTask");
        assertThat(createFailure(live("CallbackURL", List.of("http://a", "http://b"))))
                .hasMessageContaining("CallbackURL");
        assertThat(createFailure(live("TranslateEnabled", "maybe"))).hasMessageContaining("TranslateEnabled");
        assertThat(createFailure(live("ReportInterval", 1.5e30))).hasMessageContaining("ReportInterval");
        // a parameter the model does not know must still be a plain value
        assertThat(createFailure(live("OwnerId", Map.of("id", 1)))).hasMessageContaining("OwnerId")
                .hasMessageContaining("plain values");
        // nor one the signer sets
        assertThat(createFailure(live("Signature", "forged"))).hasMessageContaining("Signature")
                .hasMessageContaining("createRtcAsrTask").hasMessageContaining("the signer sets it");
        assertThat(createFailure(live("AccessKeyId", "other"))).hasMessageContaining("AccessKeyId");
        assertNothingSentAndTheRouteStillWorks();
    }

    @Test
    void nullsCountAsMissing() {
        assertThat(createFailure(null)).hasMessageContaining("Mode");
        assertThat(createFailure(live("StreamURL", null))).hasMessage(
                "Missing required parameter StreamURL for operation createRtcAsrTask (Mode=live)");
        assertThat(failureOf("direct:stop", Map.of(), Map.of())).hasMessageContaining("TaskId")
                .hasMessageContaining("stopRtcAsrTask");
        assertThat(failureOf("direct:stop", "{\"TaskId\":null}", Map.of())).hasMessageContaining("TaskId");
        assertNothingSentAndTheRouteStillWorks();
    }

    @Test
    void oversizedStringIsRefusedNamingTheParameterAndTheLimit() {
        String huge = "rtmp://example.com/app/" + "s".repeat(AliliveRequests.MAX_PARAMETER_LENGTH);
        assertThat(createFailure(live("StreamURL", huge))).hasMessageContaining("StreamURL")
                .hasMessageContaining(String.valueOf(huge.length()))
                .hasMessageContaining("at most " + AliliveRequests.MAX_PARAMETER_LENGTH);
        assertThat(failureOf("direct:stop", Map.of("TaskId", "asr-" + "x".repeat(5000)), Map.of()))
                .hasMessageContaining("TaskId");
        assertNothingSentAndTheRouteStillWorks();
    }

    @Test
    void unknownOperationInTheHeaderIsRefusedListingTheValidOnes() {
        assertThat(failureOf("direct:create", live(), Map.of(AliliveConstants.OPERATION, "startRtcAsrTask")))
                .hasMessageContaining("Unknown alilive operation 'startRtcAsrTask'")
                .hasMessageContaining("createRtcAsrTask, queryRtcAsrTasks, stopRtcAsrTask, deleteRtcAsrTask");
        assertNothingSentAndTheRouteStillWorks();
    }

    @Test
    void invalidRegionFailsAtEndpointCreationNamingTheOption() {
        for (String region : List.of("Shanghai", "cn_shanghai", "cn-", "CN-SHANGHAI", "cn-shanghai/../x")) {
            assertThatThrownBy(() -> camel.context().getEndpoint("alilive:queryRtcAsrTasks?region=" + region))
                    .as(region).hasStackTraceContaining("invalid region option '" + region + "'")
                    .hasStackTraceContaining("cn-shanghai");
        }
        assertThat(camel.context().getEndpoint("alilive:queryRtcAsrTasks?region=ap-southeast-1")).isNotNull();
        assertThat(camel.context().getEndpoint("alilive:queryRtcAsrTasks?region=cn-hangzhou-finance")).isNotNull();
        assertNothingSentAndTheRouteStillWorks();
    }
}
