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

/**
 * A call that would have had to wait longer than allowed for its slot under the client-side rate limit of its
 * action. Nothing was sent.
 */
public class RateLimitExceededException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String limiter;
    private final int permitsPerSecond;

    public RateLimitExceededException(String limiter, int permitsPerSecond, Duration maxWait) {
        super("Rate limit of " + limiter + " (" + permitsPerSecond + " calls per second) is saturated: no slot within "
                + maxWait.toMillis() + " ms; the call was not sent");
        this.limiter = limiter;
        this.permitsPerSecond = permitsPerSecond;
    }

    public String getLimiter() {
        return limiter;
    }

    public int getPermitsPerSecond() {
        return permitsPerSecond;
    }
}
