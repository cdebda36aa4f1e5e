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
package dev.camelrtc.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One producer route and one task consumer route per component. Region, endpoint, credentials and every other
 * component option come from {@code camel.component.*} in application.properties, so the URIs name only the
 * operation (and the consumers' poll delay, a placeholder).
 */
@Component
public class TranscriptionRoutes extends RouteBuilder {

    /** Starts TRTC AI transcription: the body is a StartAITranscriptionRequest, the reply its response. */
    public static final String START_TRANSCRIPTION = "direct:start-transcription";
    /** Creates an Alibaba Cloud Live RtcAsr task: the body is a CreateRtcAsrTaskRequest, the reply its response. */
    public static final String CREATE_ASR_TASK = "direct:create-asr-task";

    private final TaskEvents events;

    public TranscriptionRoutes(TaskEvents events) {
        this.events = events;
    }

    @Override
    public void configure() {
        from(START_TRANSCRIPTION).routeId("trtc-start-transcription")
                .to("trtc:startAITranscription")
                .log("started TRTC transcription task ${header.CamelTrtcTaskId}");

        from(CREATE_ASR_TASK).routeId("alilive-create-asr-task")
                .to("alilive:createRtcAsrTask")
                .log("created RtcAsr task ${header.CamelAliliveTaskId}");

        // the consumers follow every task a producer of this CamelContext starts (followStartedTasks, on by default)
        // and emit one exchange per status change, and a final one when the task ends
        from("trtc:describeAITranscription?delay={{app.poll-delay}}&initialDelay=0").routeId("trtc-task-status")
                .log("task ${header.CamelTrtcTaskId}: ${header.CamelTrtcPreviousStatus} -> ${header.CamelTrtcStatus}"
                     + " (ended: ${header.CamelTrtcTaskEnded})")
                .process(events::recordTrtc);

        from("alilive:queryRtcAsrTasks?delay={{app.poll-delay}}&initialDelay=0").routeId("alilive-task-status")
                .log("ASR task ${header.CamelAliliveTaskId}: ${header.CamelAlilivePreviousStatus} ->"
                     + " ${header.CamelAliliveStatus} (ended: ${header.CamelAliliveTaskEnded})")
                .process(events::recordAlilive);
    }
}
