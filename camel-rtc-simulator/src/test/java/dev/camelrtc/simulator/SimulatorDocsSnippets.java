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
package dev.camelrtc.simulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.camelrtc.simulator.aliyun.RtcAsrTasks;
import dev.camelrtc.simulator.callback.CallbackDelivery;
import dev.camelrtc.simulator.callback.CallbackFault;
import dev.camelrtc.simulator.trtc.TrtcTaskRegistry;

/**
 * The Java of docs/simulator.adoc, shown there through {@code include::} of the tagged regions; run by
 * {@code SimulatorDocsSnippetsTest} (and the JUnit extension's by {@code SimulatorExtensionDocsSnippetTest}).
 */
final class SimulatorDocsSnippets {

    /** What the usage snippet read from the simulator before its {@code reset()}. */
    record Seen(String endpoint, List<TrtcTaskRegistry.TaskView> trtcTasks, List<RtcAsrTasks.TaskView> rtcAsrTasks,
            ArrayNode tasks, CallbackDelivery.Stats callbackStats) {
    }

    private SimulatorDocsSnippets() {
    }

    static RtcSimulator build(Path script) {
        // tag::java-api-build[]
        RtcSimulator sim = RtcSimulator.builder()
                .port(0)                                        // default: a free port
                .tencentKey("AKIDmine", "mySecretKey")          // repeatable
                .aliyunKey("LTAImine", "mySecret")              // repeatable
                .demoKeys(false)                                // default true
                .timings(SimulatorTimings.fast())               // default SimulatorTimings.defaults()
                .enforceQps(true)                               // default true
                .qpsLimit("DescribeAIConversation", 5)          // override one action's limit
                .clock(Clock.systemUTC())                       // task states and timestamp checks
                .callbackUrl("http://127.0.0.1:8080/cb", "key") // optional TRTC callbacks
                .aliyunCallbacks(true)                          // optional Alibaba results to each task's CallbackURL
                .script(script)                                 // or .dialogue(Dialogue.parse(text, name)); default sample
                .build().start();                               // close() stops it (AutoCloseable)
        // end::java-api-build[]
        return sim;
    }

    static Seen use(RtcSimulator sim) {
        // tag::java-api-use[]
        String endpoint = sim.baseUrl();                        // http://127.0.0.1:PORT, the components' endpoint option
        sim.faults().inject("StartAITranscription", Fault.dropConnectionAfterExecute(), 1);
        var trtcTasks = sim.trtcTasks().list();                 // TRTC tasks as the simulator sees them
        var rtcAsrTasks = sim.rtcAsrTasks().list();             // Alibaba tasks
        ArrayNode tasks = sim.tasksAsJson();                    // both, as GET /_sim/tasks lists them
        sim.callbacks().faults().inject("903", CallbackFault.duplicate(), 1);
        var stats = sim.callbacks().stats();                    // events, attempts, delivered, failedAttempts, givenUp, pending
        sim.reset();                                            // tasks, faults, QPS windows, nonces, rooms
        // end::java-api-use[]
        return new Seen(endpoint, trtcTasks, rtcAsrTasks, tasks, stats);
    }
}
