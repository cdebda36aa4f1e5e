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

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import dev.camelrtc.support.ops.CallStats;

/**
 * Readiness of the cloud API an endpoint calls, read from the outcome of the real calls to it (no probe of its own):
 * DOWN while the last call got no reply (the API is not reachable) or failed for a reason that blocks every call
 * (rejected credentials), until a call succeeds again. An endpoint only starts with credentials, so they are present.
 * Details name the API URL and its reachability, call and failure counts and the last failure's action and code;
 * never a credential.
 */
public final class ApiHealthCheck extends AbstractHealthCheck {

    private final String endpointBaseUri;
    private final URI apiUrl;
    private final CallStats stats;

    /**
     * @param id              the check's id, e.g. {@code producer:trtc-endpoint3}
     * @param endpointBaseUri the endpoint's URI without options (options may hold secrets)
     * @param apiUrl          the API URL the endpoint calls
     * @param stats           the outcome of the calls to that URL
     */
    public ApiHealthCheck(String id, String endpointBaseUri, URI apiUrl, CallStats stats) {
        super("camel-rtc", id);
        this.endpointBaseUri = endpointBaseUri;
        this.apiUrl = apiUrl;
        this.stats = stats;
    }

    @Override
    public boolean isLiveness() {
        return false; // a cloud that cannot be reached is no reason to restart the application
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, endpointBaseUri);
        builder.detail("credentials", "present");
        builder.details(stats.details());
        Boolean reachable = stats.reachable();
        builder.detail("endpoint " + apiUrl,
                reachable == null ? "not called yet" : reachable ? "reachable" : "unreachable");
        builder.up();
        if (Boolean.FALSE.equals(reachable)) {
            builder.down().message("API endpoint " + apiUrl + " is not reachable: the last call got no reply ("
                                   + stats.details().get("last.failure.code") + ")");
        } else if (stats.isFailing()) {
            builder.down().message("The last call failed: " + stats.details().get("last.failure.code"));
        }
    }
}
