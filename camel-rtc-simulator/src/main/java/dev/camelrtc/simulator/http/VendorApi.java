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
package dev.camelrtc.simulator.http;

/** One cloud's API behind the shared server. */
public interface VendorApi {

    /** Vendor name as shown by the admin path: "tencent" or "aliyun". */
    String vendor();

    /** Handles one request of {@code action} completely (signature, limits, parameters, state). */
    SimResponse handle(SimRequest request, String action);

    /** The vendor's error envelope for an injected error fault; {@code httpStatus} 0 = the vendor's default. */
    SimResponse injectedError(String code, String message, int httpStatus);

    /** HTTP 200, the vendor's JSON content type, a body that is not JSON. */
    default SimResponse malformed() {
        return SimResponse.json(200, "<<not json: simulator malformed-body fault>> {\"Response\":");
    }

    /** HTTP 200, the vendor's success envelope with a {@code RequestId} that is a JSON object (fits no model). */
    SimResponse unfitReply();
}
