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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How many calls the simulator serves, and at what CPU cost to its own process: the bare HttpClient 5 clients (the
 * cheapest client there is) call {@code DescribeAITranscription} / {@code QueryRtcAsrTasks} at concurrency 8 for a
 * while per cloud, measured in windows so that a slowdown over the run shows. The simulator's CPU is read from its
 * process ({@link ProcessHandle.Info#totalCpuDuration()}, /proc on Linux: user + system time of all its threads, JIT
 * and GC included); the client's CPU as in {@link Load}.
 */
final class SimulatorThroughput {

    static final int CONCURRENCY = 8;
    /** Issue 12's targets at c8 on the build machine. */
    static final double TRTC_TARGET = 20_000;
    static final double ALILIVE_TARGET = 15_000;

    record Settings(long warmupMillis, long windowMillis, int windows) {
    }

    record Window(double callsPerSecond, double simulatorCpuMicrosPerCall, double clientCpuMicrosPerCall,
                  long errors, String firstError) {
    }

    private final Clients clients;
    private final ProcessHandle simulator;
    private final Settings settings;
    private final StringBuilder table = new StringBuilder(
            "| cloud | window | calls/s c8 | simulator CPU µs/call | client CPU µs/call | errors |\n"
                    + "|---|---|---|---|---|---|\n");
    private final List<String> summary = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();

    SimulatorThroughput(Clients clients, long simulatorPid, Settings settings) {
        this.clients = clients;
        this.simulator = ProcessHandle.of(simulatorPid)
                .orElseThrow(() -> new IllegalStateException("no simulator process " + simulatorPid));
        this.settings = settings;
    }

    void run() throws InterruptedException {
        // both clouds share the simulator's HTTP code: warm both before measuring either, so that the JIT's work
        // does not fall on the first one measured
        // -Dbench.simulatorClouds=trtc (or alilive) runs one cloud only, e.g. for a profile of its calls alone
        List<String> clouds = List.of(System.getProperty("bench.simulatorClouds", "trtc,alilive").split(","));
        if (clouds.contains("trtc")) {
            warmUp("trtc", clients::trtcBare);
        }
        if (clouds.contains("alilive")) {
            warmUp("alilive", clients::aliliveBare);
        }
        if (clouds.contains("trtc")) {
            measure("trtc", clients::trtcBare, TRTC_TARGET);
        }
        if (clouds.contains("alilive")) {
            measure("alilive", clients::aliliveBare, ALILIVE_TARGET);
        }
    }

    private void warmUp(String cloud, Load.Blocking client) throws InterruptedException {
        System.out.println("simulator " + cloud + ": warm-up " + settings.warmupMillis() + " ms at c" + CONCURRENCY);
        Load.Result warm = Load.blocking(client, CONCURRENCY, settings.warmupMillis());
        if (warm.calls() == 0) {
            throw new IllegalStateException(cloud + " made no successful call: " + warm.firstError());
        }
    }

    private void measure(String cloud, Load.Blocking client, double target) throws InterruptedException {
        System.out.println("simulator " + cloud + ": " + settings.windows() + " windows of " + settings.windowMillis()
                + " ms at c" + CONCURRENCY);
        List<Window> windows = new ArrayList<>();
        for (int i = 1; i <= settings.windows(); i++) {
            long simCpu0 = simulatorCpuNanos();
            Load.Result r = Load.blocking(client, CONCURRENCY, settings.windowMillis());
            long simCpu = simulatorCpuNanos() - simCpu0;
            Window w = new Window(r.callsPerSecond(), r.calls() == 0 ? Double.NaN : simCpu / 1000.0 / r.calls(),
                    r.cpuMicrosPerCall(), r.errors(), r.firstError());
            windows.add(w);
            table.append(String.format("| %s | %d | %,.0f | %.1f | %.1f | %d |%n", cloud, i, w.callsPerSecond(),
                    w.simulatorCpuMicrosPerCall(), w.clientCpuMicrosPerCall(), w.errors()));
            System.out.printf("  window %d: %,.0f calls/s, simulator %.1f µs/call, client %.1f µs/call, %d errors%s%n",
                    i, w.callsPerSecond(), w.simulatorCpuMicrosPerCall(), w.clientCpuMicrosPerCall(), w.errors(),
                    w.errors() > 0 ? " (first: " + w.firstError() + ")" : "");
        }
        double calls = EndToEnd.median(windows.stream().map(Window::callsPerSecond).toList());
        double simCpu = EndToEnd.median(windows.stream().map(Window::simulatorCpuMicrosPerCall).toList());
        double clientCpu = EndToEnd.median(windows.stream().map(Window::clientCpuMicrosPerCall).toList());
        long errors = windows.stream().mapToLong(Window::errors).sum();
        summary.add(String.format("simulator %s: median %,.0f calls/s c%d (target %,.0f), simulator CPU %.1f µs/call,"
                + " client CPU %.1f µs/call, %d errors", cloud, calls, CONCURRENCY, target, simCpu, clientCpu, errors));
        String name = "simulator-" + cloud;
        ratios.add(String.format("ratio %s/target-calls %.2f", name, calls / target));
        ratios.add(String.format("ratio %s/first-window-calls-last %.2f", name,
                windows.get(windows.size() - 1).callsPerSecond() / windows.get(0).callsPerSecond()));
        // the CPU both processes spend per call, against what 2 cores have per call at the target rate
        ratios.add(String.format("ratio %s/target-cpu-budget %.2f", name, (simCpu + clientCpu)
                / (Runtime.getRuntime().availableProcessors() * 1e6 / target)));
    }

    private long simulatorCpuNanos() {
        return simulator.info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("this OS does not report the simulator's CPU time"));
    }

    String table() {
        return table + "\n" + String.join("\n", summary) + "\n";
    }

    List<String> ratios() {
        return ratios;
    }
}
