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

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

/**
 * The Java shown in docs/alilive-component.adoc, included from here between {@code tag::}/{@code end::} markers so
 * that it compiles with the build. {@link #configure()} installs the Java DSL example, which
 * {@code AliliveDocsSnippetsTest} runs against {@link #standaloneSimulator()}.
 */
class AliliveDocsSnippets extends RouteBuilder {

    static RtcSimulator standaloneSimulator() {
        // tag::standalone-simulator[]
        RtcSimulator sim = RtcSimulator.builder().port(0)
                .aliyunKey("LTAItestkey", "testsecret").timings(SimulatorTimings.fast()).build().start();
        // alilive:createRtcAsrTask?endpoint=<sim.baseUrl()>&accessKey=LTAItestkey&secretKey=testsecret
        // end::standalone-simulator[]
        return sim;
    }

    @Override
    public void configure() {
        // tag::java-dsl[]
        from("direct:start-asr")
            .process(e -> e.getMessage().setBody(new CreateRtcAsrTaskRequest()
                    .withMode("live")
                    .withStreamUrl("rtmp://example.com/live/stream1")
                    .withLanguage("cn")
                    .withCallbackUrl("https://example.com/asr/callback")
                    // a placeholder inside Java code is not resolved: read the property through Camel
                    .withAuthKey(e.getContext().resolvePropertyPlaceholders("{{asr.callback.key}}"))))
            .to("alilive:createRtcAsrTask")
            .log("ASR task ${header.CamelAliliveTaskId} created (request ${header.CamelAliliveRequestId})");

        from("direct:stop-asr")  // header CamelAliliveTaskId carries the task
            .to("alilive:stopRtcAsrTask")
            .to("alilive:deleteRtcAsrTask");
        // end::java-dsl[]
    }

    /** Compiled only: it needs the asrState repository and a route direct:asr-task-ended. */
    void followTasks() {
        // tag::consumer-route[]
        from("alilive:queryRtcAsrTasks?delay=2000&stateRepository=#asrState&stateKey=asr-events&bridgeErrorHandler=true")
            .log("task ${header.CamelAliliveTaskId}: ${header.CamelAlilivePreviousStatus} -> ${header.CamelAliliveStatus}"
                 + " (${header.CamelRtcTaskState})")
            .filter(header("CamelAliliveTaskEnded"))
                .to("direct:asr-task-ended");
        // end::consumer-route[]
    }

    /** Compiled only: Kafka is not on the test classpath. */
    void callbacksRoute() {
        // tag::callbacks-route[]
        from("alilive-callbacks:/alilive/results?authKey={{asr.callback.key}}"
                + "&callbackUrl=https://events.example.com/alilive/results")
            .log("${header.CamelAliliveTaskId}: ${body}")
            .to("kafka:rtc-transcripts");
        // end::callbacks-route[]
    }

    static CreateRtcAsrTaskRequest taskWithCallback(CamelContext context) {
        CreateRtcAsrTaskRequest request =
                // tag::task-with-callback[]
                new CreateRtcAsrTaskRequest().withMode("live").withLanguage("cn").withStreamUrl("rtmp://...")
                    .withCallbackUrl("https://events.example.com/alilive/results")
                    .withAuthKey(context.resolvePropertyPlaceholders("{{asr.callback.key}}"))
                // end::task-with-callback[]
                ;
        return request;
    }
}
