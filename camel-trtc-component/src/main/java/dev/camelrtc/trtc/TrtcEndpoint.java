package dev.camelrtc.trtc;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;

import dev.camelrtc.support.BaseUrls;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.call.OperationKind;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Start, stop, update and describe Tencent Cloud TRTC AI transcription, AI conversation and cloud transcription
 * tasks, and follow their status changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "trtc", title = "Tencent Cloud TRTC", syntax = "trtc:operation",
             category = { Category.CLOUD, Category.API }, headersClass = TrtcConstants.class)
public class TrtcEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The TRTC API action to call, in lower camel case")
    @Metadata(required = true)
    private TrtcOperations operation;
    @UriParam
    private TrtcConfiguration configuration;

    private TrtcApiClient client;
    private TrtcCredentials credentials;
    private TrtcInvoker invoker;

    public TrtcEndpoint(String uri, TrtcComponent component, TrtcConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public TrtcComponent getComponent() {
        return (TrtcComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new TrtcProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation.kind() != OperationKind.DESCRIBE) {
            throw new IllegalArgumentException("trtc:" + operation + " cannot be consumed from: only the Describe"
                    + " operations (describeAITranscription, describeAIConversation, describeCloudTranscription) are"
                    + " polling consumers");
        }
        TrtcTaskConsumer consumer = new TrtcTaskConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getRegion() == null || configuration.getRegion().isBlank()) {
            throw new IllegalArgumentException("trtc:" + operation + ": the region option is required"
                    + " (e.g. region=ap-guangzhou)");
        }
        if (!RtcConfiguration.isRegionId(configuration.getRegion())) {
            throw new IllegalArgumentException("trtc:" + operation + ": invalid region option '"
                    + configuration.getRegion() + "': expected a Tencent Cloud region id such as ap-guangzhou");
        }
        getComponent().warnIfPlainHttp(endpointUri()); // also validates the endpoint option early
        TrtcCredentials.resolve(configuration); // fails early, naming what is missing
        configuration.retryPolicy(); // fails early on impossible retry options
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        credentials = TrtcCredentials.resolve(configuration);
        client = new TrtcApiClient(getComponent().transport(configuration), endpointUri(), configuration.getRegion(),
                credentials, Clock.systemUTC(), getComponent().stats());
        invoker = new TrtcInvoker(this, getComponent().retrier());
    }

    TrtcInvoker invoker() {
        return invoker;
    }

    /** The rate limiter of the operation for this endpoint's credential, or null when rate limiting is off. */
    RateLimiter rateLimiter(TrtcOperations op) {
        return getComponent().rateLimiter(credentials.secretId(), op);
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        invoker = null;
        super.doStop();
    }

    TrtcApiClient client() {
        return client;
    }

    URI endpointUri() {
        return BaseUrls.parse(configuration.getEndpoint(), TrtcConfiguration.DEFAULT_ENDPOINT, "trtc");
    }

    @Override
    public String getServiceUrl() {
        return endpointUri().toString();
    }

    @Override
    public String getServiceProtocol() {
        return "https".equals(endpointUri().getScheme()) ? "https" : "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", String.valueOf(configuration.getRegion()));
    }

    public TrtcOperations getOperation() {
        return operation;
    }

    public void setOperation(TrtcOperations operation) {
        this.operation = operation;
    }

    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }
}
