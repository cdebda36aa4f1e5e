package dev.camelrtc.alilive;

import java.net.URI;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.BaseUrls;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcComponentSupport;

/** Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@Component("alilive")
public class AliliveComponent extends RtcComponentSupport<AliliveEndpoint> {

    @Metadata
    private AliliveConfiguration configuration = new AliliveConfiguration();

    public AliliveComponent() {
        super("alilive", AliliveEndpoint.class);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AliliveOperations operation = AliliveOperations.fromName(remaining);
        AliliveEndpoint endpoint = new AliliveEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The rate limiter of an operation for a credential, or null when rate limiting is off. */
    RateLimiter rateLimiter(String credentialId, AliliveOperations operation) {
        return rateLimiter(credentialId, operation.action(), operation.spec().documentedQps());
    }

    @Override
    protected URI apiUrlOf(AliliveEndpoint endpoint) {
        return endpoint.endpointUri();
    }

    @Override
    protected URI componentApiUrl() {
        return BaseUrls.parse(configuration.getEndpoint(), AliliveConfiguration.DEFAULT_ENDPOINT, "alilive");
    }

    @Override
    protected boolean credentialsConfigured() {
        try {
            AliliveCredentials.resolve(configuration);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }
}
