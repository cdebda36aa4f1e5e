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
package dev.camelrtc.simulator.aliyun;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.SimResponse;

/**
 * Writes Alibaba answers with {@code Content-Type: application/json;charset=utf-8}: success = the action's fields plus
 * {@code RequestId}; errors = {@code {"RequestId","HostId":"live.aliyuncs.com","Code","Message","Recommend"}} with the
 * code's HTTP status.
 */
public final class AliyunEnvelope {

    public static final String CONTENT_TYPE = "application/json;charset=utf-8";
    static final String HOST_ID = "live.aliyuncs.com";

    private AliyunEnvelope() {
    }

    public static SimResponse success(ObjectNode fields, String requestId) {
        ObjectNode body = Json.object();
        body.put("RequestId", requestId);
        body.setAll(fields);
        return SimResponse.of(200, CONTENT_TYPE, Json.writeBytes(body));
    }

    public static SimResponse error(String code, String message, int httpStatus, String requestId) {
        ObjectNode body = Json.object();
        body.put("RequestId", requestId);
        body.put("HostId", HOST_ID);
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=live&requestId=" + requestId);
        return SimResponse.of(httpStatus, CONTENT_TYPE, Json.writeBytes(body));
    }

    /** The HTTP status Alibaba uses for a code (reference/alibaba-live.md §4); 400 when not listed. */
    public static int defaultStatus(String code) {
        if (code.startsWith("InternalError")) {
            return 500;
        }
        if (code.startsWith("ServiceUnavailable")) {
            return 503;
        }
        if (code.startsWith("Forbidden")) {
            return 403;
        }
        if (code.equals("InvalidAccessKeyId.NotFound") || code.equals("InvalidAction.NotFound")) {
            return 404;
        }
        return 400;
    }
}
