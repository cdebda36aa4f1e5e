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

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitersTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void replicasShareTheDocumentedLimitOrItsOverrideRoundedDown() {
        RateLimiters limiters = new RateLimiters(scheduler, Map.of("QueryRtcAsrTasks", 50), 3);
        assertThat(limiters.forAction("AKID", "DescribeAITranscription", 20).permitsPerSecond()).isEqualTo(6);
        assertThat(limiters.forAction("AKID", "QueryRtcAsrTasks", 20).permitsPerSecond()).isEqualTo(16);
        assertThat(new RateLimiters(scheduler, Map.of(), 1).forAction("AKID", "DescribeAITranscription", 20)
                .permitsPerSecond()).isEqualTo(20);
    }

    @Test
    void moreReplicasThanCallsPerSecondFailNamingTheActionAndTheOption() {
        assertThatThrownBy(() -> RateLimiters.share("StopAITranscription", 20, 21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rateLimitReplicas=21").hasMessageContaining("StopAITranscription");
        assertThatThrownBy(() -> RateLimiters.checkReplicas(0)).hasMessageContaining("rateLimitReplicas");
    }
}
