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
package dev.camelrtc.simulator.aliyun;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers each AccessKeyId's signature nonces for 15 minutes; a second use within that window is a replay.
 * <p>
 * Cost per call is O(1) amortized: nonces are kept in first-use order, so expired ones are dropped from the head until
 * the first one still in its window (each nonce is added once and removed once), instead of scanning all of them.
 * Memory is bounded: beyond {@code capacity} remembered nonces the oldest are forgotten early (a replay of such a
 * nonce would then be accepted; at the default capacity that takes more than 500,000 signed calls within 15 minutes).
 */
final class NonceRegistry {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int DEFAULT_CAPACITY = 500_000;

    private final int capacity;
    /** "accessKeyId\nnonce" → end of its window, in first-use order. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();
    private long forgottenEarly;

    NonceRegistry() {
        this(DEFAULT_CAPACITY);
    }

    NonceRegistry(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Records the nonce; false when the same AccessKeyId used it within the window. */
    synchronized boolean use(String accessKeyId, String nonce, Instant now) {
        dropExpired(now);
        String key = accessKeyId + "\n" + nonce;
        Instant until = seen.get(key);
        if (until != null && until.isAfter(now)) {
            return false;
        }
        if (until != null) {
            // expired but behind a younger head (the clock went back): forget it, record the new use at the tail
            seen.remove(key);
        }
        seen.put(key, now.plus(WINDOW));
        if (seen.size() > capacity) {
            Iterator<Instant> oldest = seen.values().iterator();
            oldest.next();
            oldest.remove();
            forgottenEarly++;
        }
        return true;
    }

    private void dropExpired(Instant now) {
        for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext();) {
            if (it.next().getValue().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }

    /** Nonces remembered now. */
    synchronized int size() {
        return seen.size();
    }

    /** Nonces forgotten before the end of their window because the capacity was reached. */
    synchronized long forgottenEarly() {
        return forgottenEarly;
    }

    synchronized void reset() {
        seen.clear();
        forgottenEarly = 0;
    }
}
