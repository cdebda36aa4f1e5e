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

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the Java API snippets of docs/simulator.adoc ({@link SimulatorDocsSnippets}). */
class SimulatorDocsSnippetsTest {

    @Test
    void builtSimulatorHasTheSnippetsSettings(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("meeting.txt"), "alice: Shall we start?\nbob: Yes, let's.\n");
        try (RtcSimulator sim = SimulatorDocsSnippets.build(script)) {
            assertThat(sim.port()).isPositive();
            assertThat(sim.timings().inProgressAfter()).isEqualTo(SimulatorTimings.fast().inProgressAfter());
            assertThat(sim.dialogue().lines()).extracting(Dialogue.Line::speaker).containsExactly("alice", "bob");
        }
    }

    @Test
    void usageSnippetReadsTheSimulatorAndResetsIt() {
        try (RtcSimulator sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).build().start()) {
            SimulatorDocsSnippets.Seen seen = SimulatorDocsSnippets.use(sim);

            assertThat(seen.endpoint()).isEqualTo("http://127.0.0.1:" + sim.port());
            assertThat(seen.trtcTasks()).isEmpty();
            assertThat(seen.rtcAsrTasks()).isEmpty();
            assertThat(seen.tasks()).isEmpty();
            assertThat(seen.callbackStats().events()).isZero();
            // the snippet injected one API fault and one callback fault before its reset()
            assertThat(sim.faults().pending()).isZero();
            assertThat(sim.callbacks().faults().pending()).isZero();
        }
    }
}
