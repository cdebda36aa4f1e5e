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
package dev.camelrtc.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's runnable jar in its own JVM on loopback, without QPS limits, so that the client process measured is
 * only the client. Its output goes to {@code simulator.log} beside the jar's target directory. The system property
 * {@code bench.simulatorJavaOpts} (run.sh: {@code BENCH_SIM_JAVA_OPTS}) adds options to its JVM, e.g. a JFR recording.
 */
final class SimulatorProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private SimulatorProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static SimulatorProcess start(Path jar, Path log) throws IOException {
        if (!jar.toFile().isFile()) {
            throw new IllegalArgumentException("No simulator jar at " + jar + ": build camel-rtc-simulator first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        String javaOpts = System.getProperty("bench.simulatorJavaOpts", "").trim();
        if (!javaOpts.isEmpty()) {
            command.addAll(List.of(javaOpts.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--no-qps-limits"));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        // JVM options such as a JFR recording may print lines of their own first
        for (int i = 0; i < 20 && first != null && !first.startsWith("listening on ") && first.startsWith("["); i++) {
            first = out.readLine();
        }
        if (first == null || !first.startsWith("listening on ")) {
            process.destroyForcibly();
            throw new IllegalStateException("The simulator did not start (first line: " + first + "); see " + log);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // the simulator's further output is not needed
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "simulator-stdout");
        drain.setDaemon(true);
        drain.start();
        return new SimulatorProcess(process, first.substring("listening on ".length()).trim());
    }

    String baseUrl() {
        return baseUrl;
    }

    int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    long pid() {
        return process.pid();
    }

    static Path defaultJar() {
        return Path.of(System.getProperty("bench.simulatorJar",
                ".." + File.separator + "camel-rtc-simulator/target/camel-rtc-simulator.jar"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
