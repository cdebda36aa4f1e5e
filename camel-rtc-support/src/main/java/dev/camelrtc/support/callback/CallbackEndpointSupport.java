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
package dev.camelrtc.support.callback;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.StringHelper;

/**
 * Base of a cloud's callbacks endpoint ({@code <scheme>:path}): the options every callbacks consumer has (the HTTP
 * path, acceptUnsigned, the idempotentRepository and inProgressRepository) and what the vendor adds: its key option, its signature check and
 * what a verified callback becomes.
 */
public abstract class CallbackEndpointSupport extends DefaultEndpoint {

    @UriPath(description = "The HTTP path the callbacks are posted to, e.g. /trtc/events or /alilive/results (below the"
                           + " platform-http server's context path); the callback URL given to the cloud ends with it.")
    @Metadata(required = true)
    private String path;
    @UriParam(label = "security",
              description = "Accept callbacks without checking any signature. Only when the cloud signs nothing (no"
                            + " key configured there), behind something else that authenticates the caller; the"
                            + " consumer refuses to start without either this or the key option.")
    private boolean acceptUnsigned;
    @UriParam(label = "consumer,advanced",
              description = "Where the keys of processed callbacks are kept to drop the cloud's redeliveries (the"
                            + " component's docs say what a key is made of); a shared or persistent Camel"
                            + " IdempotentRepository for several instances or restarts. Defaults to an in-memory"
                            + " repository of the 10000 latest keys.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced",
              description = "Where the keys of callbacks being routed are kept, apart from the idempotentRepository's"
                            + " keys of processed ones, so that several instances tell an event in flight from a done"
                            + " one: a redelivery of an event another instance is routing is answered 503 (the cloud"
                            + " delivers it again later), and the key of an instance that died while routing expires"
                            + " so that a redelivery is routed. For several instances: camel-sql's"
                            + " JdbcOrphanLockAwareIdempotentRepository on the shared database. Unset, the"
                            + " idempotentRepository also holds the keys being routed.")
    private IdempotentRepository inProgressRepository;

    protected CallbackEndpointSupport(String uri, Component component, String path) {
        super(uri, component);
        this.path = path.startsWith("/") ? path : "/" + path;
    }

    /** The name of the vendor's key option, for error messages. */
    protected abstract String keyOption();

    /** Whether the vendor's key option is set. */
    protected abstract boolean hasKey();

    /** The signature check of the vendor; called when the consumer starts, unless acceptUnsigned. */
    protected abstract CallbackAuthenticator authenticator();

    /**
     * What a verified callback whose body is a JSON object becomes; null to answer it 200 without routing it (a
     * filter of the endpoint leaves it out).
     */
    protected abstract CallbackMessage read(JsonNode json, byte[] body, Message request);

    protected abstract CallbackConsumerSupport newConsumer(Processor processor);

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException(scheme() + " only receives callbacks: use it in from(...)");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        CallbackConsumerSupport consumer = newConsumer(processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (!hasKey() && !acceptUnsigned) {
            throw new IllegalArgumentException(describe() + ": the " + keyOption() + " option is required (the key the"
                    + " cloud signs callbacks with); set acceptUnsigned=true only to accept unsigned callbacks on"
                    + " purpose");
        }
        if (hasKey() && acceptUnsigned) {
            throw new IllegalArgumentException(describe() + ": " + keyOption() + " and acceptUnsigned=true contradict"
                    + " each other: set one of them");
        }
    }

    /** The scheme and path, e.g. {@code trtc-callbacks:/trtc/events}, for messages. */
    public String describe() {
        return scheme() + ":" + path;
    }

    private String scheme() {
        return StringHelper.before(getEndpointUri(), ":", getEndpointUri());
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public boolean isAcceptUnsigned() {
        return acceptUnsigned;
    }

    public void setAcceptUnsigned(boolean acceptUnsigned) {
        this.acceptUnsigned = acceptUnsigned;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public IdempotentRepository getInProgressRepository() {
        return inProgressRepository;
    }

    public void setInProgressRepository(IdempotentRepository inProgressRepository) {
        this.inProgressRepository = inProgressRepository;
    }
}
