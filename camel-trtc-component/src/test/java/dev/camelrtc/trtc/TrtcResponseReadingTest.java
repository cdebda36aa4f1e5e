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
package dev.camelrtc.trtc;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.Transience;
import dev.camelrtc.support.http.HttpReply;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.ReplyErrors;
import dev.camelrtc.trtc.model.TaskIdReply;
import dev.camelrtc.trtc.model.TaskStatusReply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reply bytes to the operation's response model or a TrtcException, in one reading of the reply. */
class TrtcResponseReadingTest {

    private static final TrtcOperations DESCRIBE = TrtcOperations.describeAITranscription;

    @Test
    void successIsTheOperationsResponseModelWithUnknownFieldsIgnored() {
        var response = TrtcApi.readResponse(DESCRIBE, reply(200, "{\"Response\":{\"TaskId\":\"t-1\","
                + "\"Status\":\"InProgress\",\"NewField\":{\"x\":[1]},\"RequestId\":\"r-1\"},\"Other\":1}"));

        assertThat(response).isInstanceOf(DescribeAITranscriptionResponse.class);
        DescribeAITranscriptionResponse describe = (DescribeAITranscriptionResponse) response;
        assertThat(describe.getTaskId()).isEqualTo("t-1");
        assertThat(describe.getStatus()).isEqualTo("InProgress");
        assertThat(describe.getRequestId()).isEqualTo("r-1");
        assertThat(ReplyErrors.of(describe)).isNull();
        assertThat(describe.toString()).doesNotContain("Error");
    }

    @Test
    void errorEnvelopeBecomesTrtcExceptionWithAllFields() {
        TrtcException e = read(200, "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.TaskNotExist\","
                + "\"Message\":\"task not exist\"},\"RequestId\":\"r-2\"}}");

        assertThat(e.getCode()).isEqualTo("FailedOperation.TaskNotExist");
        assertThat(e.getErrorMessage()).isEqualTo("task not exist");
        assertThat(e.getRequestId()).isEqualTo("r-2");
        assertThat(e.getAction()).isEqualTo("DescribeAITranscription");
        assertThat(e.getHttpStatus()).isEqualTo(200);
    }

    @Test
    void errorEnvelopeWithoutCodeOrRequestId() {
        TrtcException e = read(200, "{\"Response\":{\"Error\":{}}}");

        assertThat(e.getCode()).isEqualTo("UnknownError");
        assertThat(e.getErrorMessage()).isEmpty();
        assertThat(e.getRequestId()).isNull();
    }

    @Test
    void errorEnvelopeWinsOverAFieldThatDoesNotFitTheModel() {
        TrtcException e = read(200, "{\"Response\":{\"TaskId\":{\"not\":\"text\"},\"Error\":{\"Code\":"
                + "\"InternalError\",\"Message\":\"boom\"},\"RequestId\":\"r-3\"}}");

        assertThat(e.getCode()).isEqualTo("InternalError");
        assertThat(e.getRequestId()).isEqualTo("r-3");
    }

    @Test
    void replyNotFittingTheModelIsAnInvalidResponseWithItsRequestId() {
        TrtcException e = read(200, "{\"Response\":{\"TaskId\":{\"not\":\"text\"},\"RequestId\":\"r-4\"}}");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getErrorMessage()).startsWith("the response does not match DescribeAITranscriptionResponse: ")
                .contains("TaskId");
        assertThat(e.getRequestId()).isEqualTo("r-4");
        assertThat(e.getAction()).isEqualTo("DescribeAITranscription");
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.transience()).as("the same answer again: not retried").isEqualTo(Transience.PERMANENT);
        assertThat(e.isUnfitReply()).isTrue();
        assertThat(e.withErrorMessage("reworded").transience()).as("the mark survives a reworded message")
                .isEqualTo(Transience.PERMANENT);
    }

    @Test
    void successWithoutRequestIdHasNone() {
        var response = TrtcApi.readResponse(DESCRIBE, reply(200, "{\"Response\":{\"TaskId\":\"t-5\"}}"));

        assertThat(response.getRequestId()).isNull();
        assertThat(((DescribeAITranscriptionResponse) response).getTaskId()).isEqualTo("t-5");
    }

    @Test
    void emptyTruncatedAndNonEnvelopeBodiesAreUnreadable() {
        for (String body : new String[] { "", "{\"Response\":{\"TaskId\":\"t-", "[1,2]", "{\"Response\":5}",
                "{\"Response\":null}", "{\"RequestId\":\"r\"}", "<html>502</html>" }) {
            TrtcException e = read(200, body);

            assertThat(e.getCode()).as(body).isEqualTo(CloudApiException.INVALID_RESPONSE);
            assertThat(e.getErrorMessage()).as(body).startsWith("HTTP 200 with ");
            assertThat(e.getRequestId()).as(body).isNull();
            assertThat(e.isUnfitReply()).as(body).isFalse();
        }
    }

    @Test
    void failureStatusWithoutErrorIsAnInvalidResponseNamingIt() {
        TrtcException e = read(503, "{\"Response\":{\"RequestId\":\"r-6\"}}");

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getErrorMessage()).isEqualTo("HTTP 503 with a response that is not an error envelope");
        assertThat(e.getRequestId()).isEqualTo("r-6");
    }

    /** The reply headers and the consumers read TaskId and Status through these views of the model. */
    @Test
    void everyResponseWithTaskIdOrStatusOffersItsView() {
        for (TrtcOperations operation : TrtcOperations.values()) {
            Class<?> type = operation.spec().responseType();
            Set<String> fields = new HashSet<>();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    JsonProperty p = f.getAnnotation(JsonProperty.class);
                    if (p != null) {
                        fields.add(p.value());
                    }
                }
            }
            assertThat(TaskIdReply.class.isAssignableFrom(type)).as(type.getSimpleName())
                    .isEqualTo(fields.contains("TaskId"));
            assertThat(TaskStatusReply.class.isAssignableFrom(type)).as(type.getSimpleName())
                    .isEqualTo(fields.contains("Status") || operation.kind() == OperationKind.DESCRIBE);
        }
    }

    private static TrtcException read(int status, String body) {
        return catchThrowableOfType(TrtcException.class, () -> TrtcApi.readResponse(DESCRIBE, reply(status, body)));
    }

    private static HttpReply reply(int status, String body) {
        return new HttpReply(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
