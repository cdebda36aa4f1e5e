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
package dev.camelrtc.support.call;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.RtcComponentSupport;
import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.http.HttpProxy;
import dev.camelrtc.support.http.HttpReply;
import dev.camelrtc.support.http.RtcHttpTransport;
import dev.camelrtc.support.ops.CallStats;
import dev.camelrtc.support.resilience.RateLimiter;
import dev.camelrtc.support.resilience.RetryPolicy;

/**
 * How an endpoint calls its cloud, for every vendor: wait for a slot under the action's rate limit, sign and send on
 * the component's client, read the reply; on failure, reconcile (the vendor's {@link CloudApi#reconcile}), retry with
 * backoff as the operation's {@link RetryRule} allows, or fail. Nothing here blocks a thread, except in the pipeline
 * {@link #onCallerThread()} gives: the same steps with the blocking client, the rate-limit wait and the backoff on the
 * calling thread, so that the futures it returns are complete when they are returned.
 */
public final class CallPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CallPipeline.class);

    private final CloudApi api;
    private final Settings settings;
    private final boolean onCallerThread;
    private final CallPipeline blockingTwin;

    /** An endpoint's settings, which the pipeline and its caller-thread twin share. */
    private record Settings(RtcComponentSupport component, String credentialId, RetryPolicy policy,
                            Duration maxWait, RtcHttpTransport.RequestOptions http, CallStats stats) {
    }

    /** @param credentialId the key id whose rate limits the calls share */
    public CallPipeline(CloudApi api, RtcComponentSupport component, String credentialId,
                        RtcConfiguration configuration) {
        this(api, new Settings(component, credentialId, configuration.retryPolicy(),
                Duration.ofMillis(configuration.getRateLimitMaxWait()),
                new RtcHttpTransport.RequestOptions(Duration.ofMillis(configuration.getConnectTimeout()),
                        Duration.ofMillis(configuration.getResponseTimeout()),
                        configuration.proxy(component.scheme())),
                component.stats(configuration.apiUrl(component.scheme()))), false);
    }

    private CallPipeline(CloudApi api, Settings settings, boolean onCallerThread) {
        this.api = api;
        this.settings = settings;
        this.onCallerThread = onCallerThread;
        this.blockingTwin = onCallerThread ? this : new CallPipeline(api, settings, true);
    }

    /**
     * This pipeline for a caller that waits for the result on its own thread: each call runs there from the rate-limit
     * wait to the reply (the vendor's reconciling calls included) on the component's blocking HTTP client, with no
     * thread hand-off, and its future is complete when returned. Never use it on a thread that must not block.
     */
    public CallPipeline onCallerThread() {
        return blockingTwin;
    }

    /** The rate limiter of the operation for this endpoint's credential, or null when rate limiting is off. */
    public RateLimiter rateLimiter(RtcOperation operation) {
        return settings.component().rateLimiter(settings.credentialId(), operation.action(),
                operation.spec().documentedQps());
    }

    /** A producer's call: reconciled and retried as the operation's rules say; its result is the response model. */
    public CompletableFuture<Object> call(RtcOperation operation, ObjectNode params) {
        Call call = new Call(operation, params);
        call.attempt(1);
        return call.result;
    }

    /** One attempt with the endpoint's rate-limit wait; its result is the response model. */
    public CompletableFuture<Object> once(RtcOperation operation, ObjectNode params) {
        return once(operation, params, settings.maxWait());
    }

    /**
     * One attempt, waiting at most {@code maxWait} for a rate-limit slot (consumers retry by polling again). Fails
     * with the vendor's exception, code {@link CloudApiException#RATE_LIMITED} when no slot came in time (nothing
     * was sent then), or with an IllegalArgumentException when the parameters cannot be sent.
     */
    public CompletableFuture<Object> once(RtcOperation operation, ObjectNode params, Duration maxWait) {
        String action = operation.action();
        CloudApi.UnsignedCall request;
        RateLimiter limiter;
        try {
            request = api.prepare(operation, params); // before waiting: bad input takes no slot
            limiter = rateLimiter(operation); // e.g. replicas that cannot share the operation's limit
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (limiter == null) {
            return send(operation, request);
        }
        CompletableFuture<RateLimiter.Permit> slot = limiter.acquire(maxWait);
        if (onCallerThread) {
            awaitQuietly(slot); // so that the steps below run on this thread, not on the limiter's scheduler
        }
        return slot.handle((permit, refusal) -> {
            if (refusal != null) {
                Throwable cause = unwrap(refusal);
                throw api.failure(CloudApiException.RATE_LIMITED, cause.getMessage(), null, action, 0, cause);
            }
            return permit;
        }).thenCompose(permit -> {
            try {
                // the lane rests from the call's completion: the cloud counted the call before that
                return send(operation, request).whenComplete((response, failure) -> permit.release());
            } catch (RuntimeException e) {
                permit.release();
                throw e;
            }
        });
    }

    private CompletableFuture<Object> send(RtcOperation operation, CloudApi.UnsignedCall request) {
        String action = operation.action();
        HttpCall call;
        try {
            call = request.signedAt(Instant.now()); // asks a credentials provider: it may fail
        } catch (RuntimeException e) {
            // the provider's message is left out: vault and STS clients sometimes put token material in it
            CloudApiException failure = api.failure(CloudApiException.CREDENTIALS_UNAVAILABLE,
                    "the request could not be signed, nothing was sent: the credentials provider failed with "
                                                                                  + e.getClass().getName(),
                    null, action, 0, e);
            settings.stats().failed(action, failure);
            return CompletableFuture.failedFuture(failure);
        }
        RtcHttpTransport transport = settings.component().transport();
        CompletableFuture<HttpReply> sent = onCallerThread
                ? transport.sendBlocking(call, settings.http())
                : transport.send(call, settings.http());
        return sent.handle((reply, failure) -> {
            if (failure != null) {
                var network = RtcHttpTransport.networkFailure(call.uri().resolve("/"), unwrap(failure));
                throw api.failure(CloudApiException.NETWORK_ERROR, network.getMessage(), null, action, 0, network);
            }
            if (reply.status() == 407) {
                throw api.failure(CloudApiException.PROXY_AUTHENTICATION_FAILED, proxyRefusal(), null, action, 407,
                        null);
            }
            return api.read(operation, reply);
        }).whenComplete((response, failure) -> {
            if (failure == null) {
                settings.stats().succeeded();
            } else {
                settings.stats().failed(action, unwrap(failure));
            }
        });
    }

    /** Why a proxy answered 407 (Proxy Authentication Required), and which settings to check. */
    private String proxyRefusal() {
        HttpProxy proxy = settings.http().proxy();
        if (proxy == null) {
            return "the proxy of the JVM's proxy settings requires authentication that the JVM's settings did not"
                   + " satisfy (system properties https.proxyUser and https.proxyPassword, or http.* for http"
                   + " endpoints), or set the proxyHost, proxyPort, proxyUsername and proxyPassword options";
        }
        return "the proxy " + proxy.address() + (proxy.authenticates()
                ? " rejected the proxyUsername and proxyPassword options"
                : " requires authentication: set the proxyUsername and proxyPassword options");
    }

    /** Waits until the future completed, whichever way: its outcome is read by the steps chained to it. */
    private static void awaitQuietly(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (RuntimeException outcomeReadLater) {
            // CompletionException or CancellationException: the chained steps see it
        }
    }

    /** The failure inside the CompletionExceptions of a future chain. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One producer call across its attempts; attempts never overlap. */
    private final class Call {
        private final RtcOperation operation;
        private final ObjectNode params;
        private final long startNanos = System.nanoTime();
        private final CompletableFuture<Object> result = new CompletableFuture<>();
        private volatile boolean mayHaveExecuted;

        Call(RtcOperation operation, ObjectNode params) {
            this.operation = operation;
            this.params = params;
        }

        void attempt(int attempt) {
            once(operation, params).exceptionallyCompose(this::reconcile).whenComplete((response, failure) -> {
                if (failure == null) {
                    result.complete(response);
                    return;
                }
                Throwable cause = unwrap(failure);
                RetryPolicy policy = settings.policy();
                Duration backoff = policy.backoff(attempt, ThreadLocalRandom.current());
                boolean inTime = System.nanoTime() - startNanos + backoff.toNanos() <= policy.maxElapsed().toNanos();
                if (attempt < policy.maxAttempts() && inTime && retryable(cause)) {
                    LOG.debug("{} failed on attempt {} ({}); retrying in {} ms", operation.action(), attempt,
                            cause.getMessage(), backoff.toMillis());
                    if (onCallerThread) {
                        if (backOffOnThisThread(backoff)) {
                            attempt(attempt + 1);
                            return;
                        }
                    } else {
                        try {
                            settings.component().scheduler().schedule(() -> attempt(attempt + 1), backoff.toMillis(),
                                    TimeUnit.MILLISECONDS);
                            return;
                        } catch (RejectedExecutionException stopping) {
                            // the component is stopping: no more retries
                        }
                    }
                }
                result.completeExceptionally(explained(cause));
            });
        }

        /** Waits out a retry's backoff on the caller's thread; false when the thread was interrupted (no retry). */
        private boolean backOffOnThisThread(Duration backoff) {
            try {
                TimeUnit.NANOSECONDS.sleep(backoff.toNanos());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private CompletableFuture<Object> reconcile(Throwable failure) {
            Throwable cause = unwrap(failure);
            if (cause instanceof CloudApiException e) {
                CompletableFuture<Object> done = api.reconcile(CallPipeline.this, operation, params, e,
                        mayHaveExecuted);
                if (done != null) {
                    return done;
                }
                if (e.transience() == Transience.UNCERTAIN) {
                    mayHaveExecuted = true;
                }
            }
            return CompletableFuture.failedFuture(cause);
        }

        private boolean retryable(Throwable failure) {
            if (!(failure instanceof CloudApiException e)) {
                return false;
            }
            Transience transience = e.transience();
            return transience == Transience.NOT_EXECUTED
                    || transience == Transience.UNCERTAIN && operation.retriesUncertain(params);
        }

        /** An uncertain failure of a call that is unsafe to repeat says that the cloud may have executed it. */
        private Throwable explained(Throwable failure) {
            if (failure instanceof CloudApiException e && e.transience() == Transience.UNCERTAIN
                    && !operation.retriesUncertain(params)) {
                return e.withErrorMessage(e.getErrorMessage() + "; the request may have been executed by the cloud"
                        + " and was not repeated, because repeating " + operation.action() + " is not safe");
            }
            return failure;
        }
    }
}
