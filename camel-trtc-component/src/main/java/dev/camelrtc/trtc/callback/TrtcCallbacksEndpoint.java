/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.trtc.callback;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Category;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import dev.camelrtc.support.callback.CallbackAuthenticator;
import dev.camelrtc.support.callback.CallbackEndpointSupport;
import dev.camelrtc.support.callback.CallbackMessage;

/**
 * Receive Tencent Cloud TRTC AI-service server callbacks (task started and stopped, transcribed sentences) over
 * Camel's platform-http, verifying their signature and dropping redelivered duplicates.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "trtc-callbacks", title = "Tencent Cloud TRTC callbacks",
             syntax = "trtc-callbacks:path", consumerOnly = true, category = { Category.CLOUD, Category.HTTP },
             headersClass = TrtcCallbacksConstants.class)
public class TrtcCallbacksEndpoint extends CallbackEndpointSupport {

    @UriParam(label = "security", secret = true,
              description = "The callback key configured in the TRTC console: every request must carry its"
                            + " signature in the Sign header. Required unless acceptUnsigned=true.")
    private String callbackSecret;
    @UriParam(label = "consumer",
              description = "Comma-separated EventTypes to route, e.g. 903,902; others are answered 200 and not"
                            + " routed. All event types are routed by default.")
    private String eventTypes;

    private Set<Integer> eventTypeFilter = Set.of();

    public TrtcCallbacksEndpoint(String uri, TrtcCallbacksComponent component, String path) {
        super(uri, component, path);
    }

    @Override
    protected TrtcCallbacksConsumer newConsumer(Processor processor) {
        return new TrtcCallbacksConsumer(this, processor);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        eventTypeFilter = parseEventTypes(eventTypes, getPath());
    }

    static Set<Integer> parseEventTypes(String value, String path) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<Integer> types = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            try {
                types.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("trtc-callbacks:" + path + ": invalid eventTypes option '" + value
                        + "': expected comma-separated numbers such as 903,902");
            }
        }
        return Collections.unmodifiableSet(types);
    }

    /** Whether events of this type are routed (all are when the eventTypes option is unset). */
    boolean routes(Integer eventType) {
        return eventTypeFilter.isEmpty() || eventType != null && eventTypeFilter.contains(eventType);
    }

    @Override
    protected String keyOption() {
        return "callbackSecret";
    }

    @Override
    protected boolean hasKey() {
        return callbackSecret != null && !callbackSecret.isEmpty();
    }

    @Override
    protected CallbackAuthenticator authenticator() {
        return new CallbackSignature(callbackSecret);
    }

    @Override
    protected CallbackMessage read(JsonNode json, byte[] body, Message request) {
        CallbackEvent event = CallbackEvent.parse(json);
        return routes(event.eventType()) ? event.message() : null;
    }

    public String getCallbackSecret() {
        return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
        this.callbackSecret = callbackSecret;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }
}
