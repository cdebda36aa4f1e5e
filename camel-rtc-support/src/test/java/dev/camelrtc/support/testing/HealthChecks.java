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
package dev.camelrtc.support.testing;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;

/** Camel's health checks of a started CamelContext, as an application that reports all of them sees them. */
public final class HealthChecks {

    private HealthChecks() {
    }

    /**
     * Turns producer checks on and asks for every check's result, as {@code camel.health.producersEnabled=true} and
     * {@code camel.health.exposureLevel=full} do (Camel reports producer checks only when told to, and otherwise only
     * the first result when all are UP).
     */
    public static void reportAll(CamelContext context) {
        producers(context).setEnabled(true);
        HealthCheckRegistry.get(context).setExposureLevel("full");
    }

    /** Camel's repository of producer checks. */
    public static WritableHealthCheckRepository producers(CamelContext context) {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }

    /** The result of the check with this id, invoked as Camel's health endpoints invoke all checks. */
    public static HealthCheck.Result result(CamelContext context, String id) {
        return HealthCheckHelper.invoke(context).stream().filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + id));
    }
}
