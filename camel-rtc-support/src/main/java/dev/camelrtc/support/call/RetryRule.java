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
package dev.camelrtc.support.call;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.json.Parameters;

/**
 * Which failures of an operation may be retried. Failures that provably never reached the cloud (connect refused,
 * throttling) always may; this rule says whether failures the cloud may have acted on (timeouts after sending, 5xx,
 * internal errors) may too, which is safe only where repeating the call cannot do more than the first call did.
 */
@FunctionalInterface
public interface RetryRule {

    /** Everything transient is retried. */
    RetryRule ANY_TRANSIENT = params -> true;

    /** Only failures that provably never reached the cloud are retried. */
    RetryRule NOT_EXECUTED_ONLY = params -> false;

    /** Whether a failure the cloud may have executed may be retried, for these request parameters. */
    boolean retriesUncertain(ObjectNode params);

    /** Like {@link #ANY_TRANSIENT} when the request carries the parameter by which the cloud deduplicates calls. */
    static RetryRule deduplicatedBy(String parameter) {
        return params -> !Parameters.isMissing(params.get(parameter));
    }
}
