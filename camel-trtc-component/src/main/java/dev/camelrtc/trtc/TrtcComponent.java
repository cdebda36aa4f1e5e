package dev.camelrtc.trtc;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.TransportSettings;

/** Tencent Cloud TRTC AI services: AI transcription, AI conversation and cloud transcription tasks. */
@Component("trtc")
public class TrtcComponent extends DefaultComponent {

    @Metadata
    private TrtcConfiguration configuration = new TrtcConfiguration();
    @Metadata(label = "advanced", defaultValue = "" + TransportSettings.DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;

    private RtcHttpTransport transport;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TrtcOperations operation = TrtcOperations.fromName(remaining);
        TrtcEndpoint endpoint = new TrtcEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The component's one HTTP client, started on first use with the timeouts of the first endpoint that needs it
     * (timeouts and pool size are component-wide settings).
     */
    synchronized RtcHttpTransport transport(TrtcConfiguration endpointConfiguration) {
        if (transport == null) {
            transport = RtcHttpTransport.start(new TransportSettings(
                    Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                    Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections), "camel-trtc-http");
        }
        return transport;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        super.doStop();
    }

    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
