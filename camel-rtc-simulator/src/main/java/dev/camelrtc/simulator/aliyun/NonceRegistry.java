package dev.camelrtc.simulator.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Remembers each AccessKeyId's signature nonces for 15 minutes; a second use is a replay. */
final class NonceRegistry {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Instant> seen = new HashMap<>();

    /** Records the nonce; false when the same AccessKeyId used it within the window. */
    synchronized boolean use(String accessKeyId, String nonce, Instant now) {
        seen.values().removeIf(expiry -> !expiry.isAfter(now));
        return seen.putIfAbsent(accessKeyId + "\n" + nonce, now.plus(WINDOW)) == null;
    }

    synchronized void reset() {
        seen.clear();
    }
}
