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
package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AliliveModelJsonTest {

    /** The documented QueryRtcAsrTasks example (seeds/alilive-QueryRtcAsrTasks.txt), types as on the wire. */
    static final String QUERY_EXAMPLE = """
            {"Description":"success","RequestId":"D8ADAB55-1BB8-5C01-8434-C45D353BB1FD","RetCode":2000,
             "Tasks":{"asr-a7bdde0a-0939-4288-973e-170082aa****":{"createdAt":"2024-05-14T11:52:02+08:00",
               "updatedAt":"2024-05-14T11:52:03+08:00","mode":"live","taskId":"asr-a7bdde0a-0939-4288-973e-170082aa****",
               "language":"cn","callbackUrl":"default","autoTerminateDelay":"10",
               "streamUrl":"http://pull-lveditor.alivecdn.com/caster/x.flv?auth_key=1715745062-0-0-fbc6",
               "status":1,"reportInterval":"0","aliUid":"1119309225474343","tag":""},
              "asr-second":{"mode":"rtc","taskId":"asr-second","status":2,"language":"en"}}}
            """;

    @Test
    void queryResponseReadsTasksObjectIntoTypedList() throws Exception {
        QueryRtcAsrTasksResponse response = Json.MAPPER.readValue(QUERY_EXAMPLE, QueryRtcAsrTasksResponse.class);

        assertThat(response.getRetCode()).isEqualTo(2000L);
        assertThat(response.getRequestId()).isEqualTo("D8ADAB55-1BB8-5C01-8434-C45D353BB1FD");
        assertThat(response.getTasks()).extracting(RtcAsrTask::getTaskId)
                .containsExactly("asr-a7bdde0a-0939-4288-973e-170082aa****", "asr-second");
        RtcAsrTask first = response.getTask("asr-a7bdde0a-0939-4288-973e-170082aa****");
        assertThat(first.getStatus()).isEqualTo(1);
        assertThat(first.getAutoTerminateDelay()).isEqualTo("10");
        assertThat(first.getReportInterval()).isEqualTo("0");
        assertThat(first.getAliUid()).isEqualTo("1119309225474343");
        assertThat(first.getCreatedAt()).isEqualTo("2024-05-14T11:52:02+08:00");
        assertThat(first.getTag()).isEmpty();
        assertThat(response.getTasksById()).containsOnlyKeys("asr-a7bdde0a-0939-4288-973e-170082aa****",
                "asr-second");
    }

    @Test
    void queryResponseReadsTasksGivenAsAnArrayAndRefusesANullTask() throws Exception {
        QueryRtcAsrTasksResponse listed = Json.MAPPER.readValue("{\"Tasks\":[{\"taskId\":\"a\",\"status\":1},"
                + "{\"taskId\":\"b\",\"status\":2}]}", QueryRtcAsrTasksResponse.class);
        assertThat(listed.getTasks()).extracting(RtcAsrTask::getTaskId).containsExactly("a", "b");
        assertThat(listed.getTask("b").getStatus()).isEqualTo(2);
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"Tasks\":{\"a\":null}}", QueryRtcAsrTasksResponse.class))
                .hasMessageContaining("a task of Tasks is null");
    }

    @Test
    void queryResponseWritesTasksBackAsObjectKeyedById() throws Exception {
        QueryRtcAsrTasksResponse response = Json.MAPPER.readValue(QUERY_EXAMPLE, QueryRtcAsrTasksResponse.class);

        JsonNode json = Json.MAPPER.valueToTree(response);

        assertThat(json.path("Tasks").path("asr-second").path("status").asInt()).isEqualTo(2);
        assertThat(json.path("Tasks").path("asr-a7bdde0a-0939-4288-973e-170082aa****").path("aliUid").isTextual())
                .isTrue();
        assertThat(json.has("tasksById")).isFalse();
    }

    @Test
    void queryResponseWithoutTasksHasAnEmptyList() throws Exception {
        QueryRtcAsrTasksResponse response = Json.MAPPER.readValue(
                "{\"RequestId\":\"r\",\"RetCode\":2000,\"Tasks\":{}}", QueryRtcAsrTasksResponse.class);
        QueryRtcAsrTasksResponse absent = Json.MAPPER.readValue("{\"RequestId\":\"r\",\"RetCode\":2000}",
                QueryRtcAsrTasksResponse.class);

        assertThat(response.getTasks()).isEmpty();
        assertThat(absent.getTasks()).isEmpty();
    }

    @Test
    void queryResponseReadsTasksLenientlyFromAnArrayOrNull() throws Exception {
        QueryRtcAsrTasksResponse array = Json.MAPPER.readValue("{\"RequestId\":\"r\",\"RetCode\":2000,\"Tasks\":"
                + "[{\"taskId\":\"b\",\"status\":1},{\"taskId\":\"a\",\"status\":2}]}", QueryRtcAsrTasksResponse.class);
        QueryRtcAsrTasksResponse none = Json.MAPPER.readValue("{\"RequestId\":\"r\",\"RetCode\":2000,\"Tasks\":null}",
                QueryRtcAsrTasksResponse.class);

        assertThat(array.getTasks()).extracting(RtcAsrTask::getTaskId).containsExactly("b", "a");
        assertThat(array.getTask("a").getStatus()).isEqualTo(2);
        assertThat(none.getTasks()).isEmpty();
    }

    @Test
    void createRequestUsesTheApiWireNames() {
        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("rtc").withSdkAppId("app")
                .withChannelId("ch").withRtcUserId("u1").withLanguage("cn").withCallbackUrl("http://cb")
                .withAuthKey("k").withTranslateEnabled(true).withTargetLanguages("en").withAutoTerminateEnabled(false)
                .withAutoTerminateDelay(5L).withReportInterval(-1L).withStreamUrl("rtmp://s");

        JsonNode json = Json.MAPPER.valueToTree(request);

        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("Mode", "SDKAppID", "ChannelID",
                "RtcUserId", "StreamURL", "Language", "CallbackURL", "AuthKey", "TranslateEnabled", "TargetLanguages",
                "AutoTerminateEnabled", "AutoTerminateDelay", "ReportInterval");
        assertThat(json.get("TranslateEnabled").isBoolean()).isTrue();
        assertThat(json.get("AutoTerminateDelay").asLong()).isEqualTo(5L);
    }

    @Test
    void toStringMasksAuthKey() {
        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("live")
                .withAuthKey("callback-secret-123").withStreamUrl("rtmp://s");

        assertThat(request.toString()).doesNotContain("callback-secret-123").contains("AuthKey=***")
                .contains("Mode=live");
    }
}
