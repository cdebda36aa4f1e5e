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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording of the client process ({@code run.sh} with
 * {@code BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=target/e2e.jfr,settings=profile}): the share of samples
 * whose top frame lies in each layer, and the share of samples that pass through each of the named steps.
 * Usage: {@code java -cp ... dev.camelrtc.benchmarks.JfrSummary target/e2e.jfr}.
 */
public final class JfrSummary {

    /** Layers by package prefix, first match wins. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("dev.camelrtc.benchmarks.", "benchmark driver");
        LAYERS.put("dev.camelrtc.simulator.", "the simulator's code");
        LAYERS.put("dev.camelrtc.", "our components");
        LAYERS.put("org.eclipse.jetty.", "Jetty (the simulator's HTTP server)");
        LAYERS.put("org.apache.camel.", "Camel");
        LAYERS.put("org.apache.hc.", "HttpClient 5");
        LAYERS.put("com.fasterxml.jackson.", "Jackson");
        LAYERS.put("com.tencentcloudapi.", "Tencent SDK");
        LAYERS.put("okhttp3.", "OkHttp (Tencent SDK)");
        LAYERS.put("okio.", "OkHttp (Tencent SDK)");
        LAYERS.put("com.aliyuncs.", "Alibaba SDK");
        LAYERS.put("com.google.gson.", "Gson (SDKs)");
        LAYERS.put("org.apache.http.", "HttpClient 4 (Alibaba SDK)");
        LAYERS.put("sun.nio.", "JDK NIO");
        LAYERS.put("java.util.concurrent.", "JDK concurrency");
        LAYERS.put("jdk.internal.misc.Unsafe", "JDK concurrency");
        LAYERS.put("com.sun.crypto.", "JDK crypto");
        LAYERS.put("sun.security.", "JDK crypto");
        LAYERS.put("javax.crypto.", "JDK crypto");
        LAYERS.put("java.security.", "JDK crypto");
    }

    /** Steps of our code whose inclusive share is reported. */
    private static final List<String> STEPS = List.of(
            "dev.camelrtc.support.RtcProducerSupport.process",
            "dev.camelrtc.trtc.TrtcRequests.build", "dev.camelrtc.alilive.AliliveRequests.build",
            "dev.camelrtc.trtc.Tc3Signer.sign", "dev.camelrtc.alilive.AliyunRpcSigner.sign",
            "dev.camelrtc.support.http.RtcHttpTransport.send", "dev.camelrtc.support.http.RtcHttpTransport$1.completed",
            "dev.camelrtc.trtc.TrtcApi.readResponse", "dev.camelrtc.alilive.AliliveApi.readResponse",
            "dev.camelrtc.support.RtcProducerSupport.lambda$process$0",
            "org.apache.camel.support.cache.DefaultProducerCache.send",
            // a recording of the simulator (BENCH_SIM_JAVA_OPTS)
            "org.eclipse.jetty.http.HttpParser.parseNext", "dev.camelrtc.simulator.SimulatorHttpServer.toSimRequest",
            "dev.camelrtc.simulator.SimulatorHttpServer.dispatch",
            "dev.camelrtc.simulator.trtc.Tc3SignatureVerifier.verify",
            "dev.camelrtc.simulator.aliyun.AliyunApi.authenticateV1", "dev.camelrtc.simulator.http.Json.writeBytes",
            "dev.camelrtc.simulator.SimulatorHttpServer.write");

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> steps = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            layers.merge(layer(name(frames.get(0))), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (STEPS.contains(name) && seen.add(name)) {
                    steps.merge(name, 1, Integer::sum);
                }
            }
        }
        int samples = total;
        System.out.println("| layer of the sampled frame | share of " + samples + " samples |\n|---|---|");
        layers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / samples));
        System.out.println("\n| step (inclusive) | share of samples |\n|---|---|");
        STEPS.stream().filter(steps::containsKey).forEach(step -> System.out.printf("| %s | %.1f%% |%n",
                step.replaceFirst("^dev\\.camelrtc\\.|^org\\.apache\\.camel\\.", ""),
                100.0 * steps.get(step) / samples));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String layer(String frame) {
        return LAYERS.entrySet().stream().filter(e -> frame.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other JDK / JVM");
    }
}
