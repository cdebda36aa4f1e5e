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

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.http.HttpReply;

/** What a vendor plugs into the {@link CallPipeline}: its request encoding and signer, its reply reader, its errors. */
public interface CloudApi {

    /** A request that only awaits its signature time (signed when its rate-limit slot begins). */
    @FunctionalInterface
    interface UnsignedCall {
        HttpCall signedAt(Instant time);
    }

    /**
     * Encodes the parameters of one call; runs before a rate-limit slot is taken, and fails with an
     * IllegalArgumentException when they cannot be sent (too large, not encodable), so that nothing is sent.
     */
    UnsignedCall prepare(RtcOperation operation, ObjectNode params);

    /**
     * The reply as the operation's response model, read in one pass from its bytes; or the vendor's exception for an
     * error answer, an unreadable reply, or one that does not fit the model
     * ({@link CloudApiException#INVALID_RESPONSE}).
     */
    Object read(RtcOperation operation, HttpReply reply);

    /** The vendor's exception type. */
    CloudApiException failure(String code, String message, String requestId, String action, int httpStatus,
                              Throwable cause);

    /**
     * The result (the operation's response model) of a call whose failure shows that its job is done (a stop answered
     * "no such task" after an earlier attempt may have stopped it), else null: the failure stands.
     *
     * @param afterUncertainAttempt whether an earlier attempt of this call failed in a way the cloud may have acted on
     */
    default CompletableFuture<Object> reconcile(CallPipeline pipeline, RtcOperation operation, ObjectNode params,
                                                CloudApiException failure, boolean afterUncertainAttempt) {
        return null;
    }
}
