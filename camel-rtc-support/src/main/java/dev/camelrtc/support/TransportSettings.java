package dev.camelrtc.support;

import java.time.Duration;

/**
 * Settings of the pooled HTTP client a component shares between its endpoints.
 *
 * @param connectTimeout  TCP (and TLS) connect timeout
 * @param responseTimeout time to wait for the response once the request is sent
 * @param maxConnections  connection pool size (total and per route)
 */
public record TransportSettings(Duration connectTimeout, Duration responseTimeout, int maxConnections) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 50;

    public TransportSettings {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (responseTimeout == null || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive, was " + responseTimeout);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
    }

    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }
}
