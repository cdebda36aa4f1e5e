package dev.camelrtc.alilive;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RateLimiters;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.TransportSettings;
import dev.camelrtc.support.tasks.FollowRegistry;

/** Alibaba Cloud ApsaraVideo Live real-time speech recognition (RtcAsr) tasks. */
@Component("alilive")
public class AliliveComponent extends DefaultComponent {

    @Metadata
    private AliliveConfiguration configuration = new AliliveConfiguration();
    @Metadata(label = "advanced", defaultValue = "" + TransportSettings.DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "Keep every call under the action's documented QPS (20 per second for each RtcAsr action)"
                            + " per AccessKey, shared by the component's producers and consumers, so that the"
                            + " component never draws Throttling.User by itself.")
    private boolean rateLimitEnabled = true;
    @Metadata(label = "advanced",
              description = "Per-action overrides of the documented QPS, e.g."
                            + " QueryRtcAsrTasks=10,CreateRtcAsrTask=5.")
    private String rateLimits;

    private final FollowRegistry followRegistry = new FollowRegistry();
    private RtcHttpTransport transport;
    private RateLimiters rateLimiters;
    private ScheduledExecutorService scheduler;
    private Retrier retrier;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AliliveOperations operation = AliliveOperations.fromName(remaining);
        AliliveEndpoint endpoint = new AliliveEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The component's one HTTP client, started on first use with the timeouts of the first endpoint that needs it
     * (timeouts and pool size are component-wide settings).
     */
    synchronized RtcHttpTransport transport(AliliveConfiguration endpointConfiguration) {
        if (transport == null) {
            transport = RtcHttpTransport.start(new TransportSettings(
                    Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                    Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections),
                    "camel-alilive-http");
        }
        return transport;
    }

    /** The rate limiter of an action for an AccessKey, or null when rate limiting is off. */
    synchronized RateLimiter rateLimiter(String accessKeyId, AliliveOperations operation) {
        if (!rateLimitEnabled) {
            return null;
        }
        if (rateLimiters == null) {
            rateLimiters = new RateLimiters(scheduler(), RateLimiters.parseOverrides(rateLimits));
        }
        return rateLimiters.forAction(accessKeyId, operation.action(), operation.documentedQps());
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
                    "alilive-scheduler");
        }
        return scheduler;
    }

    /** Where producers post the tasks they create and consumers pick them up. */
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

    public AliliveConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration, copied by every endpoint. */
    public void setConfiguration(AliliveConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
