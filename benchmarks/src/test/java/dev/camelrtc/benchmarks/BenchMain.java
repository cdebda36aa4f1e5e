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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmarks' entry point (benchmarks/run.sh): {@code [--quick] [--only jmh|e2e|consumer|simulator]...}. Prints markdown
 * tables and lines {@code ratio <name> <value>}. Absolute numbers move with the load of the machine; the ratios come
 * from interleaved rounds (or, for JMH, from one run) and are what to compare.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: [--quick] [--only jmh|e2e|consumer|simulator]...)");
            }
        }
        Set<String> parts = only.isEmpty() ? Set.of("jmh", "e2e", "consumer", "simulator") : Set.copyOf(only);
        List<String> report = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        if (parts.contains("jmh")) {
            JmhBenchmarks jmh = new JmhBenchmarks();
            jmh.run(quick);
            report.add(jmh.table());
            ratios.addAll(jmh.ratios());
        }
        if (parts.contains("e2e") || parts.contains("consumer") || parts.contains("simulator")) {
            Path jar = SimulatorProcess.defaultJar();
            try (SimulatorProcess simulator = SimulatorProcess.start(jar, Path.of("target", "simulator.log"));
                 Clients clients = new Clients(simulator.baseUrl())) {
                System.out.println("simulator pid " + simulator.pid() + " at " + simulator.baseUrl());
                if (parts.contains("e2e")) {
                    EndToEnd e2e = new EndToEnd(clients, quick ? new EndToEnd.Settings(3, 500, 500)
                            : new EndToEnd.Settings(5, 3000, 3000));
                    e2e.run();
                    report.add(e2e.table());
                    ratios.addAll(e2e.ratios());
                }
                if (parts.contains("consumer")) {
                    ConsumerFootprint footprint = new ConsumerFootprint(clients);
                    StringBuilder table = new StringBuilder("| consumer | followed tasks | heap bytes/task |"
                            + " CPU ms/poll | polls measured |\n|---|---|---|---|---|\n");
                    // alilive reads every task with one call per poll; trtc makes one call per task and poll, so a
                    // quick run follows fewer TRTC tasks
                    for (String vendor : List.of("alilive", "trtc")) {
                        int tasks = vendor.equals("trtc") && quick ? 1_000 : 10_000;
                        var r = footprint.measure(vendor, tasks, 1000, quick ? 2 : 5);
                        table.append(String.format("| %s | %,d | %,.0f | %.1f | %d |%n", vendor, r.tasks(),
                                r.heapBytesPerTask(), r.cpuMillisPerPoll(), r.polls()));
                    }
                    report.add(table.toString());
                }
                if (parts.contains("simulator")) {
                    SimulatorThroughput throughput = new SimulatorThroughput(clients, simulator.pid(), quick
                            ? new SimulatorThroughput.Settings(5000, 5000, 3)
                            : new SimulatorThroughput.Settings(20_000, 10_000, 6));
                    throughput.run();
                    report.add(throughput.table());
                    ratios.addAll(throughput.ratios());
                }
            }
        }
        System.out.println();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, JDK "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")");
        report.forEach(System.out::println);
        ratios.forEach(System.out::println);
    }
}
