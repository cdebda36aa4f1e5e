package dev.camelrtc.trtc;

import java.net.URI;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.BaseUrls;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcComponentSupport;

/** Tencent Cloud TRTC AI services: AI transcription, AI conversation and cloud transcription tasks. */
@Component("trtc")
public class TrtcComponent extends RtcComponentSupport<TrtcEndpoint> {

    @Metadata
    private TrtcConfiguration configuration = new TrtcConfiguration();

    public TrtcComponent() {
        super("trtc", TrtcEndpoint.class);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TrtcOperations operation = TrtcOperations.fromName(remaining);
        TrtcEndpoint endpoint = new TrtcEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The rate limiter of an operation for a credential, or null when rate limiting is off. */
    RateLimiter rateLimiter(String credentialId, TrtcOperations operation) {
        return rateLimiter(credentialId, operation.action(), operation.spec().documentedQps());
    }

    @Override
    protected URI apiUrlOf(TrtcEndpoint endpoint) {
        return endpoint.endpointUri();
    }

    @Override
    protected URI componentApiUrl() {
        return BaseUrls.parse(configuration.getEndpoint(), TrtcConfiguration.DEFAULT_ENDPOINT, "trtc");
    }

    @Override
    protected boolean credentialsConfigured() {
        try {
            TrtcCredentials.resolve(configuration);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }
}
