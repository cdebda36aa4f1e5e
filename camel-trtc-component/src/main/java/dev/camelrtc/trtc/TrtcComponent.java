package dev.camelrtc.trtc;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import dev.camelrtc.support.RtcComponentSupport;

/** Tencent Cloud TRTC AI services: AI transcription, AI conversation and cloud transcription tasks. */
@Component("trtc")
public class TrtcComponent extends RtcComponentSupport {

    @Metadata
    private TrtcConfiguration configuration = new TrtcConfiguration();

    public TrtcComponent() {
        super("trtc");
    }

    @Override
    protected TrtcEndpoint newEndpoint(String uri, String operation) {
        return new TrtcEndpoint(uri, this, TrtcOperations.fromName(operation), configuration.copy());
    }

    @Override
    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
    }
}
