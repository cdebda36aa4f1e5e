package dev.camelrtc.trtc;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import java.util.concurrent.ScheduledExecutorService;

import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.PlainHttp;
import dev.camelrtc.support.RateLimiters;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.tasks.FollowRegistry;
import dev.camelrtc.support.TransportSettings;

/** Tencent Cloud TRTC AI services: AI transcription, AI conversation and cloud transcription tasks. */
@Component("trtc")
public class TrtcComponent extends DefaultComponent {

    @Metadata
    private TrtcConfiguration configuration = new TrtcConfiguration();
    @Metadata(label = "advanced", defaultValue = "" + TransportSettings.DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Keep every call under the action's documented QPS per credential, shared by the"
                            + " component's producers and consumers, so that the component never draws"
                            + " RequestLimitExceeded by itself.")
    private boolean rateLimitEnabled = true;
    @Metadata(label = "advanced",
              description = "Per-action overrides of the documented QPS, e.g."
                            + " DescribeAITranscription=10,StartAITranscription=25.")
    private String rateLimits;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrtcComponent.class);

    private final FollowRegistry followRegistry = new FollowRegistry();
    private final java.util.Set<String> plainHttpWarned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private RtcHttpTransport transport;
    private RateLimiters rateLimiters;
    private ScheduledExecutorService scheduler;
    private Retrier retrier;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TrtcOperations operation = TrtcOperations.fromName(remaining);
        TrtcEndpoint endpoint = new TrtcEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The component's one HTTP client, started on first use with the timeouts of the first endpoint that needs it
     * (timeouts and pool size are component-wide settings).
     */
    synchronized RtcHttpTransport transport(TrtcConfiguration endpointConfiguration) {
        if (transport == null) {
            transport = RtcHttpTransport.start(new TransportSettings(
                    Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                    Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections), "camel-trtc-http");
        }
        return transport;
    }

    /** The rate limiter of an action for a credential, or null when rate limiting is off. */
    synchronized RateLimiter rateLimiter(String secretId, TrtcOperations operation) {
        if (!rateLimitEnabled) {
            return null;
        }
        if (rateLimiters == null) {
            rateLimiters = new RateLimiters(scheduler(), RateLimiters.parseOverrides(rateLimits));
        }
        return rateLimiters.forAction(secretId, operation.action(), operation.documentedQps());
    }

    /** Retries of the component's calls; their backoff waits are scheduled, not slept. */
    synchronized Retrier retrier() {
        if (retrier == null) {
            retrier = new Retrier(scheduler());
        }
        return retrier;
    }

    /** One scheduler thread completes rate-limit waits and starts retries; it never does I/O itself. */
    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    "trtc-scheduler");
        }
        return scheduler;
    }

    /**
     * Logs once per host that requests to a non-loopback host go over plain HTTP: signatures, session tokens and
     * UserSigs would cross the network unencrypted. Loopback (the simulator) is fine.
     */
    void warnIfPlainHttp(java.net.URI endpoint) {
        if (!PlainHttp.isLoopback(endpoint.getHost()) && plainHttpWarned.add(endpoint.getHost())) {
            LOG.warn("trtc endpoint {}://{} uses plain HTTP to a host that is not loopback: requests, including"
                     + " session tokens and UserSigs, are not encrypted. Use https:// outside tests.",
                    endpoint.getScheme(), endpoint.getAuthority());
        }
    }

    /** Where producers post the tasks they start and consumers pick them up. */
    public FollowRegistry followRegistry() {
        return followRegistry;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        RateLimiters.parseOverrides(rateLimits); // fail early on a malformed list
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
            rateLimiters = null;
            retrier = null;
        }
        super.doStop();
    }

    public TrtcConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(TrtcConfiguration configuration) {
        this.configuration = configuration;
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

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
