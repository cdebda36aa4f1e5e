package dev.camelrtc.support;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.ops.CallStats;
import dev.camelrtc.support.ops.RtcHealthCheck;
import dev.camelrtc.support.tasks.FollowRegistry;

/**
 * What one component instance shares between its endpoints, the same for every vendor: the pooled HTTP client, one
 * scheduler thread for rate-limit waits and retry backoffs, the rate limiters, the retrier, the follow registry of
 * producers and consumers, call statistics and the health check. Created by the component, stopped with it.
 */
public final class ComponentRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentRuntime.class);

    private final String scheme;
    private final Object owner;
    private final FollowRegistry followRegistry = new FollowRegistry();
    private final CallStats stats = new CallStats();
    private final Set<String> plainHttpWarned = ConcurrentHashMap.newKeySet();
    private CamelContext camelContext;
    private RtcHttpTransport transport;
    private ScheduledExecutorService scheduler;
    private ExecutorService callbackExecutor;
    private RateLimiters rateLimiters;
    private Retrier retrier;
    private RtcHealthCheck healthCheck;

    /** @param owner the component, as owner of the scheduler thread in Camel's executor manager */
    public ComponentRuntime(String scheme, Object owner) {
        this.scheme = scheme;
        this.owner = owner;
    }

    /**
     * Starts with the component: registers its health check, which looks at the component's endpoints of the given
     * type (they resolved their credentials when they initialized, and name the API URLs they call) and, before any
     * endpoint exists, at the component's own configuration.
     *
     * @param componentCredentials whether the component configuration (or the environment) has credentials
     * @param componentUrl         the API URL of the component configuration
     */
    public synchronized <E extends Endpoint> void start(Component component, Class<E> endpointType,
                                                        Function<E, URI> urlOf, BooleanSupplier componentCredentials,
                                                        Supplier<URI> componentUrl) {
        this.camelContext = component.getCamelContext();
        Supplier<List<E>> endpoints = () -> camelContext.getEndpoints().stream().filter(endpointType::isInstance)
                .map(endpointType::cast).filter(e -> e.getComponent() == component).toList();
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        if (registry != null) {
            healthCheck = new RtcHealthCheck(scheme,
                    () -> !endpoints.get().isEmpty() || componentCredentials.getAsBoolean(),
                    () -> {
                        Set<URI> urls = new LinkedHashSet<>();
                        endpoints.get().forEach(e -> urls.add(urlOf.apply(e)));
                        return urls.isEmpty() ? List.of(componentUrl.get()) : urls;
                    }, stats);
            registry.register(healthCheck);
        }
    }

    /**
     * The one HTTP client, started on first use with the timeouts of the first endpoint that needs it (timeouts and
     * pool size are component-wide settings).
     */
    public synchronized RtcHttpTransport transport(Duration connectTimeout, Duration responseTimeout,
                                                   int maxConnections) {
        if (transport == null) {
            transport = RtcHttpTransport.start(new TransportSettings(connectTimeout, responseTimeout, maxConnections),
                    "camel-" + scheme + "-http");
        }
        return transport;
    }

    /** The rate limiter of an action for a credential, or null when rate limiting is off. */
    public synchronized RateLimiter rateLimiter(boolean enabled, String overrides, String credentialId, String action,
                                                int documentedQps) {
        if (!enabled) {
            return null;
        }
        if (rateLimiters == null) {
            rateLimiters = new RateLimiters(scheduler(), RateLimiters.parseOverrides(overrides));
        }
        return rateLimiters.forAction(credentialId, action, documentedQps);
    }

    /**
     * Where producers continue their exchanges once a call completed: a Camel thread pool, so that route steps after a
     * call never run on (and never block) the HTTP client's I/O threads, which serve every call of the component.
     */
    public synchronized ExecutorService callbackExecutor() {
        if (callbackExecutor == null) {
            callbackExecutor = camelContext.getExecutorServiceManager().newDefaultThreadPool(owner,
                    scheme + "-reply");
        }
        return callbackExecutor;
    }

    /** Retries of the component's calls; their backoff waits are scheduled, not slept. */
    public synchronized Retrier retrier() {
        if (retrier == null) {
            retrier = new Retrier(scheduler());
        }
        return retrier;
    }

    /** One scheduler thread completes rate-limit waits and starts retries; it never does I/O itself. */
    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = camelContext.getExecutorServiceManager().newSingleThreadScheduledExecutor(owner,
                    scheme + "-scheduler");
        }
        return scheduler;
    }

    /** Where producers post the tasks they start and consumers pick them up. */
    public FollowRegistry followRegistry() {
        return followRegistry;
    }

    /** Outcome of the component's calls, for the health check. */
    public CallStats stats() {
        return stats;
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

    public synchronized void stop() {
        if (healthCheck != null) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
            if (registry != null) {
                registry.unregister(healthCheck);
            }
            healthCheck = null;
        }
        if (scheduler != null) {
            // a plain shutdown still runs the waits already scheduled: their calls then fail on the closed client and
            // complete their exchanges, where shutdownNow would drop them and leave callers waiting for ever
            camelContext.getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
            rateLimiters = null;
            retrier = null;
        }
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (callbackExecutor != null) {
            camelContext.getExecutorServiceManager().shutdown(callbackExecutor);
            callbackExecutor = null;
        }
    }
}
