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
import org.apache.camel.support.DefaultEndpoint;

import dev.camelrtc.support.BaseUrls;

/** Create, query, stop and delete Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "alilive", title = "Alibaba Cloud Live RtcAsr",
             syntax = "alilive:operation", producerOnly = true, category = { Category.CLOUD, Category.API },
             headersClass = AliliveConstants.class)
public class AliliveEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The RtcAsr API action to call, in lower camel case")
    @Metadata(required = true)
    private AliliveOperations operation;
    @UriParam
    private AliliveConfiguration configuration;

    private AliliveApiClient client;

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
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The alilive polling consumer is not available yet (" + operation
                + ")");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getRegion() == null || configuration.getRegion().isBlank()) {
            throw new IllegalArgumentException("alilive:" + operation + ": the region option must not be blank"
                    + " (default " + AliliveConfiguration.DEFAULT_REGION + ")");
        }
        endpointUri(); // validates the endpoint option early
        configuration.signatureVersionValue();
        AliliveCredentials.resolve(configuration); // fails early, naming what is missing
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = new AliliveApiClient(getComponent().transport(configuration), endpointUri(),
                AliliveCredentials.resolve(configuration), new AliyunRpcSigner(configuration.signatureVersionValue()),
                Clock.systemUTC());
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
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
