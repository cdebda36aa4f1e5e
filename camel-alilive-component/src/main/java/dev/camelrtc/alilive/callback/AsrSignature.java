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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.camel.Message;

import dev.camelrtc.support.callback.CallbackAuthenticator;
import dev.camelrtc.support.http.Crypto;

/**
 * The authentication of RtcAsr callbacks, as CreateRtcAsrTask's AuthKey documents it: header {@code SIG-TIME} is the
 * current timestamp and {@code ASR-SIG = md5(SIG-TIME + "/" + CallbackURL + "/" + AuthKey)}. The page leaves the
 * timestamp's unit and the hex case open, so seconds and milliseconds and either case are accepted. The signature
 * does not cover the body. Compared in constant time; a SIG-TIME further than the tolerance from now is stale.
 */
final class AsrSignature implements CallbackAuthenticator {

    static final String SIG_TIME = "SIG-TIME";
    static final String ASR_SIG = "ASR-SIG";
    /** Digits only, so that nothing else reaches the signed string or the log. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,18}");
    /** A seconds timestamp reaches 10^11 only in the year 5138: larger values are milliseconds. */
    private static final long MILLIS_FROM = 100_000_000_000L;

    private final String callbackUrl;
    private final String authKey;
    private final long toleranceMillis;

    AsrSignature(String callbackUrl, String authKey, long toleranceMillis) {
        this.callbackUrl = callbackUrl;
        this.authKey = authKey;
        this.toleranceMillis = toleranceMillis;
    }

    @Override
    public String rejection(Message request, byte[] body) {
        String sigTime = request.getHeader(SIG_TIME, String.class);
        String sig = request.getHeader(ASR_SIG, String.class);
        if (sigTime == null || sig == null || sigTime.isBlank() || sig.isBlank()) {
            return "no " + (sigTime == null || sigTime.isBlank() ? SIG_TIME : ASR_SIG) + " header";
        }
        sigTime = sigTime.trim();
        if (!TIMESTAMP.matcher(sigTime).matches()) {
            return "a " + SIG_TIME + " that is not a number";
        }
        byte[] expected = sign(sigTime).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return "a wrong " + ASR_SIG;
        }
        long skew = System.currentTimeMillis() - millis(sigTime);
        if (toleranceMillis > 0 && Math.abs(skew) > toleranceMillis) {
            return "a stale " + SIG_TIME + " (" + skew / 1000 + " s old; sigTimeTolerance is " + toleranceMillis / 1000
                   + " s)";
        }
        return null;
    }

    /** The lower-case hex ASR-SIG of this SIG-TIME. */
    String sign(String sigTime) {
        return Crypto.md5Hex((sigTime + "/" + callbackUrl + "/" + authKey).getBytes(StandardCharsets.UTF_8));
    }

    /** SIG-TIME (digits, verified) in epoch milliseconds. */
    static long millis(String sigTime) {
        long value = Long.parseLong(sigTime.trim());
        return value >= MILLIS_FROM ? value : value * 1000;
    }

    @Override
    public String toString() {
        return "AsrSignature[md5, " + callbackUrl + "]";
    }
}
