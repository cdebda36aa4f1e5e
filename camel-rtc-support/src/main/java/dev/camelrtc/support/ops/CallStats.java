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
package dev.camelrtc.support.ops;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import dev.camelrtc.support.call.CloudApiException;

/**
 * Outcome of a component's calls to one API URL, for the health checks of the producers calling it: counts, whether the
 * last call got a reply, and the last success and failure.
 */
public final class CallStats {

    /** The last failure: when, which action, which code, and whether it says the component cannot work. */
    public record Failure(Instant at, String action, String code, boolean blocking) {
    }

    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private volatile Boolean reachable;

    public void succeeded() {
        calls.increment();
        lastSuccess.set(Instant.now());
        reachable = true;
    }

    public void failed(String action, Throwable failure) {
        calls.increment();
        failures.increment();
        String code = failure instanceof CloudApiException e ? e.getCode() : failure.getClass().getSimpleName();
        lastFailure.set(new Failure(Instant.now(), action, code, isBlocking(failure)));
        reachable = !(failure instanceof CloudApiException e && e.isNetworkError());
    }

    /** Whether the last call got a reply (whatever it said), false when it got none, null before any call. */
    public Boolean reachable() {
        return reachable;
    }

    /** Failures that mean nothing will work: the network, or credentials the cloud rejects. */
    static boolean isBlocking(Throwable failure) {
        if (!(failure instanceof CloudApiException e) || e.getCode() == null) {
            return false;
        }
        String code = e.getCode();
        return e.isNetworkError() || code.equals(CloudApiException.PROXY_AUTHENTICATION_FAILED)
                || code.equals(CloudApiException.CREDENTIALS_UNAVAILABLE) || code.startsWith("AuthFailure") || code.startsWith("InvalidAccessKeyId")
                || code.startsWith("SignatureDoesNotMatch") || code.startsWith("IncompleteSignature")
                || code.startsWith("InvalidSecurityToken") || code.startsWith("Forbidden");
    }

    /** True when the last call failed in a blocking way and nothing succeeded since. */
    public boolean isFailing() {
        Failure failure = lastFailure.get();
        Instant success = lastSuccess.get();
        return failure != null && failure.blocking() && (success == null || success.isBefore(failure.at()));
    }

    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("calls", calls.sum());
        details.put("failures", failures.sum());
        if (lastSuccess.get() != null) {
            details.put("last.success", lastSuccess.get().toString());
        }
        Failure failure = lastFailure.get();
        if (failure != null) {
            details.put("last.failure", failure.at().toString());
            details.put("last.failure.action", failure.action());
            details.put("last.failure.code", failure.code());
        }
        return details;
    }
}
