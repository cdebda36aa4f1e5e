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
package dev.camelrtc.support.health;

import java.net.URI;
import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.ops.CallStats;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer readiness check follows the outcome of the real calls to its API URL, and never sends one itself. */
class ApiHealthCheckTest {

    private static final URI API = URI.create("http://127.0.0.1:9");

    private final CallStats stats = new CallStats();
    private final ApiHealthCheck check = new ApiHealthCheck("producer:x-endpoint1", "x://op", API, stats);

    /** A vendor's exception, as far as the check cares: a code. */
    private static final class ApiFailure extends CloudApiException {
        ApiFailure(String code) {
            super(code, "m", null, "Act", 0, null);
        }

        @Override
        public CloudApiException withErrorMessage(String errorMessage) {
            return this;
        }

        @Override
        protected boolean isThrottlingCode(String code) {
            return false;
        }

        @Override
        protected boolean isTransientCode(String code) {
            return false;
        }
    }

    private static CloudApiException failure(String code) {
        return new ApiFailure(code);
    }

    private HealthCheck.Result call() {
        return check.call(Map.of());
    }

    @Test
    void readyBeforeTheFirstCallAndWhileCallsGetReplies() {
        assertThat(call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(call().getDetails()).containsEntry("endpoint " + API, "not called yet")
                .containsEntry(HealthCheck.ENDPOINT_URI, "x://op").containsEntry("credentials", "present");

        stats.failed("Act", failure("FailedOperation.TaskNotExist")); // an answer: the API is there
        assertThat(call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(call().getDetails()).containsEntry("endpoint " + API, "reachable")
                .containsEntry("last.failure.code", "FailedOperation.TaskNotExist");
        assertThat(check.isLiveness()).isFalse();
    }

    @Test
    void downWhileTheApiDoesNotAnswerOrRefusesTheCredentialsUntilACallSucceeds() {
        stats.failed("Act", failure(CloudApiException.NETWORK_ERROR));
        assertThat(call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(call().getMessage()).hasValueSatisfying(m -> assertThat(m).contains("not reachable"));
        assertThat(call().getDetails()).containsEntry("endpoint " + API, "unreachable");

        stats.failed("Act", failure("AuthFailure.SignatureFailure"));
        assertThat(call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(call().getDetails()).containsEntry("endpoint " + API, "reachable");
        assertThat(call().getMessage()).hasValueSatisfying(m -> assertThat(m).contains("AuthFailure.SignatureFailure"));

        stats.succeeded();
        assertThat(call().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aDisabledCheckReportsNothing() {
        check.setEnabled(false);
        stats.failed("Act", failure(CloudApiException.NETWORK_ERROR));
        assertThat(call().getState()).isEqualTo(HealthCheck.State.UNKNOWN);
    }
}
