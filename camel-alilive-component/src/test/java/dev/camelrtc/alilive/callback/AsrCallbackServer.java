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
package dev.camelrtc.alilive.callback;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.builder.RouteBuilder;

import dev.camelrtc.support.testing.CallbackHttp;

/**
 * {@link CallbackHttp} posting RtcAsr results signed as CreateRtcAsrTask's AuthKey documents it, with this test's own
 * MD5 code (not the consumer's): {@code SIG-TIME} and {@code ASR-SIG = md5(SIG-TIME/CallbackURL/AuthKey)}. Alibaba
 * does not document the body; {@link #result} is this test's invention.
 */
public final class AsrCallbackServer extends CallbackHttp {

    AsrCallbackServer(RouteBuilder routes) throws Exception {
        super(routes);
    }

    static String sign(String sigTime, String callbackUrl, String authKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((sigTime + "/" + callbackUrl + "/" + authKey).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIG-TIME of now, in seconds. */
    static String now() {
        return String.valueOf(System.currentTimeMillis() / 1000);
    }

    /** The headers that sign a callback now for {@code callbackUrl} with {@code authKey}. */
    public static Map<String, String> signedNow(String callbackUrl, String authKey) {
        String sigTime = now();
        return headers(sigTime, sign(sigTime, callbackUrl, authKey));
    }

    static Map<String, String> headers(String sigTime, String asrSig) {
        return Map.of("SIG-TIME", sigTime, "ASR-SIG", asrSig);
    }

    /** POSTs {@code body} to {@code path}, signed now (seconds) for {@code callbackUrl} with {@code authKey}. */
    CompletableFuture<HttpResponse<String>> postSignedAsync(String path, String body, String callbackUrl,
                                                             String authKey) {
        String sigTime = now();
        return sendAsync(path, body, headers(sigTime, sign(sigTime, callbackUrl, authKey)));
    }

    HttpResponse<String> postSigned(String path, String body, String callbackUrl, String authKey) {
        return postSignedAsync(path, body, callbackUrl, authKey).join();
    }

    /** A result body: the fields are this test's guess, Alibaba documents none. */
    static String result(String taskId, int index, String text) {
        return "{\n  \"TaskId\": \"" + taskId + "\",\n  \"Index\": " + index + ",\n  \"BeginTime\": " + index * 1000
               + ",\n  \"EndTime\": " + (index * 1000 + 800) + ",\n  \"Text\": \"" + text + "\",\n  \"Final\": true\n}";
    }
}
