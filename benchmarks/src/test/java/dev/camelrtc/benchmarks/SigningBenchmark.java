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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.aliyuncs.auth.ISignatureComposer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.tencentcloudapi.common.Sign;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.camelrtc.alilive.AliyunRpcSigner;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.trtc.Tc3Signer;

/**
 * The signature of one call, ours against the official SDK's. The SDKs sign inside their private request methods, so
 * their side follows those methods step by step with the SDKs' own public primitives: tencentcloud-sdk-java
 * {@code AbstractClient.doRequestWithTC3} (canonical request, {@code Sign.sha256Hex}, {@code Sign.hmac256} four
 * times, the date through a new {@code SimpleDateFormat}), and aliyun-java-sdk-core's {@code RpcSignatureComposer}
 * ({@code refreshSignParameters}, which adds the nonce and timestamp, {@code composeStringToSign}) with
 * {@code HmacSHA1Signer.signString}. Ours is the whole per-call work of the producers' signers: the signed request
 * with its headers (TC3 also signs X-TC-Action/Region/Timestamp/Version) and, for RPC, its nonce and form body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {

    static final String SECRET_ID = "AKIDbenchmark00000000000000000000000";
    static final String SECRET_KEY = "benchmarkSecretKey00000000000000";
    static final String ACCESS_KEY_ID = "LTAIbenchmark00000000000";
    static final String ACCESS_KEY_SECRET = "benchmarkAccessKeySecret00000000";
    static final String HOST = "trtc.tencentcloudapi.com";
    static final URI TRTC = URI.create("https://" + HOST);
    static final URI LIVE = URI.create("https://live.aliyuncs.com");

    private final byte[] payload = "{\"TaskId\":\"trtc-bench-0001-0002-0003-000000000004\"}"
            .getBytes(StandardCharsets.UTF_8);
    private final Tc3Signer tc3 = new Tc3Signer();
    private final ApiCredentials tencent = new ApiCredentials(SECRET_ID, SECRET_KEY, null);
    private final AliyunRpcSigner rpc = new AliyunRpcSigner(AliyunRpcSigner.SignatureVersion.v1);
    private final ApiCredentials aliyun = new ApiCredentials(ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
    private final Map<String, String> rpcParams = Map.of("RegionId", "cn-shanghai", "TaskId",
            "asr-bench-0001-0002-0003-000000000004");
    private final ISignatureComposer composer = RpcSignatureComposer.getComposer();
    private final HmacSHA1Signer sha1 = new HmacSHA1Signer();

    @Benchmark
    public HttpCall tc3Ours(CpuTime cpu) {
        cpu.op();
        return tc3.sign(TRTC, "DescribeAITranscription", "ap-guangzhou", payload, tencent, Instant.now(),
                "camel-trtc/0.1.0");
    }

    @Benchmark
    public String tc3Sdk(CpuTime cpu) throws Exception {
        cpu.op();
        String contentType = "application/json; charset=utf-8";
        String canonicalRequest = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + HOST + "\n\n"
                + "content-type;host\n" + Sign.sha256Hex(payload);
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        String date = format.format(new java.sql.Date(Long.parseLong(timestamp + "000")));
        String service = HOST.split("\\.")[0];
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] secretDate = Sign.hmac256(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Sign.hmac256(secretDate, service);
        byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
        String signature = HexFormat.of().formatHex(Sign.hmac256(secretSigning, stringToSign));
        return "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/" + scope + ", SignedHeaders=content-type;host"
                + ", Signature=" + signature;
    }

    @Benchmark
    public HttpCall rpcOurs(CpuTime cpu) {
        cpu.op();
        return rpc.sign(LIVE, "QueryRtcAsrTasks", rpcParams, aliyun, Instant.now(), UUID.randomUUID().toString());
    }

    @Benchmark
    public String rpcSdk(CpuTime cpu) {
        cpu.op();
        Map<String, String> query = new HashMap<>(rpcParams);
        query.put("Action", "QueryRtcAsrTasks");
        query.put("Version", "2016-11-01");
        Map<String, String> signed = composer.refreshSignParameters(query, sha1, ACCESS_KEY_ID, FormatType.JSON);
        String stringToSign = composer.composeStringToSign(MethodType.POST, null, sha1, signed, new TreeMap<>(),
                new HashMap<>());
        return sha1.signString(stringToSign, ACCESS_KEY_SECRET + "&");
    }
}
