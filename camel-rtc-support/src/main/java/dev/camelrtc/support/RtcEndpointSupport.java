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
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.ScheduledPollEndpoint;

import dev.camelrtc.support.call.CallPipeline;
import dev.camelrtc.support.call.CloudApi;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.tasks.TaskPollingConsumer;

/**
 * Base of both endpoints: checks the options when created, owns the {@link CallPipeline} while started, and says which
 * API URL it calls. A vendor's endpoint holds its operation and configuration (annotated, for the catalog) and adds
 * its {@link CloudApi}, its producer and its task consumer.
 *
 * @param <O> the vendor's operations
 */
public abstract class RtcEndpointSupport<O extends Enum<O> & RtcOperation> extends ScheduledPollEndpoint
        implements EndpointServiceLocation {

    private CallPipeline pipeline;

    protected RtcEndpointSupport(String uri, RtcComponentSupport component) {
        super(uri, component);
    }

    public abstract O getOperation();

    public abstract RtcConfiguration getConfiguration();

    /** The vendor's signer and reply reader, signing with the credentials {@code credentials} gives at the time. */
    protected abstract CloudApi cloudApi(RtcCredentialsProvider credentials);

    /** The vendor's consumer of a Describe operation. */
    protected abstract TaskPollingConsumer newConsumer(Processor processor);

    @Override
    public RtcComponentSupport getComponent() {
        return (RtcComponentSupport) super.getComponent();
    }

    private String scheme() {
        return getComponent().scheme();
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (getOperation().kind() != OperationKind.DESCRIBE) {
            String pollable = Arrays.stream(getOperation().getDeclaringClass().getEnumConstants())
                    .filter(op -> op.kind() == OperationKind.DESCRIBE).map(op -> scheme() + ":" + op.name())
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(scheme() + ":" + getOperation() + " cannot be consumed from: only "
                    + pollable + " can be (polling consumers)");
        }
        TaskPollingConsumer consumer = newConsumer(processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        RtcConfiguration configuration = getConfiguration();
        configuration.checkRegion(scheme() + ":" + getOperation());
        getComponent().warnIfPlainHttp(apiUrl()); // also validates the endpoint option early
        configuration.credentialSource(); // fails early, naming what is missing
        configuration.proxy(scheme() + ":" + getOperation()); // fails early on incomplete proxy options
        configuration.retryPolicy(); // fails early on impossible retry options
        // an operation a header switches to is checked when its limiter is made, before its call is sent
        getComponent().checkRateLimitShare(getOperation());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        RtcConfiguration configuration = getConfiguration();
        RtcCredentialsProvider credentials = configuration.credentialSource();
        pipeline = new CallPipeline(cloudApi(credentials), getComponent(), configuration.rateLimitKey(credentials),
                configuration);
    }

    @Override
    protected void doStop() throws Exception {
        pipeline = null;
        super.doStop();
    }

    /** How this endpoint calls its cloud; null unless started. */
    public CallPipeline pipeline() {
        return pipeline;
    }

    /** The API URL this endpoint calls. */
    public URI apiUrl() {
        return getConfiguration().apiUrl(scheme());
    }

    @Override
    public String getServiceUrl() {
        return apiUrl().toString();
    }

    @Override
    public String getServiceProtocol() {
        return "https".equals(apiUrl().getScheme()) ? "https" : "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", String.valueOf(getConfiguration().getRegion()));
    }
}
