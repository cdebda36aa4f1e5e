package dev.camelrtc.alilive;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.TransportSettings;

/** Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@Component("alilive")
public class AliliveComponent extends DefaultComponent {

    @Metadata
    private AliliveConfiguration configuration = new AliliveConfiguration();
    @Metadata(label = "advanced", defaultValue = "" + TransportSettings.DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;

    private RtcHttpTransport transport;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AliliveOperations operation = AliliveOperations.fromName(remaining);
        AliliveEndpoint endpoint = new AliliveEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The component's one HTTP client, started on first use with the timeouts of the first endpoint that needs it
     * (timeouts and pool size are component-wide settings).
     */
    synchronized RtcHttpTransport transport(AliliveConfiguration endpointConfiguration) {
        if (transport == null) {
            transport = RtcHttpTransport.start(new TransportSettings(
                    Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                    Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections),
                    "camel-alilive-http");
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

    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
