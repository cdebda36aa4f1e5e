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

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Receive Tencent Cloud TRTC AI-service server callbacks (task started and stopped, transcribed sentences) over
 * Camel's platform-http, verifying their signature and dropping redelivered duplicates.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "trtc-callbacks", title = "Tencent Cloud TRTC callbacks",
             syntax = "trtc-callbacks:path", consumerOnly = true, category = { Category.CLOUD, Category.HTTP },
             headersClass = TrtcCallbacksConstants.class)
public class TrtcCallbacksEndpoint extends DefaultEndpoint {

    @UriPath(description = "The HTTP path the callbacks are posted to, e.g. /trtc/events (below the platform-http"
                           + " server's context path); the callback URL configured in the TRTC console ends with it.")
    @Metadata(required = true)
    private String path;
    @UriParam(label = "security", secret = true,
              description = "The callback key configured in the TRTC console: every request must carry its"
                            + " signature in the Sign header. Required unless acceptUnsigned=true.")
    private String callbackSecret;
    @UriParam(label = "security",
              description = "Accept callbacks without checking any signature. Only for a TRTC application without a"
                            + " callback key, behind something else that authenticates the caller; the consumer"
                            + " refuses to start without either this or callbackSecret.")
    private boolean acceptUnsigned;
    @UriParam(label = "consumer",
              description = "Comma-separated EventTypes to route, e.g. 903,902; others are answered 200 and not"
                            + " routed. All event types are routed by default.")
    private String eventTypes;
    @UriParam(label = "consumer,advanced",
              description = "Where the keys (TaskId, EventType, EventMsTs) of processed events are kept to drop"
                            + " Tencent's redeliveries; a shared or persistent Camel IdempotentRepository for several"
                            + " instances or restarts. Defaults to an in-memory repository of the 10000 latest keys.")
    private IdempotentRepository idempotentRepository;

    private Set<Integer> eventTypeFilter = Set.of();

    public TrtcCallbacksEndpoint(String uri, TrtcCallbacksComponent component, String path) {
        super(uri, component);
        this.path = path;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("trtc-callbacks only receives callbacks: use it in from(...)");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        TrtcCallbacksConsumer consumer = new TrtcCallbacksConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        boolean secret = callbackSecret != null && !callbackSecret.isEmpty();
        if (!secret && !acceptUnsigned) {
            throw new IllegalArgumentException("trtc-callbacks:" + path + ": the callbackSecret option is required"
                    + " (the callback key of the TRTC console); set acceptUnsigned=true only to accept unsigned"
                    + " callbacks on purpose");
        }
        if (secret && acceptUnsigned) {
            throw new IllegalArgumentException("trtc-callbacks:" + path + ": callbackSecret and acceptUnsigned=true"
                    + " contradict each other: set one of them");
        }
        eventTypeFilter = parseEventTypes(eventTypes, path);
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

    /** The signature check, or null when acceptUnsigned. */
    CallbackSignature signature() {
        return acceptUnsigned ? null : new CallbackSignature(callbackSecret);
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getCallbackSecret() {
        return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
        this.callbackSecret = callbackSecret;
    }

    public boolean isAcceptUnsigned() {
        return acceptUnsigned;
    }

    public void setAcceptUnsigned(boolean acceptUnsigned) {
        this.acceptUnsigned = acceptUnsigned;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
