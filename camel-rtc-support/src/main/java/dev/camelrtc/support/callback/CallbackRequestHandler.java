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
 * routed waits for that outcome instead of being routed a second time.
 */
final class CallbackRequestHandler extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackRequestHandler.class);
    static final String OK = "{\"code\":0}";

    private final CallbackConsumerSupport consumer;
    private final CallbackAuthenticator authenticator;
    private final IdempotentRepository repository;
    private final CallbackCounts counts;
    private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    CallbackRequestHandler(CallbackConsumerSupport consumer, CallbackAuthenticator authenticator,
                           IdempotentRepository repository, CallbackCounts counts) {
        this.consumer = consumer;
        this.authenticator = authenticator;
        this.repository = repository;
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
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> earlier = inFlight.putIfAbsent(key, outcome);
        if (earlier != null) {
            earlier.whenComplete((processed, error) -> {
                if (Boolean.TRUE.equals(processed)) {
                    counts.duplicate();
                    answer(http, 200, OK);
                } else {
                    answer(http, 500, "{\"code\":500,\"message\":\"the route failed, deliver again\"}");
                }
                callback.done(false);
            });
            return false;
        }
        boolean added;
        try {
            added = repository.add(key);
        } catch (RuntimeException e) {
            inFlight.remove(key);
            outcome.complete(false);
            LOG.warn("{}: the idempotentRepository failed: {}", consumer.getEndpoint().describe(), e.toString());
            answer(http, 500, "{\"code\":500,\"message\":\"deduplication failed, deliver again\"}");
            callback.done(true);
            return true;
        }
        if (!added) {
            inFlight.remove(key);
            outcome.complete(true);
            counts.duplicate();
            answer(http, 200, OK);
            callback.done(true);
            return true;
        }
        return route(http, event, key, outcome, callback);
    }

    private boolean route(Exchange http, CallbackMessage event, String key, CompletableFuture<Boolean> outcome,
                          AsyncCallback callback) {
        boolean routeIt;
        try {
            routeIt = consumer.beforeRoute(event, http.getMessage());
        } catch (RuntimeException e) {
            // e.g. the shared store that claims a task's end cannot be reached: the cloud delivers the event again
            if (key != null) {
                repository.remove(key);
                inFlight.remove(key);
                outcome.complete(false);
            }
            LOG.warn("{}: cannot route the event now: {}", consumer.getEndpoint().describe(), e.getMessage());
            counts.failed();
            answer(http, 500, "{\"code\":500,\"message\":\"cannot route the event now, deliver again\"}");
            callback.done(true);
            return true;
        }
        if (!routeIt) {
            // e.g. a polling consumer delivered this task's end: one ended exchange in the context, not two
            if (key != null) {
                repository.confirm(key);
                inFlight.remove(key);
                outcome.complete(true);
            }
            counts.endedByPolling();
            answer(http, 200, OK);
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
                           CompletableFuture<Boolean> outcome) {
        boolean ok = exchange.getException() == null && !exchange.isRollbackOnly();
        try {
            consumer.afterRoute(event, ok);
            if (key != null) {
                if (ok) {
                    repository.confirm(key);
                } else {
                    repository.remove(key);
                }
            }
        } finally {
            if (key != null) {
                inFlight.remove(key);
                outcome.complete(ok);
            }
            if (ok) {
                counts.routed();
                answer(http, 200, OK);
            } else {
                counts.failed();
                answer(http, 500, "{\"code\":500,\"message\":\"the route failed, deliver again\"}");
            }
            consumer.release(exchange);
        }
    }

    private static void answer(Exchange http, int status, String body) {
        Message response = http.getMessage();
        response.removeHeaders("*");
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "application/json");
        response.setBody(body);
    }
}
