package dev.camelrtc.alilive;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import java.net.URI;

import dev.camelrtc.support.BaseUrls;
import dev.camelrtc.support.ComponentRuntime;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RateLimiters;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.TransportSettings;
import dev.camelrtc.support.ops.CallStats;
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

    private final ComponentRuntime runtime = new ComponentRuntime("alilive", this);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AliliveOperations operation = AliliveOperations.fromName(remaining);
        AliliveEndpoint endpoint = new AliliveEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The component's one HTTP client (timeouts and pool size are component-wide: the first endpoint's count). */
    RtcHttpTransport transport(AliliveConfiguration endpointConfiguration) {
        return runtime.transport(Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections);
    }

    /** The rate limiter of an action for an AccessKey, or null when rate limiting is off. */
    RateLimiter rateLimiter(String accessKeyId, AliliveOperations operation) {
        return runtime.rateLimiter(rateLimitEnabled, rateLimits, accessKeyId, operation.action(),
                operation.documentedQps());
    }

    Retrier retrier() {
        return runtime.retrier();
    }

    CallStats stats() {
        return runtime.stats();
    }

    void warnIfPlainHttp(URI endpoint) {
        runtime.warnIfPlainHttp(endpoint);
    }

    /** Where producers post the tasks they create and consumers pick them up. */
    public FollowRegistry followRegistry() {
        return runtime.followRegistry();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        RateLimiters.parseOverrides(rateLimits); // fail early on a malformed list
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        runtime.start(this, AliliveEndpoint.class, AliliveEndpoint::endpointUri, this::credentialsConfigured,
                () -> BaseUrls.parse(configuration.getEndpoint(), AliliveConfiguration.DEFAULT_ENDPOINT, "alilive"));
    }

    @Override
    protected void doStop() throws Exception {
        runtime.stop();
        super.doStop();
    }

    private boolean credentialsConfigured() {
        try {
            AliliveCredentials.resolve(configuration);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
