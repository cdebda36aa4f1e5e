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
package dev.camelrtc.trtc.callback;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.builder.RouteBuilder;

import dev.camelrtc.support.testing.CallbackHttp;

/**
 * {@link CallbackHttp} posting callbacks signed the way Tencent signs them (its own HMAC code, not the consumer's), and
 * callback bodies as Tencent sends them.
 */
public final class CallbackServer extends CallbackHttp {

    CallbackServer(RouteBuilder routes) throws Exception {
        super(routes);
    }

    public static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code body} to {@code path} with header Sign (none when null). */
    CompletableFuture<HttpResponse<String>> postAsync(String path, String body, String sign) {
        return sendAsync(path, body, sign == null ? Map.of("SdkAppId", "1400000001")
                : Map.of("SdkAppId", "1400000001", "Sign", sign));
    }

    HttpResponse<String> post(String path, String body, String sign) {
        return postAsync(path, body, sign).join();
    }

    /** POSTs {@code body} signed with {@code key}. */
    HttpResponse<String> postSigned(String path, String body, String key) {
        return post(path, body, sign(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A callback body as Tencent sends it, with the whitespace its docs warn about (so that only raw bytes verify). */
    static String event(int group, int type, String taskId, long eventMsTs, String payload) {
        return "{\n\t\"EventGroupId\": " + group + ",\n\t\"EventType\": " + type + ",\n\t\"CallbackTs\": "
               + (eventMsTs + 7) + ",\n\t\"EventInfo\": {\"EventMsTs\": " + eventMsTs + ", \"TaskId\": \"" + taskId
               + "\", \"RoomId\": \"room-1\", \"RoomIdType\": 1,\n\t\t\"Payload\": " + payload + "}\n}";
    }

    /** A 902: the AI transcription task stopped. */
    public static String stopped(String taskId, long eventMsTs) {
        return event(9, 902, taskId, eventMsTs, "{\"LeaveCode\": 0}");
    }

    public static String sentence(String taskId, long eventMsTs, String text) {
        return event(9, 903, taskId, eventMsTs, "{\"UserId\": \"alice\", \"Text\": \"" + text
                + "\", \"StartTimeMs\": 1000, \"EndTimeMs\": 2500, \"RoundId\": \"round-7\"}");
    }
}
