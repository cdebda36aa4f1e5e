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
package dev.camelrtc.trtc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.camelrtc.benchmarks.CpuTime;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.http.HttpReply;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.trtc.model.DescribeAITranscriptionRequest;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;

/**
 * The producer's own work around one {@code trtc:describeAITranscription} call, without the network: the request
 * (body model, headers and options into parameters, JSON, signature) and the reply (envelope checks, response model).
 * In the component's package, because these steps are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TrtcHotPathBenchmark {

    static final String TASK_ID = "trtc-bench-0001-0002-0003-000000000004";

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    private final TrtcConfiguration configuration = new TrtcConfiguration();
    private final TrtcApi api = new TrtcApi(URI.create("http://127.0.0.1:8080"), "ap-guangzhou",
            new ApiCredentials("AKIDbenchmark00000000000000000000000", "benchmarkSecretKey00000000000000", null));
    private final HttpReply reply = new HttpReply(200, "application/json", ("{\"Response\":{\"StartTime\":"
            + "\"2026-11-30 20:00:00\",\"Status\":\"InProgress\",\"TaskId\":\"" + TASK_ID + "\",\"RequestId\":"
            + "\"5b6a0a9e-8f3c-4d5e-9a1b-2c3d4e5f6a7b\"}}").getBytes(StandardCharsets.UTF_8));

    public TrtcHotPathBenchmark() {
        configuration.setRegion("ap-guangzhou");
    }

    /** Body model to signed request: what the producer does on the caller's thread. */
    @Benchmark
    public HttpCall request(CpuTime cpu) {
        cpu.op();
        exchange.getMessage().setBody(new DescribeAITranscriptionRequest().withTaskId(TASK_ID));
        var params = TrtcRequests.build(TrtcOperations.describeAITranscription, exchange.getMessage(), configuration);
        return api.prepare(TrtcOperations.describeAITranscription, params).signedAt(Instant.now());
    }

    /** Reply bytes to the response model the exchange carries. */
    @Benchmark
    public Object reply(CpuTime cpu) {
        cpu.op();
        return api.read(TrtcOperations.describeAITranscription, reply);
    }
}
