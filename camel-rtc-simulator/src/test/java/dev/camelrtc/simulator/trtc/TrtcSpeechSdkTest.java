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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.AudioFormat;
import com.tencentcloudapi.trtc.v20190722.models.DeleteVoicePrintRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeVoicePrintRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeVoicePrintResponse;
import com.tencentcloudapi.trtc.v20190722.models.RegisterVoicePrintRequest;
import com.tencentcloudapi.trtc.v20190722.models.TextToSpeechRequest;
import com.tencentcloudapi.trtc.v20190722.models.TextToSpeechResponse;
import com.tencentcloudapi.trtc.v20190722.models.UpdateVoicePrintRequest;
import com.tencentcloudapi.trtc.v20190722.models.Voice;
import com.tencentcloudapi.trtc.v20190722.models.VoiceCloneRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.Json;

import static dev.camelrtc.simulator.trtc.TrtcClients.SDK_APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The official SDK (3.1.1436) as oracle for voiceprints, speech synthesis and usage: its TrtcClient for the actions it
 * has, its CommonClient (which signs any action of a service) for AsyncTextToSpeech, DescribeAsyncTextToSpeech and
 * DescribeTRTCAIRecognitionUsage, which came in later SDK releases.
 */
class TrtcSpeechSdkTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().timings(SimulatorTimings.fast()).build();

    @Test
    void voicePrintLifecycle(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        RegisterVoicePrintRequest register = new RegisterVoicePrintRequest();
        register.setAudio(Base64.getEncoder().encodeToString(new byte[] {'R', 'I', 'F', 'F'}));
        register.setReqTimestamp(1749119700000L);
        register.setAudioFormat(0L);
        register.setAudioName("jackson");
        String id = client.RegisterVoicePrint(register).getVoicePrintId();
        assertThat(id).isNotBlank();

        UpdateVoicePrintRequest update = new UpdateVoicePrintRequest();
        update.setVoicePrintId(id);
        update.setReqTimestamp(1749120210000L);
        update.setAudioMetaInfo("meta");
        assertThat(client.UpdateVoicePrint(update).getRequestId()).isNotBlank();

        DescribeVoicePrintRequest describe = new DescribeVoicePrintRequest();
        describe.setDescribeMode(0L);
        describe.setVoicePrintIdList(new String[] {id});
        DescribeVoicePrintResponse found = client.DescribeVoicePrint(describe);
        assertThat(found.getTotalCount()).isEqualTo(1L);
        assertThat(found.getData()[0].getAudioName()).isEqualTo("jackson");
        assertThat(found.getData()[0].getVoicePrintMetaInfo()).isEqualTo("meta");
        assertThat(found.getData()[0].getReqTimestamp()).isEqualTo(1749120210000L);

        DeleteVoicePrintRequest delete = new DeleteVoicePrintRequest();
        delete.setVoicePrintId(id);
        assertThat(client.DeleteVoicePrint(delete).getRequestId()).isNotBlank();
        assertThatThrownBy(() -> client.DeleteVoicePrint(delete)).isInstanceOfSatisfying(
                TencentCloudSDKException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("FailedOperation.UpdateVoicePrintIdNotFound"));
    }

    @Test
    void speechFromAClonedVoice(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        VoiceCloneRequest clone = new VoiceCloneRequest();
        clone.setSdkAppId(SDK_APP_ID);
        clone.setVoiceName("xiaoming_02");
        clone.setPromptAudio(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        String voiceId = client.VoiceClone(clone).getVoiceId();
        assertThat(voiceId).startsWith("xiaoming_02_");

        TextToSpeechRequest tts = new TextToSpeechRequest();
        tts.setText("hello");
        Voice voice = new Voice();
        voice.setVoiceId(voiceId);
        tts.setVoice(voice);
        tts.setSdkAppId(SDK_APP_ID);
        AudioFormat format = new AudioFormat();
        format.setFormat("wav");
        format.setSampleRate(16000L);
        tts.setAudioFormat(format);
        TextToSpeechResponse spoken = client.TextToSpeech(tts);
        byte[] audio = Base64.getDecoder().decode(spoken.getAudio());
        assertThat(audio).hasSize(44 + 16000 * 2 * 250 / 1000);
        assertThat(new String(audio, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");

        format.setFormat("flac");
        assertThatThrownBy(() -> client.TextToSpeech(tts)).isInstanceOfSatisfying(TencentCloudSDKException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("InvalidParameter.AudioEncodeParams"));
    }

    @Test
    void actionsOfNewerSdksThroughTheCommonClient(RtcSimulator sim) throws Exception {
        CommonClient client = common(sim);
        JsonNode started = call(client, "AsyncTextToSpeech", "{\"Text\":\"hello\",\"Voice\":{\"VoiceId\":\"v\"},"
                + "\"SdkAppId\":" + SDK_APP_ID + "}");
        String taskId = started.path("TaskId").asText();
        assertThat(taskId).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> call(client, "DescribeAsyncTextToSpeech",
                "{\"TaskId\":\"" + taskId + "\"}").path("Status").asText(), "Success"::equals);
        assertThat(call(client, "DescribeAsyncTextToSpeech", "{\"TaskId\":\"" + taskId + "\"}")
                .path("AudioDownloadUrl").asText()).endsWith("/result.mp3");

        JsonNode usage = call(client, "DescribeTRTCAIRecognitionUsage", "{\"StartTime\":\"2026-04-01 00:00:00\","
                + "\"EndTime\":\"2026-04-01 00:30:00\",\"AuType\":[\"conversation\"],\"SdkAppId\":\"1400763596\"}");
        assertThat(usage.path("UsageKey").get(0).asText()).isEqualTo("Conversation");
        assertThat(usage.path("UsageList")).as("5-minute periods of half an hour, both ends").hasSize(7);

        assertThatThrownBy(() -> call(client, "DescribeTRTCAIRecognitionUsage", "{\"StartTime\":\"2026-04-01 00:00:00\","
                + "\"EndTime\":\"2026-05-03 00:00:00\",\"AuType\":[\"asr\"]}"))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("InvalidParameter.OutOfRange"));
    }

    /** The "Response" object of a CommonClient call. */
    private static JsonNode call(CommonClient client, String action, String json) throws Exception {
        JsonNode reply = Json.MAPPER.readTree(client.commonRequest(new CommonRequest(json), action));
        return reply.has("Response") ? reply.get("Response") : reply;
    }

    private static CommonClient common(RtcSimulator sim) {
        HttpProfile hp = new HttpProfile();
        hp.setProtocol(HttpProfile.REQ_HTTP);
        hp.setProxyHost("127.0.0.1");
        hp.setProxyPort(sim.port());
        hp.setEndpoint("trtc.tencentcloudapi.com");
        hp.setReadTimeout(10);
        ClientProfile cp = new ClientProfile();
        cp.setHttpProfile(hp);
        return new CommonClient("trtc", "2019-07-22",
                new Credential(RtcSimulator.DEMO_TENCENT_SECRET_ID, RtcSimulator.DEMO_TENCENT_SECRET_KEY),
                "ap-guangzhou", cp);
    }
}
