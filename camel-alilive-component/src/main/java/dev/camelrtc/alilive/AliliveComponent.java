package dev.camelrtc.alilive;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.RtcComponentSupport;

/** Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@Component("alilive")
public class AliliveComponent extends RtcComponentSupport {

    @Metadata
    private AliliveConfiguration configuration = new AliliveConfiguration();

    public AliliveComponent() {
        super("alilive");
    }

    @Override
    protected AliliveEndpoint newEndpoint(String uri, String operation) {
        return new AliliveEndpoint(uri, this, AliliveOperations.fromName(operation), configuration.copy());
    }

    @Override
    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }
}
