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
package dev.camelrtc.simulator.trtc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.SimResponse;

/**
 * Writes TRTC answers: always HTTP 200 and {@code application/json}; success {@code {"Response":{...,"RequestId"}}},
 * error {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}.
 */
public final class TrtcEnvelope {

    public static final String CONTENT_TYPE = "application/json";

    private TrtcEnvelope() {
    }

    public static SimResponse success(ObjectNode fields, String requestId) {
        // a shallow copy: the action's nodes are only written out, never changed
        ObjectNode response = Json.object().setAll(fields);
        response.put("RequestId", requestId);
        return wrap(response);
    }

    public static SimResponse error(String code, String message, String requestId) {
        ObjectNode response = Json.object();
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        return wrap(response);
    }

    private static SimResponse wrap(ObjectNode response) {
        ObjectNode root = Json.object();
        root.set("Response", response);
        return SimResponse.of(200, CONTENT_TYPE, Json.writeBytes(root));
    }
}
