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
package dev.camelrtc.support;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.call.CallPipeline;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.health.ApiHealthCheck;
import dev.camelrtc.support.tasks.FollowBoard;

/**
 * Calls the endpoint's operation (or the one of the operation header) with the message body as request,
 * asynchronously: the calling thread returns as soon as the request is handed to the HTTP client, and the exchange
 * continues on the component's callback executor. A vendor builds the request and sets the reply's headers.
 * <p>
 * Callers that wait anyway can spare the hand-offs to the HTTP client's I/O thread and to the callback executor: on an
 * endpoint configured {@code synchronous}, and when Camel uses the synchronous {@link #process(Exchange)} (e.g. for a
 * transacted exchange), the call runs on the calling thread with the component's blocking client
 * ({@link CallPipeline#onCallerThread()}). A {@code ProducerTemplate}'s {@code requestBody} does not tell: in Camel 4.18
 * {@code DefaultProducerCache.send} hands the producer to {@code SharedCamelInternalProcessor}, whose synchronous
 * {@code process} goes through {@code AsyncProcessorAwaitManager.process}, which calls the asynchronous
 * {@code process(Exchange, AsyncCallback)} and then waits on a latch; so such callers set {@code synchronous=true}.
 * <p>
 * While started, the producer has a readiness check ({@link ApiHealthCheck}, id {@code producer:<scheme>-<endpoint id>})
 * in Camel's {@code producers} health check repository, as Camel's own cloud components have: enabled by the
 * component's {@code healthCheckProducerEnabled} option, and reported only when the application turns producer checks
 * on ({@code camel.health.producersEnabled=true}).
 *
 * @param <O> the vendor's operations
 */
public abstract class RtcProducerSupport<O extends Enum<O> & RtcOperation> extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(RtcProducerSupport.class);

    private final String operationHeader;
    private final String taskIdHeader;
    private final String followHeader;
    private WritableHealthCheckRepository healthCheckRepository;
    private ApiHealthCheck healthCheck;

    protected RtcProducerSupport(RtcEndpointSupport<O> endpoint, String operationHeader, String taskIdHeader,
                                 String followHeader) {
        super(endpoint);
        this.operationHeader = operationHeader;
        this.taskIdHeader = taskIdHeader;
        this.followHeader = followHeader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RtcEndpointSupport<O> getEndpoint() {
        return (RtcEndpointSupport<O>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // null when the CamelContext has no health check registry
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            RtcComponentSupport component = getEndpoint().getComponent();
            URI apiUrl = getEndpoint().apiUrl();
            healthCheck = new ApiHealthCheck("producer:" + component.scheme() + "-" + getEndpoint().getId(),
                    getEndpoint().getEndpointBaseUri(), apiUrl, component.stats(apiUrl));
            healthCheck.setEnabled(component.isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
        }
        healthCheck = null;
        healthCheckRepository = null;
        super.doStop();
    }

    /** The request parameters of the exchange, checked; fails with an IllegalArgumentException naming the problem. */
    protected abstract ObjectNode request(O operation, Exchange exchange);

    /** Sets the vendor's headers of a reply (request id, task id, status) from its response model. */
    protected abstract void setReplyHeaders(Message message, O operation, ObjectNode params, Object response);

    /** Sets a reply header from a value of the reply; a null or blank value sets nothing. */
    protected static void setIfPresent(Message message, String header, String value) {
        if (value != null && !value.isBlank()) {
            message.setHeader(header, value);
        }
    }

    /** The reply's body: by default the response model; a vendor may give another (e.g. decoded audio). */
    protected Object replyBody(O operation, ObjectNode params, Object response) {
        return response;
    }

    /** What consumers need to read a task this producer started, besides its id. */
    protected Map<String, String> followAttributes(ObjectNode params) {
        return Map.of();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (getEndpoint().getConfiguration().isSynchronous()) {
            process(exchange);
            callback.done(true);
            return true;
        }
        Request<O> request = request(exchange);
        if (request == null) {
            callback.done(true);
            return true;
        }
        CallPipeline pipeline = getEndpoint().pipeline();
        pipeline.call(request.operation(), request.params()).whenCompleteAsync((response, failure) -> {
            try {
                complete(exchange, request, response, failure);
            } finally {
                callback.done(false);
            }
        }, getEndpoint().getComponent().callbackExecutor());
        return false;
    }

    /** The call on the calling thread, which waits for the rate-limit slot, the reply and any retry's backoff. */
    @Override
    public void process(Exchange exchange) {
        Request<O> request = request(exchange);
        if (request == null) {
            return;
        }
        CallPipeline pipeline = getEndpoint().pipeline().onCallerThread();
        Object response = null;
        Throwable failure = null;
        try {
            response = pipeline.call(request.operation(), request.params()).join(); // complete already: no wait
        } catch (CompletionException | CancellationException e) {
            failure = e;
        }
        complete(exchange, request, response, failure);
    }

    /** An exchange's operation and its checked parameters. */
    private record Request<O>(O operation, ObjectNode params) {
    }

    /** The exchange's operation and parameters, or null with the exchange's exception set when they are not valid. */
    private Request<O> request(Exchange exchange) {
        try {
            O operation = operation(exchange.getMessage());
            return new Request<>(operation, request(operation, exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            return null;
        }
    }

    /** The exchange's reply, or its exception. */
    private void complete(Exchange exchange, Request<O> request, Object response, Throwable failure) {
        O operation = request.operation();
        ObjectNode params = request.params();
        try {
            if (failure != null) {
                exchange.setException(CallPipeline.unwrap(failure));
            } else {
                Message message = exchange.getMessage();
                message.setBody(replyBody(operation, params, response));
                setReplyHeaders(message, operation, params, response);
                postFollow(message, operation, params);
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }

    private O operation(Message message) {
        String header = message.getHeader(operationHeader, String.class);
        O configured = getEndpoint().getOperation();
        return header == null || header.isBlank() ? configured
                : RtcOperation.fromName(configured.getDeclaringClass(), getEndpoint().getComponent().scheme(), header);
    }

    /**
     * Tells the component's consumers about started tasks, and about tasks a route asks them to follow or forget: the
     * consumers of this CamelContext through the component's registry, and, when the endpoint's stateRepository is
     * shared by several instances (a {@link FollowBoard}), the consumer of whichever instance polls. A started task
     * whose request the shared store refuses does not fail the exchange (a redelivery would start a second task): it
     * is logged, counted ({@link RtcComponentSupport#unpostedTasks}) and followed by this instance's consumers only. A
     * route's follow or unfollow request the store refuses fails the exchange (it started nothing).
     */
    private void postFollow(Message message, O operation, ObjectNode params) {
        Boolean follow = message.getHeader(followHeader, Boolean.class);
        if (follow == null && operation.kind() != OperationKind.START) {
            return; // the usual call: nothing to follow or forget
        }
        String taskId = message.getHeader(taskIdHeader, String.class);
        if (taskId == null || taskId.isBlank()) {
            return;
        }
        var registry = getEndpoint().getComponent().followRegistry();
        FollowBoard board = getEndpoint().getConfiguration().getStateRepository() instanceof FollowBoard shared
                ? shared : null;
        if (operation.kind() == OperationKind.START ? !Boolean.FALSE.equals(follow) : Boolean.TRUE.equals(follow)) {
            Map<String, String> attributes = followAttributes(params);
            RuntimeException refused = null;
            if (board != null) {
                try {
                    board.post(operation.family(), taskId, true, attributes);
                } catch (RuntimeException e) {
                    refused = e;
                }
            }
            // this context's consumers follow it either way
            registry.follow(operation.family(), taskId, attributes, board != null && refused == null);
            if (refused != null && operation.kind() != OperationKind.START) {
                throw refused;
            }
            if (refused != null) {
                getEndpoint().getComponent().taskNotPosted();
                LOG.warn("Started task {} of family {}, but the shared store refused its follow request: {}. Only this"
                         + " instance's consumers follow it; to have the leader follow it, send the task id with the"
                         + " follow header set to true once the store answers", taskId, operation.family(),
                        refused.getMessage());
            }
        } else if (Boolean.FALSE.equals(follow)) {
            registry.unfollow(operation.family(), taskId);
            if (board != null) {
                board.post(operation.family(), taskId, false, Map.of());
            }
        }
    }
}
