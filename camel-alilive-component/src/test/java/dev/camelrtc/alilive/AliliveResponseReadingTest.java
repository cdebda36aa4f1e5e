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
package dev.camelrtc.alilive;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.http.HttpReply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AliliveResponseReadingTest {

    @Test
    void successReturnsTheResponseObject() {
        var root = AliliveApi.readResponse("StopRtcAsrTask",
                json(200, "{\"Description\":\"success\",\"RequestId\":\"r-1\",\"RetCode\":2000}"));

        assertThat(root.path("RequestId").asText()).isEqualTo("r-1");
    }

    @Test
    void errorEnvelopeBecomesAliliveExceptionWithAllFields() {
        AliliveException e = read(400, "{\"RequestId\":\"r-2\",\"HostId\":\"live.aliyuncs.com\","
                + "\"Code\":\"ConfigNotFound\",\"Message\":\"task not found\","
                + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=ConfigNotFound\"}");

        assertThat(e.getCode()).isEqualTo("ConfigNotFound");
        assertThat(e.getErrorMessage()).isEqualTo("task not found");
        assertThat(e.getRequestId()).isEqualTo("r-2");
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getAction()).isEqualTo("StopRtcAsrTask");
        assertThat(e.getHostId()).isEqualTo("live.aliyuncs.com");
        assertThat(e.getRecommend()).startsWith("https://api.aliyun.com/troubleshoot");
        assertThat(e.getMessage()).contains("ConfigNotFound", "task not found", "StopRtcAsrTask", "r-2");
    }

    @Test
    void retCodeOtherThan2000IsAnErrorEvenWithHttp200() {
        AliliveException e = read(200, "{\"Description\":\"task limit exceeded\",\"RequestId\":\"r-3\","
                + "\"RetCode\":4003}");

        assertThat(e.getCode()).isEqualTo("RetCode.4003");
        assertThat(e.getRetCode()).isEqualTo(4003L);
        assertThat(e.getErrorMessage()).isEqualTo("task limit exceeded");
        assertThat(e.getRequestId()).isEqualTo("r-3");
        assertThat(e.getHttpStatus()).isEqualTo(200);
    }

    @Test
    void htmlGatewayPageIsAnInvalidResponseNamingTheStatus() {
        AliliveException e = read(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getHttpStatus()).isEqualTo(502);
        assertThat(e.getMessage()).contains("HTTP 502");
    }

    @Test
    void emptyTruncatedAndNonObjectBodiesAreInvalidResponses() {
        for (String body : new String[] { "", "{\"RequestId\":\"r\",\"RetCo", "[1,2]", "{\"RequestId\":\"r\"}" }) {
            AliliveException e = read(200, body);

            assertThat(e.getCode()).as(body).isEqualTo(CloudApiException.INVALID_RESPONSE);
            assertThat(e.getMessage()).as(body).contains("HTTP 200");
        }
    }

    @Test
    void jsonErrorStatusWithoutEnvelopeIsAnInvalidResponse() {
        AliliveException e = read(503, "{\"unexpected\":true}");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getMessage()).contains("HTTP 503");
    }

    private static AliliveException read(int status, String body) {
        return read(status, "application/json;charset=utf-8", body);
    }

    private static AliliveException read(int status, String contentType, String body) {
        return catchThrowableOfType(AliliveException.class,
                () -> AliliveApi.readResponse("StopRtcAsrTask", reply(status, contentType, body)));
    }

    private static HttpReply json(int status, String body) {
        return reply(status, "application/json;charset=utf-8", body);
    }

    private static HttpReply reply(int status, String contentType, String body) {
        return new HttpReply(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
