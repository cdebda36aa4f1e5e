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
package dev.camelrtc.support.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loggers of other libraries that print what the components keep secret when enabled at DEBUG: the components mask
 * secrets in everything they print themselves, but cannot mask what Apache HttpClient logs of each request. Finding
 * such a logger enabled at start-up is worth one WARN.
 */
public final class SecretLogging {

    /** HttpClient 5's logger of request and response headers (X-TC-Token carries the TRTC session token). */
    static final String HTTP_HEADERS = "org.apache.hc.client5.http.headers";
    /** HttpClient 5's logger of the bytes on the wire: headers and bodies (UserSig, API keys, Alibaba STS tokens). */
    static final String HTTP_WIRE = "org.apache.hc.client5.http.wire";

    private SecretLogging() {
    }

    /** The loggers enabled at DEBUG that would print secrets, each with what it prints. */
    static List<String> risks(Predicate<String> debugEnabled) {
        List<String> risks = new ArrayList<>();
        if (debugEnabled.test(HTTP_HEADERS)) {
            risks.add(HTTP_HEADERS + " (every request header, session tokens included)");
        }
        if (debugEnabled.test(HTTP_WIRE)) {
            risks.add(HTTP_WIRE + " (every request byte: headers, tokens and request bodies with UserSig or API keys)");
        }
        return risks;
    }

    /** Logs one WARN to {@code log} when a logger enabled now would print secrets of the {@code scheme} component. */
    public static void warnIfEnabled(Logger log, String scheme) {
        warnIfEnabled(log, scheme, name -> LoggerFactory.getLogger(name).isDebugEnabled());
    }

    static void warnIfEnabled(Logger log, String scheme, Predicate<String> debugEnabled) {
        List<String> risks = risks(debugEnabled);
        if (!risks.isEmpty()) {
            log.warn("{}: these loggers are at DEBUG and print secrets the component cannot mask: {}. Set them to INFO"
                     + " outside a debugging session.", scheme, String.join("; ", risks));
        }
    }
}
