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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.http.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 7: values the cloud refuses are refused here too, with its codes in its envelope (HTTP 200,
 * Response.Error): room ids beyond 64 bytes or outside the documented character set, numeric room ids out of range,
 * user and session ids with control or direction-override characters, invalid UTF-8 and duplicate JSON fields.
 */
class TrtcValueLimitsTest {

    private static RtcSimulator sim;
    private static RawTrtcClient client;

    @BeforeAll
    static void start() {
        sim = RtcSimulator.builder().enforceQps(false).build().start();
        client = new RawTrtcClient(sim.port(), RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String start(String roomId, long roomIdType, String userId, String sessionId) {
        var body = Json.object().put("SdkAppId", 1400000001L).put("RoomId", roomId).put("RoomIdType", roomIdType);
        body.putObject("TranscriptionParams").put("UserId", userId).put("UserSig", "sig");
        if (sessionId != null) {
            body.put("SessionId", sessionId);
        }
        return Json.write(body);
    }

    private static JsonNode answer(String body) throws Exception {
        return answer(body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode answer(byte[] body) throws Exception {
        HttpResponse<String> response = client.send("StartAITranscription", body, Instant.now().getEpochSecond(),
                "ap-guangzhou");
        assertThat(response.statusCode()).as("TRTC answers errors with HTTP 200").isEqualTo(200);
        JsonNode r = Json.parseOrNull(response.body()).path("Response");
        assertThat(r.path("RequestId").asText()).isNotEmpty();
        return r;
    }

    private static String code(String body) throws Exception {
        return answer(body).path("Error").path("Code").asText(null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void stringRoomIdsFollowTheDocumentedLengthAndCharacterSet() throws Exception {
        assertThat(code(start("r".repeat(1024 * 1024), 1, "bot", null))).isEqualTo("InvalidParameter.StrRoomId");
        assertThat(code(start("r".repeat(65), 1, "bot", null))).isEqualTo("InvalidParameter.StrRoomId");
        String longest = unique() + "x".repeat(56);
        JsonNode accepted = answer(start(longest, 1, "bot", null));
        assertThat(accepted.has("Error")).as("64 bytes: %s", accepted).isFalse();
        assertThat(accepted.path("TaskId").asText()).isNotEmpty();
        assertThat(answer(start(unique() + " !#$%&()+-:;<=.>?@[]^_{}|~,", 1, "bot", null)).has("Error")).isFalse();
        for (String bad : new String[] {"room\u0000x", "room\r\nX-Injected: 1", "room\u202Egnp.exe", "room/1",
                                        "room\u6d4b", "room\"", "room'", "room*"}) {
            assertThat(code(start(bad, 1, "bot", null))).as(bad).isEqualTo("InvalidParameter.StrRoomId");
        }
    }

    @Test
    void numericRoomIdsAreOneTo4294967294() throws Exception {
        assertThat(code(start("4294967295", 0, "bot", null))).isEqualTo("InvalidParameter.RoomId");
        assertThat(code(start("0", 0, "bot", null))).isEqualTo("InvalidParameter.RoomId");
        assertThat(code(start("99999999999999999999", 0, "bot", null))).isEqualTo("InvalidParameter.RoomId");
        assertThat(code(start("room\u0000", 0, "bot", null))).isEqualTo("InvalidParameter.RoomId");
        assertThat(answer(start("4294967294", 0, "bot-" + unique(), null)).has("Error")).isFalse();
    }

    @Test
    void userAndSessionIdsRefuseControlAndFormatCharacters() throws Exception {
        assertThat(code(start("r-" + unique(), 1, "bot\n", null))).isEqualTo("InvalidParameter.UserId");
        assertThat(code(start("r-" + unique(), 1, "bot\u202E", null))).isEqualTo("InvalidParameter.UserId");
        assertThat(code(start("r-" + unique(), 1, "b".repeat(65), null))).isEqualTo("InvalidParameter.UserId");
        String target = start("r-" + unique(), 1, "bot", null).replace("\"UserSig\":\"sig\"",
                "\"UserSig\":\"sig\",\"TranscriptionMode\":1,\"TargetUserId\":\"u\\u0000\"");
        JsonNode targetAnswer = answer(target);
        assertThat(targetAnswer.path("Error").path("Code").asText()).isEqualTo("InvalidParameter.UserId");
        assertThat(targetAnswer.path("Error").path("Message").asText()).contains("TranscriptionParams.TargetUserId");
        assertThat(code(start("r-" + unique(), 1, "bot", "s\u0000"))).isEqualTo("InvalidParameter");
        assertThat(code(start("r-" + unique(), 1, "bot", "s".repeat(129)))).isEqualTo("InvalidParameter");
        assertThat(answer(start("r-" + unique(), 1, "bot", "camel-" + "0".repeat(32))).has("Error")).isFalse();
    }

    @Test
    void bodiesMustBeStrictUtf8JsonWithoutDuplicateFields() throws Exception {
        String room = "r-" + unique();
        String good = start(room, 1, "bot", null);
        String duplicate = good.replace("{\"SdkAppId\":1400000001,", "{\"SdkAppId\":1400000001,\"SdkAppId\":2,");
        JsonNode dup = answer(duplicate);
        assertThat(dup.path("Error").path("Code").asText()).isEqualTo("InvalidParameter");
        assertThat(dup.path("Error").path("Message").asText()).contains("Duplicate field 'SdkAppId'");

        byte[] invalidUtf8 = good.replace("\"bot\"", "\"bot\u00ff\"").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode utf8 = answer(invalidUtf8);
        assertThat(utf8.path("Error").path("Code").asText()).isEqualTo("InvalidParameter");
        assertThat(utf8.path("Error").path("Message").asText()).contains("UTF-8");

        assertThat(code(good + " {}")).as("trailing content").isEqualTo("InvalidParameter");
        assertThat(sim.trtcTasks().list()).as("none of the refused starts created a task")
                .noneMatch(t -> t.roomId().equals(room));
    }
}
