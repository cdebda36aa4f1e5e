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
package dev.camelrtc.support;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.http.PlainHttp;
import dev.camelrtc.support.http.RtcHttpTransport;
import dev.camelrtc.support.http.SecretLogging;
import dev.camelrtc.support.ops.CallStats;
import dev.camelrtc.support.resilience.RateLimiter;
import dev.camelrtc.support.resilience.RateLimiters;
import dev.camelrtc.support.tasks.FollowRegistry;

/**
 * Base of both components, and what a component shares between its endpoints: the pooled HTTP client, one scheduler
 * thread for rate-limit waits and retry backoffs, the rate limiters, the thread pool producers continue on, the follow
 * registry of producers and consumers, and call statistics per API URL (read by the producers' health checks). Its
 * options include Camel's {@code healthCheckConsumerEnabled} / {@code healthCheckProducerEnabled}. A component adds its
 * configuration and how to create its endpoint.
 */
public abstract class RtcComponentSupport extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(RtcComponentSupport.class);
    private static final int DEFAULT_MAX_CONNECTIONS = 50;

    @Metadata(label = "advanced", defaultValue = "" + DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    @Metadata(label = "advanced", defaultValue = "true",
              description = "Keep every call under the action's documented QPS per credential, shared by the"
                            + " component's producers and consumers, so that the component never draws the cloud's"
                            + " throttling error by itself.")
    private boolean rateLimitEnabled = true;
    @Metadata(label = "advanced",
              description = "Per-action overrides of the documented QPS, e.g. DescribeAITranscription=10 or"
                            + " QueryRtcAsrTasks=10 (comma-separated Action=permitsPerSecond).")
    private String rateLimits;
    @Metadata(label = "advanced", defaultValue = "1",
              description = "How many replicas (instances) call the cloud with the same credentials: each keeps every"
                            + " action at its QPS (documented or from rateLimits) divided by this number, rounded"
                            + " down, so that together they stay under the cloud's limit (see several-instances.adoc).")
    private int rateLimitReplicas = 1;

    private final String scheme;
    private final FollowRegistry followRegistry = new FollowRegistry();
    private final Map<URI, CallStats> stats = new ConcurrentHashMap<>();
    private final LongAdder unpostedTasks = new LongAdder();
    private final Set<String> plainHttpWarned = ConcurrentHashMap.newKeySet();
    // volatile, created once under the component's lock: every call reads them, and must not contend for that lock
    private volatile RtcHttpTransport transport;
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService callbackExecutor;
    private volatile RateLimiters rateLimiters;

    protected RtcComponentSupport(String scheme) {
        this.scheme = scheme;
    }

    /** The component configuration, copied by every endpoint. */
    public abstract RtcConfiguration getConfiguration();

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        SensitiveKeywords.addSecretOptions(context, getClass(), getConfiguration().getClass());
    }

    /** A new endpoint of the named operation, with a copy of the component configuration. */
    protected abstract RtcEndpointSupport<?> newEndpoint(String uri, String operation);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        RtcEndpointSupport<?> endpoint = newEndpoint(uri, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public String scheme() {
        return scheme;
    }

    /** The one HTTP client; pool size is component-wide, timeouts are each endpoint's, per request. */
    public RtcHttpTransport transport() {
        RtcHttpTransport started = transport;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (transport == null) {
                transport = RtcHttpTransport.start(maxConnections, "camel-" + scheme + "-http");
            }
            return transport;
        }
    }

    /** One scheduler thread completes rate-limit waits and starts retries; it never does I/O itself. */
    public ScheduledExecutorService scheduler() {
        ScheduledExecutorService started = scheduler;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (scheduler == null) {
                scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                        scheme + "-scheduler");
            }
            return scheduler;
        }
    }

    /** The rate limiter of an action for a credential, or null when rate limiting is off. */
    public RateLimiter rateLimiter(String credentialId, String action, int documentedQps) {
        if (!rateLimitEnabled) {
            return null;
        }
        RateLimiters limiters = rateLimiters;
        if (limiters == null) {
            synchronized (this) {
                if (rateLimiters == null) {
                    rateLimiters = new RateLimiters(scheduler(), RateLimiters.parseOverrides(rateLimits),
                            rateLimitReplicas);
                }
                limiters = rateLimiters;
            }
        }
        return limiters.forAction(credentialId, action, documentedQps);
    }

    /**
     * Fails when the replicas cannot share the operation's limit (fewer calls per second than replicas), before any
     * call is made.
     */
    public void checkRateLimitShare(RtcOperation operation) {
        if (rateLimitEnabled) {
            RateLimiters.share(operation.action(), RateLimiters.parseOverrides(rateLimits)
                    .getOrDefault(operation.action(), operation.spec().documentedQps()), rateLimitReplicas);
        }
    }

    /**
     * Where producers continue their exchanges once a call completed: a Camel thread pool, so that route steps after a
     * call never run on (and never block) the HTTP client's I/O threads, which serve every call of the component.
     */
    public ExecutorService callbackExecutor() {
        ExecutorService started = callbackExecutor;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (callbackExecutor == null) {
                callbackExecutor = getCamelContext().getExecutorServiceManager().newDefaultThreadPool(this,
                        scheme + "-reply");
            }
            return callbackExecutor;
        }
    }

    /** Where producers post the tasks they start and consumers pick them up. */
    public FollowRegistry followRegistry() {
        return followRegistry;
    }

    /**
     * Tasks its producers started whose follow request the shared store refused: only this instance's consumers follow
     * them (see shared-state.adoc).
     */
    public long unpostedTasks() {
        return unpostedTasks.sum();
    }

    void taskNotPosted() {
        unpostedTasks.increment();
    }

    /** The outcome of the component's calls to one API URL, for the health checks of the endpoints calling it. */
    public CallStats stats(URI apiUrl) {
        return stats.computeIfAbsent(apiUrl, url -> new CallStats());
    }

    /**
     * Logs once per host that requests to a non-loopback host go over plain HTTP: signatures and tokens would cross
     * the network unencrypted. Loopback (the simulator) is fine.
     */
    public void warnIfPlainHttp(URI endpoint) {
        if ("http".equals(endpoint.getScheme()) && !PlainHttp.isLoopback(endpoint.getHost())
                && plainHttpWarned.add(endpoint.getHost())) {
            LOG.warn("{} endpoint {}://{} uses plain HTTP to a host that is not loopback: requests, including"
                     + " tokens and signatures, are not encrypted. Use https:// outside tests.", scheme,
                    endpoint.getScheme(), endpoint.getAuthority());
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        RateLimiters.parseOverrides(rateLimits); // fail early on a malformed list
        RateLimiters.checkReplicas(rateLimitReplicas);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SecretLogging.warnIfEnabled(LOG, scheme);
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (scheduler != null) {
            // a plain shutdown still runs the waits already scheduled: their calls then fail on the closed client and
            // complete their exchanges, where shutdownNow would drop them and leave callers waiting for ever
            getCamelContext().getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
            rateLimiters = null;
        }
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (callbackExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(callbackExecutor);
            callbackExecutor = null;
        }
        super.doStop();
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public boolean isRateLimitEnabled() {
        return rateLimitEnabled;
    }

    public void setRateLimitEnabled(boolean rateLimitEnabled) {
        this.rateLimitEnabled = rateLimitEnabled;
    }

    public String getRateLimits() {
        return rateLimits;
    }

    public void setRateLimits(String rateLimits) {
        this.rateLimits = rateLimits;
    }

    public int getRateLimitReplicas() {
        return rateLimitReplicas;
    }

    public void setRateLimitReplicas(int rateLimitReplicas) {
        this.rateLimitReplicas = rateLimitReplicas;
    }
}
