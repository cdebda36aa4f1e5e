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
package dev.camelrtc.alilive;

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

import dev.camelrtc.alilive.model.QueryRtcAsrTasksRequest;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.benchmarks.CpuTime;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.http.HttpReply;
import dev.camelrtc.support.json.Json;

/**
 * The producer's own work around one {@code alilive:queryRtcAsrTasks} call, without the network: the request (body
 * model, headers and options into wire strings, RPC V1 signature and form body) and the reply (envelope checks,
 * response model). In the component's package, because these steps are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AliliveHotPathBenchmark {

    static final String TASK_ID = "asr-bench-0001-0002-0003-000000000004";

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    private final AliliveConfiguration configuration = new AliliveConfiguration();
    private final AliliveApi api = new AliliveApi(URI.create("http://127.0.0.1:8080"),
            new ApiCredentials("LTAIbenchmark00000000000", "benchmarkAccessKeySecret00000000", null),
            new AliyunRpcSigner(AliyunRpcSigner.SignatureVersion.v1));
    private final HttpReply reply = new HttpReply(200, "application/json;charset=utf-8", ("{\"RequestId\":"
            + "\"5B6A0A9E-8F3C-4D5E-9A1B-2C3D4E5F6A7B\",\"RetCode\":2000,\"Description\":\"success\",\"Tasks\":{\""
            + TASK_ID + "\":{\"createdAt\":\"2026-11-30T20:00:00+08:00\",\"updatedAt\":\"2026-11-30T20:00:05+08:00\","
            + "\"mode\":\"live\",\"taskId\":\"" + TASK_ID + "\",\"language\":\"cn\",\"callbackUrl\":"
            + "\"http://127.0.0.1:8080/cb\",\"autoTerminateDelay\":\"0\",\"streamUrl\":\"rtmp://live.example.com/app/s\","
            + "\"status\":1,\"reportInterval\":\"0\",\"aliUid\":\"1234567890\",\"tag\":\"\"}}}")
            .getBytes(StandardCharsets.UTF_8));

    /** Body model to signed request: what the producer does on the caller's thread. */
    @Benchmark
    public HttpCall request(CpuTime cpu) {
        cpu.op();
        exchange.getMessage().setBody(new QueryRtcAsrTasksRequest().withTaskId(TASK_ID));
        var params = AliliveRequests.build(AliliveOperations.queryRtcAsrTasks, exchange.getMessage(), configuration);
        return api.prepare(AliliveOperations.queryRtcAsrTasks, params).signedAt(Instant.now());
    }

    /** Reply bytes to the response model the exchange carries. */
    @Benchmark
    public Object reply(CpuTime cpu) {
        cpu.op();
        return api.read(AliliveOperations.queryRtcAsrTasks, reply);
    }
}
