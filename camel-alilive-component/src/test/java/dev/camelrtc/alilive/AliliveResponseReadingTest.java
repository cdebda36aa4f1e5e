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

import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.ReplyErrors;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.call.Transience;
import dev.camelrtc.support.http.HttpReply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AliliveResponseReadingTest {

    @Test
    void successReturnsTheResponseObject() {
        var response = AliliveApi.readResponse(AliliveOperations.stopRtcAsrTask,
                json(200, "{\"Description\":\"success\",\"RequestId\":\"r-1\",\"RetCode\":2000}"));

        assertThat(response.getRequestId()).isEqualTo("r-1");
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

    @Test
    void successIsTheOperationsResponseModelWithUnknownFieldsIgnored() {
        var response = AliliveApi.readResponse(AliliveOperations.queryRtcAsrTasks, json(200, "{\"Description\":"
                + "\"success\",\"RequestId\":\"r-7\",\"RetCode\":\"2000\",\"New\":[1],"
                + "\"Tasks\":{\"t-1\":{\"status\":1}}}"));

        QueryRtcAsrTasksResponse query = (QueryRtcAsrTasksResponse) response;
        assertThat(query.getRequestId()).isEqualTo("r-7");
        assertThat(query.getRetCode()).isEqualTo(2000L);
        assertThat(query.getTask("t-1").getTaskId()).isEqualTo("t-1");
        assertThat(query.getTask("t-1").getStatus()).isEqualTo(1);
        assertThat(ReplyErrors.code(query)).isNull();
    }

    @Test
    void replyNotFittingTheModelIsAnInvalidResponseWithItsRequestId() {
        AliliveException e = read(AliliveOperations.queryRtcAsrTasks, 200,
                "{\"Description\":\"success\",\"RequestId\":\"r-8\",\"RetCode\":2000,\"Tasks\":5}");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getErrorMessage()).startsWith("the response does not match QueryRtcAsrTasksResponse: ")
                .contains("Tasks must be a JSON object keyed by task id");
        assertThat(e.getRequestId()).isEqualTo("r-8");
        assertThat(e.getAction()).isEqualTo("QueryRtcAsrTasks");
        assertThat(e.transience()).as("the same answer again: not retried").isEqualTo(Transience.PERMANENT);
        assertThat(e.isUnfitReply()).isTrue();
        assertThat(e.withErrorMessage("reworded").transience()).as("the mark survives a reworded message")
                .isEqualTo(Transience.PERMANENT);
    }

    @Test
    void errorEnvelopeAndRetCodeWinOverAFieldThatDoesNotFitTheModel() {
        AliliveException envelope = read(AliliveOperations.queryRtcAsrTasks, 400, "{\"RequestId\":\"r-9\","
                + "\"Code\":\"Throttling.User\",\"Message\":\"slow down\",\"Tasks\":5}");
        AliliveException retCode = read(AliliveOperations.queryRtcAsrTasks, 200, "{\"RequestId\":\"r-10\","
                + "\"RetCode\":4003,\"Description\":\"too many\",\"Tasks\":5}");
        AliliveException textRetCode = read(AliliveOperations.queryRtcAsrTasks, 200, "{\"RequestId\":\"r-11\","
                + "\"RetCode\":\"two thousand\"}");

        assertThat(envelope.getCode()).isEqualTo("Throttling.User");
        assertThat(envelope.getRequestId()).isEqualTo("r-9");
        assertThat(retCode.getCode()).isEqualTo("RetCode.4003");
        assertThat(retCode.getRequestId()).isEqualTo("r-10");
        assertThat(textRetCode.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(textRetCode.getErrorMessage()).contains("without a numeric RetCode");
        assertThat(textRetCode.getRequestId()).isEqualTo("r-11");
    }

    @Test
    void missingRequestIdIsNullInTheModelAndInTheException() {
        var response = AliliveApi.readResponse(AliliveOperations.stopRtcAsrTask,
                json(200, "{\"Description\":\"success\",\"RetCode\":2000}"));
        AliliveException e = read(404, "{\"Code\":\"ConfigNotFound\",\"Message\":\"no task\"}");

        assertThat(response.getRequestId()).isNull();
        assertThat(e.getCode()).isEqualTo("ConfigNotFound");
        assertThat(e.getRequestId()).isNull();
        assertThat(e.getHostId()).isNull();
    }

    @Test
    void bodyTruncatedInsideAFieldIsUnreadable() {
        AliliveException e = read(AliliveOperations.queryRtcAsrTasks, 200,
                "{\"RequestId\":\"r\",\"RetCode\":2000,\"Tasks\":{\"t-1\":{\"taskId\":\"t-");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getErrorMessage()).startsWith("HTTP 200 with a body that is not an Alibaba Cloud JSON response");
    }

    private static AliliveException read(AliliveOperations operation, int status, String body) {
        return catchThrowableOfType(AliliveException.class,
                () -> AliliveApi.readResponse(operation, json(status, body)));
    }

    private static AliliveException read(int status, String body) {
        return read(status, "application/json;charset=utf-8", body);
    }

    private static AliliveException read(int status, String contentType, String body) {
        return catchThrowableOfType(AliliveException.class,
                () -> AliliveApi.readResponse(AliliveOperations.stopRtcAsrTask, reply(status, contentType, body)));
    }

    private static HttpReply json(int status, String body) {
        return reply(status, "application/json;charset=utf-8", body);
    }

    private static HttpReply reply(int status, String contentType, String body) {
        return new HttpReply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
