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

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContextAware;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Push consumer of a cloud's callbacks. It serves no HTTP itself: it creates a consumer of Camel's
 * {@code platform-http:<path>?httpMethodRestrict=POST} with a {@link CallbackRequestHandler} in front of the route, so
 * it runs on whatever platform-http engine the runtime provides (Camel Main, Spring Boot, Quarkus).
 */
public abstract class CallbackConsumerSupport extends DefaultConsumer {

    static final int DEFAULT_REPOSITORY_SIZE = 10_000;
    /** Seconds between tries to drop the inProgressRepository claims whose release failed. */
    static final long RELEASE_RETRY_SECONDS = 5;
    private static final String PLATFORM_HTTP = "platform-http";

    private final CallbackCounts counts = new CallbackCounts();
    private IdempotentRepository repository;
    private boolean ownRepository;
    private IdempotentRepository inProgressRepository;
    private Consumer httpConsumer;
    private CallbackRequestHandler handler;
    private ScheduledExecutorService releaseRetries;

    protected CallbackConsumerSupport(CallbackEndpointSupport endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public CallbackEndpointSupport getEndpoint() {
        return (CallbackEndpointSupport) super.getEndpoint();
    }

    /** What this consumer did with the requests it received. */
    public CallbackCounts getCounts() {
        return counts;
    }

    /** The HTTP path it serves. */
    public String getPath() {
        return getEndpoint().getPath();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        CallbackEndpointSupport endpoint = getEndpoint();
        repository = endpoint.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        }
        inProgressRepository = endpoint.getInProgressRepository();
        Component platformHttp = endpoint.getCamelContext().getComponent(PLATFORM_HTTP);
        if (platformHttp == null) {
            throw new IllegalStateException(missingPlatformHttp("the platform-http component is not on the classpath"));
        }
        Endpoint http = endpoint.getCamelContext()
                .getEndpoint(PLATFORM_HTTP + ":" + endpoint.getPath() + "?httpMethodRestrict=POST");
        CallbackAuthenticator authenticator = endpoint.isAcceptUnsigned() ? null : endpoint.authenticator();
        handler = new CallbackRequestHandler(this, authenticator, repository, inProgressRepository,
                counts);
        try {
            // platform-http fails here when its engine, or the engine's server, is missing
            httpConsumer = http.createConsumer(handler);
            ServiceHelper.initService(httpConsumer);
        } catch (RuntimeException e) {
            throw new IllegalStateException(missingPlatformHttp(e.getMessage()), e);
        }
    }

    private String missingPlatformHttp(String cause) {
        return getEndpoint().describe() + " is served by Camel's platform-http, which needs an HTTP engine and its"
               + " server (" + cause + "): add camel-platform-http-main (Camel Main), camel-platform-http-starter"
               + " (Spring Boot) or camel-quarkus-platform-http (Quarkus)";
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // as Camel's Idempotent Consumer does: a CamelContextAware repository gets the route's CamelContext
        CamelContextAware.trySetCamelContext(repository, getEndpoint().getCamelContext());
        CamelContextAware.trySetCamelContext(inProgressRepository, getEndpoint().getCamelContext());
        start(repository, "idempotentRepository", "");
        start(inProgressRepository, "inProgressRepository",
                " (camel-sql's JdbcOrphanLockAwareIdempotentRepository takes the CamelContext in its constructor)");
        if (inProgressRepository != null) {
            releaseRetries = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "CallbackClaimReleases");
            releaseRetries.scheduleWithFixedDelay(handler::retryReleases, RELEASE_RETRY_SECONDS,
                    RELEASE_RETRY_SECONDS, TimeUnit.SECONDS);
        }
        ServiceHelper.startService(httpConsumer);
    }

    private void start(IdempotentRepository repository, String option, String hint) {
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw new IllegalStateException(getEndpoint().describe() + ": its " + option + " ("
                                            + repository.getClass().getName() + ") failed to start: " + e.getMessage()
                                            + hint,
                    e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(httpConsumer);
        if (releaseRetries != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(releaseRetries);
            releaseRetries = null;
            handler.retryReleases(); // a last try; a claim left behind is taken over once lockMaxAge old
        }
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(httpConsumer);
        super.doShutdown();
    }

    /**
     * Called before an accepted event that is not a duplicate is routed: false answers it 200 without routing it,
     * counted as {@code endedByPolling} (a vendor's consumer returns false for a task's end that a polling consumer of
     * the context delivered). The default routes every event.
     */
    protected boolean beforeRoute(CallbackMessage event, Message request) {
        return true;
    }

    /** Called once the exchange of a routed event completed, {@code ok} when the route succeeded. */
    protected void afterRoute(CallbackMessage event, boolean ok) {
    }

    /** A new exchange of this consumer's route. */
    Exchange newExchange() {
        return createExchange(false);
    }

    void release(Exchange exchange) {
        releaseExchange(exchange, false);
    }
}
