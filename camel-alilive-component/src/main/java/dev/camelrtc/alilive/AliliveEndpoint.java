package dev.camelrtc.alilive;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

import dev.camelrtc.support.BaseUrls;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcConfiguration;

/**
 * Create, query, stop and delete Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks, and
 * follow their status changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "alilive", title = "Alibaba Cloud Live RtcAsr",
             syntax = "alilive:operation", category = { Category.CLOUD, Category.API },
             headersClass = AliliveConstants.class)
public class AliliveEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The RtcAsr API action to call, in lower camel case")
    @Metadata(required = true)
    private AliliveOperations operation;
    @UriParam
    private AliliveConfiguration configuration;

    private AliliveApiClient client;
    private AliliveCredentials credentials;
    private AliliveInvoker invoker;

    public AliliveEndpoint(String uri, AliliveComponent component, AliliveConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AliliveComponent getComponent() {
        return (AliliveComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new AliliveProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != AliliveOperations.queryRtcAsrTasks) {
            throw new IllegalArgumentException("alilive:" + operation + " cannot be consumed from: only"
                    + " alilive:queryRtcAsrTasks is a polling consumer");
        }
        AliliveTaskConsumer consumer = new AliliveTaskConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getRegion() == null || configuration.getRegion().isBlank()) {
            throw new IllegalArgumentException("alilive:" + operation + ": the region option must not be blank"
                    + " (default " + AliliveConfiguration.DEFAULT_REGION + ")");
        }
        if (!RtcConfiguration.isRegionId(configuration.getRegion())) {
            throw new IllegalArgumentException("alilive:" + operation + ": invalid region option '"
                    + configuration.getRegion() + "' (expected a region id such as cn-shanghai or ap-southeast-1)");
        }
        getComponent().warnIfPlainHttp(endpointUri()); // also validates the endpoint option early
        configuration.signatureVersionValue();
        AliliveCredentials.resolve(configuration); // fails early, naming what is missing
        configuration.retryPolicy(); // fails early on impossible retry options
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        credentials = AliliveCredentials.resolve(configuration);
        client = new AliliveApiClient(getComponent().transport(configuration), endpointUri(), credentials,
                new AliyunRpcSigner(configuration.signatureVersionValue()), Clock.systemUTC(), getComponent().stats());
        invoker = new AliliveInvoker(this, getComponent().retrier());
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        invoker = null;
        super.doStop();
    }

    AliliveInvoker invoker() {
        return invoker;
    }

    /** The rate limiter of the operation for this endpoint's AccessKey, or null when rate limiting is off. */
    RateLimiter rateLimiter(AliliveOperations op) {
        return getComponent().rateLimiter(credentials.accessKeyId(), op);
    }

    AliliveApiClient client() {
        return client;
    }

    URI endpointUri() {
        return BaseUrls.parse(configuration.getEndpoint(), AliliveConfiguration.DEFAULT_ENDPOINT, "alilive");
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

    public AliliveOperations getOperation() {
        return operation;
    }

    public void setOperation(AliliveOperations operation) {
        this.operation = operation;
    }

    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }
}
