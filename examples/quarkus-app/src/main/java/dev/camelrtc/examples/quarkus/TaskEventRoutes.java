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
package dev.camelrtc.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.builder.RouteBuilder;

/**
 * Follows the tasks this application starts, with the components' own polling consumers: each emits one exchange
 * when a task is first seen, one per status change and a final one with {@code Camel<Cloud>TaskEnded=true}. They
 * follow every task a producer of this CamelContext starts (followStartedTasks, on by default). Region, endpoint and
 * credentials come from {@code camel.component.*} in application.properties, so the URIs carry only consumer
 * options. The routes end in a processor: Camel Quarkus 3.33.0 serves no bean, seda or mock extension here.
 */
@ApplicationScoped
public class TaskEventRoutes extends RouteBuilder {

    @Inject
    TaskEvents events;

    @Override
    public void configure() {
        // one DescribeAITranscription call per followed task and poll, under the action's rate limit
        from("trtc:describeAITranscription?delay={{app.poll-delay}}&initialDelay=0")
                .routeId("trtc-transcription-events")
                .log("task ${header.CamelTrtcTaskId}: ${header.CamelTrtcPreviousStatus} -> ${header.CamelTrtcStatus}"
                     + " (ended: ${header.CamelTrtcTaskEnded})")
                .process(events::recordTrtc);

        // one QueryRtcAsrTasks call per poll for all followed tasks; discoverTasks=false: only this application's
        // tasks, not every task of the account
        from("alilive:queryRtcAsrTasks?delay={{app.poll-delay}}&initialDelay=0&discoverTasks=false")
                .routeId("alilive-asr-events")
                .log("ASR task ${header.CamelAliliveTaskId}: ${header.CamelAlilivePreviousStatus} ->"
                     + " ${header.CamelAliliveStatus} (ended: ${header.CamelAliliveTaskEnded})")
                .process(events::recordAlilive);
    }
}
