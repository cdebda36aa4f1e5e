package dev.camelrtc.support.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a component: credentials present, every API endpoint its endpoints use reachable (a TCP connect, no
 * request), and the last call not failed for a reason that blocks everything (network, rejected credentials).
 * Implements the camel-api interface itself, so the components need no camel-health dependency.
 */
public final class RtcHealthCheck implements HealthCheck {

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private final String id;
    private volatile boolean enabled = true;
    private final BooleanSupplier credentialsPresent;
    private final Supplier<Collection<URI>> endpoints;
    private final CallStats stats;

    public RtcHealthCheck(String id, BooleanSupplier credentialsPresent, Supplier<Collection<URI>> endpoints,
                          CallStats stats) {
        this.id = id;
        this.credentialsPresent = credentialsPresent;
        this.endpoints = endpoints;
        this.stats = stats;
    }

    @Override
    public String getGroup() {
        return "camel-rtc";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false; // a cloud that cannot be reached is no reason to restart the application
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(CHECK_ID, id).detail(CHECK_GROUP, getGroup()).detail(CHECK_KIND, "READINESS");
        if (!enabled) {
            return builder.unknown().detail(CHECK_ENABLED, false).build();
        }
        builder.up();
        builder.details(stats.details());
        boolean credentials = credentialsPresent.getAsBoolean();
        builder.detail("credentials", credentials ? "present" : "missing");
        if (!credentials) {
            builder.down().message("No credentials configured");
        }
        for (URI endpoint : endpoints.get()) {
            boolean reachable = reachable(endpoint);
            builder.detail("endpoint " + endpoint, reachable ? "reachable" : "unreachable");
            if (!reachable) {
                builder.down().message("API endpoint " + endpoint + " is not reachable");
            }
        }
        if (stats.isFailing()) {
            builder.down().message("The last call failed: " + stats.details().get("last.failure.code"));
        }
        return builder.build();
    }

    private static boolean reachable(URI endpoint) {
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : "http".equals(endpoint.getScheme()) ? 80 : 443;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
