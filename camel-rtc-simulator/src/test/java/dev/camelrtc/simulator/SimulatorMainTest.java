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

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line, started as a child JVM exactly as users start the jar's main class. */
class SimulatorMainTest {

    @Test
    void childJvmPrintsListeningLineFirstAndServes() throws Exception {
        startsAndServes();
    }

    /** Jetty refuses to start when acceptors, selectors and reserved threads exceed the pool's thread budget. */
    @Test
    void childJvmStartsWithinItsThreadBudgetOnManyCores() throws Exception {
        startsAndServes("-XX:ActiveProcessorCount=64");
        startsAndServes("-XX:ActiveProcessorCount=256");
    }

    private static void startsAndServes(String... jvmOptions) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName(), "--port",
                "0", "--tencent-key", "AKIDcli:cliKey"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
            String baseUrl = first.substring("listening on ".length());
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"").contains(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void parsesOptionsAndRejectsBadOnes() {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(SimulatorMain.parse(new String[] {"--help"}, new PrintStream(help))).isNull();
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("--tencent-key").contains("--aliyun-key")
                .contains(RtcSimulator.DEMO_TENCENT_SECRET_ID).contains("--aliyun-callbacks").contains("--script FILE")
                .contains("/_sim/callback-faults");
        assertThat(SimulatorMain.parse(new String[] {"--aliyun-callbacks"}, System.out)).isNotNull();
        assertThat(SimulatorMain.parse(new String[] {"--port", "0", "--aliyun-key", "id:secret"}, System.out))
                .isNotNull();
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--tencent-key", "nocolon"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SimulatorMain.parse(new String[] {"--callback-url", "http://127.0.0.1:9/cb", "--callback-key", "k1"},
                System.out)).isNotNull();
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--callback-key", "k1"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--callback-url", "ftp://x/"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--frobnicate"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
