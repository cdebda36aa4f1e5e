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

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.AgentConfig;
import com.tencentcloudapi.trtc.v20190722.models.StartAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.TranscriptionParams;

import dev.camelrtc.simulator.RtcSimulator;

/** The official TrtcClient pointed at the simulator as an HTTP proxy (reference §2 mode B: production signature). */
final class TrtcClients {

    static final long SDK_APP_ID = 1400000001L;

    private TrtcClients() {
    }

    static TrtcClient client(RtcSimulator sim, String secretId, String secretKey, String region) {
        HttpProfile hp = new HttpProfile();
        hp.setProtocol(HttpProfile.REQ_HTTP);
        hp.setProxyHost("127.0.0.1");
        hp.setProxyPort(sim.port());
        hp.setReadTimeout(10);
        ClientProfile cp = new ClientProfile();
        cp.setHttpProfile(hp);
        return new TrtcClient(new Credential(secretId, secretKey), region, cp);
    }

    static TrtcClient demoClient(RtcSimulator sim) {
        return client(sim, RtcSimulator.DEMO_TENCENT_SECRET_ID, RtcSimulator.DEMO_TENCENT_SECRET_KEY, "ap-guangzhou");
    }

    static StartAITranscriptionRequest startTranscription(String roomId, Long maxIdleTime) {
        StartAITranscriptionRequest req = new StartAITranscriptionRequest();
        req.setSdkAppId(SDK_APP_ID);
        req.setRoomId(roomId);
        TranscriptionParams p = new TranscriptionParams();
        p.setUserId("bot-" + roomId);
        p.setUserSig("sig");
        p.setMaxIdleTime(maxIdleTime);
        req.setTranscriptionParams(p);
        return req;
    }

    static StartAIConversationRequest startConversation(String roomId) {
        StartAIConversationRequest req = new StartAIConversationRequest();
        req.setSdkAppId(SDK_APP_ID);
        req.setRoomId(roomId);
        AgentConfig agent = new AgentConfig();
        agent.setUserId("agent");
        agent.setUserSig("sig");
        agent.setTargetUserId("user-1");
        req.setAgentConfig(agent);
        req.setLLMConfig("{\"LLMType\":\"openai\",\"Model\":\"gpt\",\"APIKey\":\"k\",\"APIUrl\":\"http://llm\"}");
        req.setTTSConfig("{\"TTSType\":\"flow\",\"VoiceId\":\"v\",\"Model\":\"flow_01_turbo\"}");
        return req;
    }
}
