package dev.camelrtc.support;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;

import dev.camelrtc.support.ops.CallStats;
import dev.camelrtc.support.tasks.FollowRegistry;

/**
 * Base of both components: the component-wide options (pool size, rate limiting) and the {@link ComponentRuntime}
 * their endpoints share. A component adds its configuration, its endpoint creation and how to read its credentials.
 *
 * @param <E> the component's endpoint type
 */
public abstract class RtcComponentSupport<E extends Endpoint> extends DefaultComponent {

    @Metadata(label = "advanced", defaultValue = "" + TransportSettings.DEFAULT_MAX_CONNECTIONS,
              description = "Maximum number of pooled HTTP connections of the component's shared client.")
    private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;
    @Metadata(label = "advanced", defaultValue = "true",
              description = "Keep every call under the action's documented QPS per credential, shared by the"
                            + " component's producers and consumers, so that the component never draws the cloud's"
                            + " throttling error by itself.")
    private boolean rateLimitEnabled = true;
    @Metadata(label = "advanced",
              description = "Per-action overrides of the documented QPS, e.g. DescribeAITranscription=10 or"
                            + " QueryRtcAsrTasks=10 (comma-separated Action=permitsPerSecond).")
    private String rateLimits;

    private final ComponentRuntime runtime;
    private final Class<E> endpointType;

    protected RtcComponentSupport(String scheme, Class<E> endpointType) {
        this.runtime = new ComponentRuntime(scheme, this);
        this.endpointType = endpointType;
    }

    /** The API URL an endpoint calls. */
    protected abstract URI apiUrlOf(E endpoint);

    /** The API URL of the component's own configuration. */
    protected abstract URI componentApiUrl();

    /** Whether the component's own configuration (or the environment) provides credentials. */
    protected abstract boolean credentialsConfigured();

    /** The component's one HTTP client (timeouts and pool size are component-wide: the first endpoint's count). */
    public RtcHttpTransport transport(RtcConfiguration endpointConfiguration) {
        return runtime.transport(Duration.ofMillis(endpointConfiguration.getConnectTimeout()),
                Duration.ofMillis(endpointConfiguration.getResponseTimeout()), maxConnections);
    }

    /** The rate limiter of an action for a credential, or null when rate limiting is off. */
    public RateLimiter rateLimiter(String credentialId, String action, int documentedQps) {
        return runtime.rateLimiter(rateLimitEnabled, rateLimits, credentialId, action, documentedQps);
    }

    /** Where producers continue their exchanges after a call: never the HTTP client's I/O threads. */
    public Executor callbackExecutor() {
        return runtime.callbackExecutor();
    }

    public Retrier retrier() {
        return runtime.retrier();
    }

    public CallStats stats() {
        return runtime.stats();
    }

    public void warnIfPlainHttp(URI endpoint) {
        runtime.warnIfPlainHttp(endpoint);
    }

    /** Where producers post the tasks they start and consumers pick them up. */
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
        runtime.start(this, endpointType, this::apiUrlOf, this::credentialsConfigured, this::componentApiUrl);
    }

    @Override
    protected void doStop() throws Exception {
        runtime.stop();
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
}
