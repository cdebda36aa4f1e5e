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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks (signing, request building, reply mapping) and reports them as a table and ratios. */
final class JmhBenchmarks {

    private final Map<String, double[]> scores = new TreeMap<>();

    void run(boolean quick) throws Exception {
        var options = new OptionsBuilder()
                .include("dev\\.camelrtc\\.benchmarks\\.SigningBenchmark")
                .include("dev\\.camelrtc\\.trtc\\.TrtcHotPathBenchmark")
                .include("dev\\.camelrtc\\.alilive\\.AliliveHotPathBenchmark")
                .forks(1)
                .warmupIterations(quick ? 2 : 5).warmupTime(TimeValue.milliseconds(quick ? 600 : 1000))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.milliseconds(quick ? 600 : 1000))
                .jvmArgs("-Xmx512m")
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            Result<?> cpu = run.getSecondaryResults().get("cpuNanosPerOp");
            scores.put(name, new double[] {primary.getScore(), primary.getScoreError(),
                    cpu == null ? Double.NaN : cpu.getStatistics().getMin(),
                    alloc == null ? Double.NaN : alloc.getScore()});
        }
    }

    String table() {
        StringBuilder out = new StringBuilder("| benchmark | ns/op (wall) | ± | thread CPU ns/op (best iteration) | bytes allocated/op |"
                + "\n|---|---|---|---|---|\n");
        scores.forEach((name, s) -> out.append(String.format("| %s | %,.0f | %,.0f | %,.0f | %,.0f |%n", name, s[0],
                s[1], s[2], s[3])));
        return out.toString();
    }

    List<String> ratios() {
        List<String> lines = new ArrayList<>();
        ratio(lines, "trtc-signer/sdk-time", "SigningBenchmark.tc3Ours", "SigningBenchmark.tc3Sdk");
        ratio(lines, "alilive-signer/sdk-time", "SigningBenchmark.rpcOurs", "SigningBenchmark.rpcSdk");
        return lines;
    }

    private void ratio(List<String> lines, String name, String ours, String theirs) {
        if (scores.containsKey(ours) && scores.containsKey(theirs)) {
            // thread CPU time of the best iteration: the wall-clock score also counts the time the thread waited for a
            // core, and on a loaded machine the JIT finishes late, so later iterations are the warm ones
            lines.add(String.format("ratio %s %.2f", name, scores.get(ours)[2] / scores.get(theirs)[2]));
        }
    }
}
