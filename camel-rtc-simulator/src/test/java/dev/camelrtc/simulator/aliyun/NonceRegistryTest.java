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
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Issue 12 item 3: the nonce registry refuses replays within 15 minutes at O(1) per call, in bounded memory. */
class NonceRegistryTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void replayWithinTheWindowIsRefusedAndAcceptedAfterIt() {
        NonceRegistry nonces = new NonceRegistry();
        assertThat(nonces.use("LTAIa", "n1", T0)).isTrue();
        assertThat(nonces.use("LTAIa", "n1", T0)).isFalse();
        assertThat(nonces.use("LTAIa", "n1", T0.plus(NonceRegistry.WINDOW).minusMillis(1))).isFalse();
        assertThat(nonces.use("LTAIb", "n1", T0)).as("nonces are per AccessKeyId").isTrue();
        assertThat(nonces.use("LTAIa", "n1", T0.plus(NonceRegistry.WINDOW))).as("window over").isTrue();
        assertThat(nonces.use("LTAIa", "n1", T0.plus(NonceRegistry.WINDOW).plusSeconds(1))).isFalse();
    }

    @Test
    void expiredNoncesAreDroppedSoOnlyTheWindowIsRemembered() {
        NonceRegistry nonces = new NonceRegistry();
        // one call every 100 ms for 30 minutes: 18,000 nonces, at most 15 minutes' worth remembered
        for (int i = 0; i < 18_000; i++) {
            assertThat(nonces.use("LTAIa", "n" + i, T0.plusMillis(100L * i))).isTrue();
            assertThat(nonces.size()).isLessThanOrEqualTo(9_001);
        }
        Instant last = T0.plusMillis(100L * 17_999);
        assertThat(nonces.use("LTAIa", "n17999", last)).isFalse();
        assertThat(nonces.use("LTAIa", "n9000", last)).as("used 15 min before: still within the window").isFalse();
        assertThat(nonces.use("LTAIa", "n0", last)).as("used 30 min before").isTrue();
        assertThat(nonces.forgottenEarly()).isZero();
    }

    @Test
    void aBurstWithinOneWindowCostsConstantTimePerCallAndBoundedMemory() {
        NonceRegistry nonces = new NonceRegistry(100_000);
        // 300,000 calls within one window: the former registry scanned every remembered nonce on each call
        // (~4.5e10 comparisons here, minutes); O(1) per call takes well under a second
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 300_000; i++) {
                if (!nonces.use("LTAIa", "n" + i, T0.plusNanos(1_000L * i))) {
                    throw new AssertionError("fresh nonce refused: n" + i);
                }
            }
        });
        assertThat(nonces.size()).isEqualTo(100_000);
        assertThat(nonces.forgottenEarly()).isEqualTo(200_000);
        Instant now = T0.plusNanos(1_000L * 300_000);
        assertThat(nonces.use("LTAIa", "n299999", now)).as("a recent nonce is still refused").isFalse();
        assertThat(nonces.use("LTAIa", "n200000", now)).as("the oldest one kept is still refused").isFalse();
    }

    @Test
    void answersAsAMapOfEveryNonceInFirstUseOrderWould() {
        // the registry's ring and index against the plainest model of the same rules: growth, wrap-around, expiry
        // from the head, eviction at capacity and lookups after deletions are all exercised by a few hundred
        // thousand calls over a small pool of nonces (so that replays are frequent)
        int capacity = 5_000;
        NonceRegistry nonces = new NonceRegistry(capacity);
        LinkedHashMap<String, Long> model = new LinkedHashMap<>();
        long modelForgotten = 0;
        Random random = new Random(12);
        long now = T0.toEpochMilli();
        int refused = 0;
        for (int call = 0; call < 300_000; call++) {
            now += random.nextInt(5_000) == 0 ? random.nextInt(1_200_000) : random.nextInt(10);
            String key = "LTAI" + random.nextInt(2);
            String nonce = "n" + random.nextInt(20_000);
            for (Iterator<Long> it = model.values().iterator(); it.hasNext() && it.next() <= now;) {
                it.remove();
            }
            Long until = model.get(key + "\n" + nonce);
            boolean expected = until == null;
            if (expected) {
                model.put(key + "\n" + nonce, now + NonceRegistry.WINDOW.toMillis());
                if (model.size() > capacity) {
                    Iterator<Long> eldest = model.values().iterator();
                    eldest.next();
                    eldest.remove();
                    modelForgotten++;
                }
            } else {
                refused++;
            }
            boolean accepted = nonces.use(key, nonce, Instant.ofEpochMilli(now));
            if (accepted != expected || nonces.size() != model.size()) {
                throw new AssertionError("call " + call + " (" + key + " " + nonce + "): accepted " + accepted
                        + ", expected " + expected + "; remembered " + nonces.size() + ", expected " + model.size());
            }
        }
        assertThat(nonces.forgottenEarly()).isEqualTo(modelForgotten).isPositive();
        assertThat(refused).as("replays refused").isGreaterThan(10_000);
    }

    @Test
    void aNonceUsedAgainAfterItsWindowBehindAYoungerHeadGetsANewWindow() {
        NonceRegistry nonces = new NonceRegistry();
        Instant later = T0.plus(NonceRegistry.WINDOW);
        assertThat(nonces.use("LTAIa", "young", later)).isTrue();
        // the clock went back: an older use lands behind the younger head
        assertThat(nonces.use("LTAIa", "old", T0)).isTrue();
        Instant afterOld = T0.plus(NonceRegistry.WINDOW).plusSeconds(1);
        assertThat(nonces.use("LTAIa", "old", afterOld)).as("its window is over").isTrue();
        assertThat(nonces.use("LTAIa", "old", afterOld.plusSeconds(1))).as("and a new one began").isFalse();
        assertThat(nonces.use("LTAIa", "young", afterOld)).isFalse();
    }

    @Test
    void resetForgetsEverything() {
        NonceRegistry nonces = new NonceRegistry();
        nonces.use("LTAIa", "n1", T0);
        nonces.reset();
        assertThat(nonces.size()).isZero();
        assertThat(nonces.use("LTAIa", "n1", T0)).isTrue();
    }
}
