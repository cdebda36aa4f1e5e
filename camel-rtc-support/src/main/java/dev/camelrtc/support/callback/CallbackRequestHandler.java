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
package dev.camelrtc.support.callback;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.json.Json;

/**
 * Handles one callback request of platform-http: checks the signature over the raw body, parses it, lets the endpoint
 * turn it into a message (or filter it out), drops events already processed, routes the event as a new exchange of
 * the consumer's route and answers only when the route is done: 200 if it succeeded, 500 if it failed (the key is then
 * forgotten, so the cloud's redelivery is processed). A redelivery that arrives while the same event is still being
 * routed by this consumer waits for that outcome instead of being routed a second time; one that another instance is
 * routing (its key in the shared inProgressRepository) is answered 503, so that the cloud delivers it again later, and
 * so is one whose claim the repository no longer counts as held right after it was taken (camel-sql wrote it expired).
 * A claim this consumer failed to drop stays its own: {@link #retryReleases()} drops it later, and a redelivery
 * arriving here first is routed.
 */
final class CallbackRequestHandler extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackRequestHandler.class);
    static final String OK = "{\"code\":0}";
    /** Seconds a 503 asks the sender to wait: Tencent's interval between redeliveries. */
    static final String RETRY_AFTER_SECONDS = "10";

    /** What the repositories say of an event's key. */
    private enum Claim {
        /** this consumer routes it */
        OURS,
        /** processed already */
        DONE,
        /** another instance is routing it */
        ELSEWHERE
    }

    /** How an event's first delivery to this consumer ended, for redeliveries that waited for it. */
    private enum Outcome {
        PROCESSED,
        FAILED,
        ELSEWHERE
    }

    private final CallbackConsumerSupport consumer;
    private final CallbackAuthenticator authenticator;
    private final IdempotentRepository repository;
    private final IdempotentRepository inProgress;
    private final CallbackCounts counts;
    private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    /** Keys this consumer claimed and failed to release, with no route running: camel-sql keeps them alive. */
    private final Set<String> unreleased = ConcurrentHashMap.newKeySet();
    /**
     * Keys routed here whose processed record could not be written (e.g. no pooled connection in time): their claims
     * are kept, so that other instances answer 503 and this one answers 200, until {@link #retryReleases()} records them.
     */
    private final Set<String> unrecorded = ConcurrentHashMap.newKeySet();

    CallbackRequestHandler(CallbackConsumerSupport consumer, CallbackAuthenticator authenticator,
                           IdempotentRepository repository, IdempotentRepository inProgress, CallbackCounts counts) {
        this.consumer = consumer;
        this.authenticator = authenticator;
        this.repository = repository;
        this.inProgress = inProgress;
        this.counts = counts;
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        Message request = http.getMessage();
        byte[] body = request.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        String rejection = authenticator == null ? null : authenticator.rejection(request, body);
        if (rejection != null) {
            counts.badSignature();
            LOG.warn("{}: rejected a callback: {}; {} rejected so far", consumer.getEndpoint().describe(), rejection,
                    counts.getRejectedSignatures());
            answer(http, 401, "{\"code\":401,\"message\":\"missing, wrong or stale signature\"}");
            callback.done(true);
            return true;
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            counts.malformed();
            LOG.warn("{}: a signed callback whose body is not a JSON object ({} bytes)",
                    consumer.getEndpoint().describe(), body.length);
            answer(http, 400, "{\"code\":400,\"message\":\"body is not a JSON object\"}");
            callback.done(true);
            return true;
        }
        CallbackMessage event = consumer.getEndpoint().read(json, body, request);
        if (event == null) {
            counts.filtered();
            answer(http, 200, OK);
            callback.done(true);
            return true;
        }
        String key = event.deduplicationKey();
        if (key == null) {
            return route(http, event, null, null, callback);
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        CompletableFuture<Outcome> earlier = inFlight.putIfAbsent(key, outcome);
        if (earlier != null) {
            earlier.whenComplete((first, error) -> {
                if (first == Outcome.PROCESSED) {
                    counts.duplicate();
                    answer(http, 200, OK);
                } else if (first == Outcome.ELSEWHERE) {
                    answerElsewhere(http);
                } else {
                    answer(http, 500, "{\"code\":500,\"message\":\"the route failed, deliver again\"}");
                }
                callback.done(false);
            });
            return false;
        }
        Claim claim;
        try {
            claim = claim(key);
        } catch (RuntimeException e) {
            inFlight.remove(key);
            outcome.complete(Outcome.FAILED);
            LOG.warn("{}: the idempotentRepository or inProgressRepository failed: {}",
                    consumer.getEndpoint().describe(), e.toString());
            answer(http, 500, "{\"code\":500,\"message\":\"deduplication failed, deliver again\"}");
            callback.done(true);
            return true;
        }
        if (claim != Claim.OURS) {
            inFlight.remove(key);
            outcome.complete(claim == Claim.DONE ? Outcome.PROCESSED : Outcome.ELSEWHERE);
            if (claim == Claim.DONE) {
                counts.duplicate();
                answer(http, 200, OK);
            } else {
                answerElsewhere(http);
            }
            callback.done(true);
            return true;
        }
        return route(http, event, key, outcome, callback);
    }

    private boolean route(Exchange http, CallbackMessage event, String key, CompletableFuture<Outcome> outcome,
                          AsyncCallback callback) {
        boolean routeIt;
        try {
            routeIt = consumer.beforeRoute(event, http.getMessage());
        } catch (RuntimeException e) {
            // e.g. the shared store that claims a task's end cannot be reached: the cloud delivers the event again
            if (key != null) {
                settle(key, false);
                inFlight.remove(key);
                outcome.complete(Outcome.FAILED);
            }
            LOG.warn("{}: cannot route the event now: {}", consumer.getEndpoint().describe(), e.getMessage());
            counts.failed();
            answer(http, 500, "{\"code\":500,\"message\":\"cannot route the event now, deliver again\"}");
            callback.done(true);
            return true;
        }
        if (!routeIt) {
            // e.g. a polling consumer delivered this task's end: one ended exchange in the context, not two
            boolean recorded = key == null || settle(key, true);
            if (key != null) {
                inFlight.remove(key);
                outcome.complete(recorded ? Outcome.PROCESSED : Outcome.FAILED);
            }
            counts.endedByPolling();
            if (recorded) {
                answer(http, 200, OK);
            } else {
                answer(http, 500, "{\"code\":500,\"message\":\"deduplication failed, deliver again\"}");
            }
            callback.done(true);
            return true;
        }
        Exchange exchange = consumer.newExchange();
        Message message = exchange.getMessage();
        message.setBody(event.body());
        message.getHeaders().putAll(event.headers());
        try {
            return consumer.getAsyncProcessor().process(exchange, doneSync -> {
                completed(http, event, exchange, key, outcome);
                callback.done(doneSync);
            });
        } catch (RuntimeException e) {
            exchange.setException(e);
            completed(http, event, exchange, key, outcome);
            callback.done(true);
            return true;
        }
    }

    private void completed(Exchange http, CallbackMessage event, Exchange exchange, String key,
                           CompletableFuture<Outcome> outcome) {
        boolean ok = exchange.getException() == null && !exchange.isRollbackOnly();
        try {
            consumer.afterRoute(event, ok);
        } finally {
            boolean recorded = key == null || settle(key, ok);
            if (key != null) {
                inFlight.remove(key);
                outcome.complete(ok && recorded ? Outcome.PROCESSED : Outcome.FAILED);
            }
            if (ok) {
                counts.routed();
            } else {
                counts.failed();
            }
            if (ok && recorded) {
                answer(http, 200, OK);
            } else if (ok) {
                // routed, but not recorded as processed: the redelivery routes it again (at-least-once)
                answer(http, 500, "{\"code\":500,\"message\":\"deduplication failed, deliver again\"}");
            } else {
                answer(http, 500, "{\"code\":500,\"message\":\"the route failed, deliver again\"}");
            }
            consumer.release(exchange);
        }
    }

    /**
     * Takes the key for this consumer unless it is processed or being processed. Without an inProgressRepository the
     * idempotentRepository holds it from now on. With one, the key is claimed there and only recorded as processed
     * once routed; processed keys are looked up before and after the claim, since another instance may record the
     * event and drop its claim in between. A claim the repository does not count as held once taken is dropped: another
     * instance may take it over as an orphan.
     */
    private Claim claim(String key) {
        if (inProgress == null) {
            return repository.add(key) ? Claim.OURS : Claim.DONE;
        }
        if (unrecorded.contains(key) || repository.contains(key)) {
            return Claim.DONE;
        }
        if (!inProgress.add(key)) {
            // no route of this consumer runs for the key (it is not in flight): a claim left here is over, ours to take
            return unreleased.remove(key) ? Claim.OURS : Claim.ELSEWHERE;
        }
        boolean held;
        boolean done;
        try {
            // camel-sql stamps a claim before it waits for its lock (held by its keep-alive while that waits for a
            // pooled connection): a claim written older than lockMaxAgeMillis is one another instance may take over
            held = inProgress.contains(key);
            done = held && repository.contains(key);
        } catch (RuntimeException e) {
            release(key);
            throw e;
        }
        if (!held) {
            release(key);
            return Claim.ELSEWHERE;
        }
        if (done) {
            release(key); // if it stays, harmless: redeliveries find the processed key first
            return Claim.DONE;
        }
        return Claim.OURS;
    }

    /**
     * Records the outcome of a claimed key: processed (in the idempotentRepository, then the claim dropped) or not
     * (the claim dropped, so that a redelivery is routed). False when a repository failed to record it and no claim
     * stands in for the record; with an inProgressRepository the claim does (see {@link #unrecorded}), and a claim
     * that could not be dropped is not such a failure either, {@link #release} takes care of it.
     */
    private boolean settle(String key, boolean processed) {
        boolean recorded = !processed || attempt(() -> record(key));
        if (inProgress != null) {
            if (!recorded) {
                // routed: the claim stays until the record is written, so that no instance routes the event again
                unrecorded.add(key);
                return true;
            }
            release(key);
        } else if (!processed) {
            recorded &= attempt(() -> repository.remove(key));
        }
        return recorded;
    }

    private void record(String key) {
        if (inProgress != null) {
            repository.add(key);
        }
        repository.confirm(key);
    }

    /**
     * Drops this consumer's claim. One that cannot be dropped now (a database blip, a serialization failure against
     * camel-sql's keep-alive) would be kept alive for as long as this instance runs, its event answered 503 by every
     * instance: it is remembered, routed by this consumer if redelivered here, and dropped by {@link #retryReleases()}.
     */
    private void release(String key) {
        if (!attempt(() -> inProgress.remove(key))) {
            unreleased.add(key);
        }
    }

    /** Tries again to drop the claims {@link #release} could not drop; the consumer calls it on a schedule. */
    void retryReleases() {
        for (String key : unrecorded) {
            if (attempt(() -> record(key))) {
                unrecorded.remove(key);
                release(key);
            }
        }
        for (String key : unreleased) {
            // taken out while tried, so that a redelivery routing it meanwhile (claim) and this never both own it
            if (unreleased.remove(key) && !attempt(() -> inProgress.remove(key))) {
                unreleased.add(key);
            }
        }
    }

    private boolean attempt(Runnable write) {
        try {
            write.run();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{}: could not record an event's outcome in the idempotentRepository or inProgressRepository: {}",
                    consumer.getEndpoint().describe(), e.toString());
            return false;
        }
    }

    private void answerElsewhere(Exchange http) {
        counts.inProgressElsewhere();
        answer(http, 503, "{\"code\":503,\"message\":\"being processed elsewhere, deliver again later\"}");
        http.getMessage().setHeader("Retry-After", RETRY_AFTER_SECONDS);
    }

    private static void answer(Exchange http, int status, String body) {
        Message response = http.getMessage();
        response.removeHeaders("*");
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "application/json");
        response.setBody(body);
    }
}
