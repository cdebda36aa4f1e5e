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
package dev.camelrtc.support.resilience;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter, bounded by a number of attempts and a total time.
 *
 * @param maxAttempts  attempts in all, including the first (1 = no retry)
 * @param initialDelay the first backoff; each next one doubles
 * @param maxDelay     the longest single backoff
 * @param maxElapsed   no retry starts later than this after the first attempt
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxElapsed) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retryAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.isNegative() || maxElapsed.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** The backoff before attempt {@code attempt + 1}, at random between 0 and the exponential bound. */
    public Duration backoff(int attempt, RandomGenerator random) {
        long bound = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis(bound <= 0 ? 0 : random.nextLong(bound + 1));
    }
}
