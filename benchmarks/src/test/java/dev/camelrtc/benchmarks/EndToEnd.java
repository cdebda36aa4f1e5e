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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interleaved rounds of every client at concurrency 1, 8 and 64 against one simulator: in each round every
 * (concurrency, client) pair runs once, in an order rotated from round to round, so that load from other processes
 * falls on all clients alike. Reports medians over the rounds, and ratios as medians of the per-round ratios.
 */
final class EndToEnd {

    static final int[] CONCURRENCY = {1, 8, 64};

    record Settings(int rounds, long roundMillis, long warmupMillis) {
    }

    private final Clients clients;
    private final Settings settings;
    /** client -> concurrency -> the results of the rounds. */
    private final Map<String, Map<Integer, List<Load.Result>>> results = new LinkedHashMap<>();

    EndToEnd(Clients clients, Settings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    void run() throws Exception {
        Map<String, Object> all = clients.all();
        all.keySet().forEach(name -> results.put(name, new LinkedHashMap<>()));
        System.out.println("warming up every client (" + settings.warmupMillis() + " ms each at c8)");
        for (var client : all.entrySet()) {
            Load.Result warm = once(client.getValue(), 8, settings.warmupMillis());
            if (warm.calls() == 0) {
                throw new IllegalStateException(client.getKey() + " made no successful call: " + warm.firstError());
            }
        }
        List<String> order = new ArrayList<>(all.keySet());
        for (int round = 1; round <= settings.rounds(); round++) {
            for (int c : CONCURRENCY) {
                for (String name : order) {
                    Load.Result r = once(all.get(name), c, settings.roundMillis());
                    results.get(name).computeIfAbsent(c, k -> new ArrayList<>()).add(r);
                    if (r.errors() > 0) {
                        System.out.println("  " + name + " c" + c + ": " + r.errors() + " errors, first: "
                                + r.firstError());
                    }
                }
                Collections.rotate(order, 1);
            }
            System.out.println("round " + round + "/" + settings.rounds() + " done");
        }
    }

    private static Load.Result once(Object client, int c, long millis) throws InterruptedException {
        return client instanceof Load.Async async ? Load.async(async, c, millis)
                : Load.blocking((Load.Blocking) client, c, millis);
    }

    /** The markdown table: medians of calls/s and of client-process CPU µs per call. */
    String table() {
        StringBuilder out = new StringBuilder("| client | calls/s c1 | calls/s c8 | calls/s c64 | CPU µs/call c1 |"
                + " CPU µs/call c8 | CPU µs/call c64 | errors |\n|---|---|---|---|---|---|---|---|\n");
        results.forEach((name, byConcurrency) -> {
            out.append("| ").append(name);
            for (int c : CONCURRENCY) {
                out.append(" | ").append(String.format("%,.0f", median(byConcurrency.get(c), true)));
            }
            for (int c : CONCURRENCY) {
                out.append(" | ").append(String.format("%.1f", median(byConcurrency.get(c), false)));
            }
            long errors = byConcurrency.values().stream().flatMap(List::stream).mapToLong(Load.Result::errors).sum();
            out.append(" | ").append(errors).append(" |\n");
        });
        return out.toString();
    }

    /** {@code ratio <producer>/<bare|sdk>-c<N>-<calls|cpu> <value>} for every producer, baseline and concurrency. */
    List<String> ratios() {
        List<String> lines = new ArrayList<>();
        for (String vendor : List.of("trtc", "alilive")) {
            String sdk = vendor.equals("trtc") ? "tencent-sdk" : "aliyun-sdk";
            for (String producer : List.of(vendor + "-producer", vendor + "-producer-async")) {
                for (var baseline : Map.of("bare", vendor + "-bare", "sdk", sdk).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList()) {
                    if (!results.containsKey(producer) || !results.containsKey(baseline.getValue())) {
                        continue; // a run of some clients only (-Dbench.clients)
                    }
                    for (int c : CONCURRENCY) {
                        lines.add(String.format("ratio %s/%s-c%d-calls %.2f", producer, baseline.getKey(), c,
                                medianRatio(producer, baseline.getValue(), c, true)));
                        lines.add(String.format("ratio %s/%s-c%d-cpu %.2f", producer, baseline.getKey(), c,
                                medianRatio(producer, baseline.getValue(), c, false)));
                    }
                }
            }
        }
        return lines;
    }

    private double medianRatio(String client, String baseline, int c, boolean calls) {
        List<Load.Result> a = results.get(client).get(c);
        List<Load.Result> b = results.get(baseline).get(c);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            ratios.add(calls ? a.get(i).callsPerSecond() / b.get(i).callsPerSecond()
                    : a.get(i).cpuMicrosPerCall() / b.get(i).cpuMicrosPerCall());
        }
        return median(ratios);
    }

    private static double median(List<Load.Result> rounds, boolean calls) {
        return median(rounds.stream().map(r -> calls ? r.callsPerSecond() : r.cpuMicrosPerCall()).toList());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
