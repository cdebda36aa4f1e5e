package dev.camelrtc.trtc.callback;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/** Receives Tencent Cloud TRTC AI-service server callbacks (task events and transcribed sentences). */
@Component("trtc-callbacks")
public class TrtcCallbacksComponent extends DefaultComponent {

    @Metadata(label = "security", secret = true,
              description = "The callback key configured in the TRTC console, used by every endpoint that sets none.")
    private String callbackSecret;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String path = remaining.startsWith("/") ? remaining : "/" + remaining;
        TrtcCallbacksEndpoint endpoint = new TrtcCallbacksEndpoint(uri, this, path);
        endpoint.setCallbackSecret(callbackSecret);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public String getCallbackSecret() {
        return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
        this.callbackSecret = callbackSecret;
    }

    @Override
    public String toString() {
        return "TrtcCallbacksComponent";
    }
}
