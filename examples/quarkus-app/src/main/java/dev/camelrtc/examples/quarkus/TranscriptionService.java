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
package dev.camelrtc.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

/**
 * Application code calling both components through a {@link ProducerTemplate}: no direct: route is needed (and
 * Camel Quarkus 3.33.0 serves no direct extension here). Component options come from application.properties.
 */
@ApplicationScoped
public class TranscriptionService {

    @Inject
    ProducerTemplate template;

    @ConfigProperty(name = "app.trtc.bot-user-id")
    String botUserId;

    /** Starts TRTC AI transcription of a room; returns the TaskId, which the task consumer then follows. */
    public String startTranscription(String roomId, String botUserSig) {
        StartAITranscriptionRequest request = new StartAITranscriptionRequest().withRoomId(roomId).withRoomIdType(1L)
                .withTranscriptionParams(new TranscriptionParams().withUserId(botUserId).withUserSig(botUserSig)
                        .withMaxIdleTime(600L));
        // SdkAppId is left unset: camel.component.trtc.sdk-app-id fills it
        return template.requestBody("trtc:startAITranscription", request, StartAITranscriptionResponse.class)
                .getTaskId();
    }

    /** Stops a TRTC AI transcription task. */
    public void stopTranscription(String taskId) {
        template.requestBodyAndHeader("trtc:stopAITranscription", null, TrtcConstants.TASK_ID, taskId);
    }

    /** Starts Alibaba Cloud Live real-time speech recognition of a stream; returns the TaskId. */
    public String startLiveAsr(String streamUrl, String callbackUrl) {
        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl(streamUrl)
                .withLanguage("cn").withCallbackUrl(callbackUrl);
        return template.requestBody("alilive:createRtcAsrTask", request, CreateRtcAsrTaskResponse.class).getTaskId();
    }

    /** Stops an Alibaba Cloud Live RtcAsr task. */
    public void stopLiveAsr(String taskId) {
        template.requestBodyAndHeader("alilive:stopRtcAsrTask", null, AliliveConstants.TASK_ID, taskId);
    }
}
