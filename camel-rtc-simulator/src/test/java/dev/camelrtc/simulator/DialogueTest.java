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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dialogue source: built-in sample, script format, its errors, and the ways a script reaches the simulator. */
class DialogueTest {

    @Test
    void sampleHasSeveralSpeakersAndADozenSentencesOnARisingTimeline() {
        Dialogue sample = Dialogue.sample();
        assertThat(sample.lines()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(sample.speakers()).containsExactly("alice", "bob", "chen");
        assertThat(sample.lines()).anyMatch(l -> l.text().contains("早上好"));
        long previousEnd = 0;
        for (Dialogue.Line line : sample.lines()) {
            assertThat(line.startMs()).isGreaterThan(previousEnd);
            assertThat(line.endMs() - line.startMs()).isGreaterThanOrEqualTo(Dialogue.MIN_SENTENCE_MS);
            previousEnd = line.endMs();
        }
        assertThat(sample.lengthMs()).isEqualTo(previousEnd);
    }

    @Test
    void parsesScriptLinesSkippingCommentsAndBlanks() {
        Dialogue d = Dialogue.parse("\uFEFF# meeting\n\nalice: Hello there, how are you?\r\n  bob :  很好，谢谢！ \n"
                + "carol_2: time: 10:30\n", "test");
        assertThat(d.lines()).extracting(Dialogue.Line::speaker).containsExactly("alice", "bob", "carol_2");
        assertThat(d.lines()).extracting(Dialogue.Line::text)
                .containsExactly("Hello there, how are you?", "很好，谢谢！", "time: 10:30");
        Dialogue.Line first = d.lines().get(0);
        assertThat(first.startMs()).isEqualTo(Dialogue.FIRST_START_MS);
        // five words
        assertThat(first.endMs() - first.startMs()).isEqualTo(5 * Dialogue.MS_PER_WORD);
        // four CJK characters
        Dialogue.Line second = d.lines().get(1);
        assertThat(second.startMs()).isEqualTo(first.endMs() + Dialogue.PAUSE_MS);
        assertThat(second.endMs() - second.startMs()).isEqualTo(Dialogue.MIN_SENTENCE_MS);
        assertThat(Dialogue.speechMillis("今天下午应该能合并")).isEqualTo(9 * Dialogue.MS_PER_CJK_CHARACTER);
    }

    @Test
    void badLinesFailWithSourceAndLineNumber() {
        assertThatThrownBy(() -> Dialogue.parse("alice: hi\nno colon here\n", "s.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dialogue script s.txt line 2: expected 'speaker: text', found no ':'");
        assertThatThrownBy(() -> Dialogue.parse("# c\nal ice: hi\n", "s.txt"))
                .hasMessageContaining("line 2: speaker 'al ice' must be 1 to 32 letters");
        assertThatThrownBy(() -> Dialogue.parse(": hi\n", "s.txt")).hasMessageContaining("line 1: speaker ''");
        assertThatThrownBy(() -> Dialogue.parse("bob:   \n", "s.txt"))
                .hasMessageContaining("line 1: speaker bob says nothing");
        assertThatThrownBy(() -> Dialogue.parse("# only comments\n\n", "s.txt"))
                .hasMessage("dialogue script s.txt has no 'speaker: text' line");
    }

    @Test
    void scriptReachesTheSimulatorThroughBuilderExtensionAndCommandLine(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("script.txt");
        Files.writeString(script, "dora: First line.\neve: Second line.\n", StandardCharsets.UTF_8);
        try (RtcSimulator sim = RtcSimulator.builder().script(script).build()) {
            assertThat(sim.dialogue().speakers()).containsExactly("dora", "eve");
            assertThat(sim.dialogue().source()).isEqualTo(script.toString());
        }
        try (RtcSimulator sim = RtcSimulator.builder().build()) {
            assertThat(sim.dialogue().source()).isEqualTo("built-in dialogue");
        }
        try (RtcSimulator sim = SimulatorMain.parse(new String[] {"--script", script.toString()}, System.out).build()) {
            assertThat(sim.dialogue().lines()).extracting(Dialogue.Line::text)
                    .containsExactly("First line.", "Second line.");
        }
        RtcSimulatorExtension extension = RtcSimulatorExtension.builder().script(script).build();
        assertThat(extension).isNotNull();
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--script", dir.resolve("missing.txt").toString()},
                System.out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.txt");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "zoe: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Dialogue.read(latin1)).hasMessageContaining("is not UTF-8 text");
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        SimulatorMain.parse(new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8));
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("--script FILE");
    }
}
