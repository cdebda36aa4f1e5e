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

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.QpsLimiter;
import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.RequestIds;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;
import dev.camelrtc.simulator.http.VendorApi;

/**
 * Tencent Cloud TRTC API 3.0 (requests carrying {@code X-TC-Action}). Order of checks: method/content type →
 * TC3 signature (see {@link Tc3SignatureVerifier}) → action ({@code InvalidAction}) → X-TC-Version
 * ({@code NoSuchVersion}) → X-TC-Region ({@code MissingParameter} / {@code UnsupportedRegion}) → QPS per SecretId and
 * action ({@code RequestLimitExceeded}) → body (strict UTF-8 JSON without duplicate fields, {@code InvalidParameter};
 * types, {@code MissingParameter[.X]}; value limits, {@code InvalidParameter.RoomId/.StrRoomId/.UserId}) → the action.
 */
public final class TrtcApi implements VendorApi {

    private final Tc3SignatureVerifier verifier;
    private final TrtcTaskRegistry registry;
    private final QpsLimiter qpsLimiter;
    private final ToIntFunction<TrtcAction> qpsLimits;
    private final AiTranscriptionActions aiTranscription;
    private final AiConversationActions aiConversation;
    private final CloudTranscriptionActions cloudTranscription;
    private final SpeechActions speech;
    private final VoicePrintActions voicePrints;

    public TrtcApi(Function<String, String> secretKeys, Clock clock, TrtcTaskRegistry registry, QpsLimiter qpsLimiter,
                   ToIntFunction<TrtcAction> qpsLimits) {
        this.verifier = new Tc3SignatureVerifier("trtc", secretKeys, clock);
        this.registry = registry;
        this.qpsLimiter = qpsLimiter;
        this.qpsLimits = qpsLimits;
        this.aiTranscription = new AiTranscriptionActions(registry);
        this.aiConversation = new AiConversationActions(registry);
        this.cloudTranscription = new CloudTranscriptionActions(registry);
        this.speech = new SpeechActions(registry.timings(), clock);
        this.voicePrints = new VoicePrintActions(clock);
    }

    @Override
    public String vendor() {
        return "tencent";
    }

    public TrtcTaskRegistry registry() {
        return registry;
    }

    /** The asynchronous speech synthesis tasks, as {@code RtcSimulator#tasksAsJson} lists tasks. */
    public ArrayNode speechTasksAsJson() {
        return speech.listAsJson();
    }

    /** Forgets voiceprints, cloned voices and speech synthesis tasks (the tasks of the registry reset with it). */
    public void reset() {
        speech.reset();
        voicePrints.reset();
    }

    @Override
    public SimResponse handle(SimRequest request, String actionName) {
        String requestId = RequestIds.next();
        try {
            return TrtcEnvelope.success(execute(request, actionName), requestId);
        } catch (ApiError e) {
            return TrtcEnvelope.error(e.code(), e.getMessage(), requestId);
        }
    }

    @Override
    public SimResponse injectedError(String code, String message, int httpStatus) {
        return TrtcEnvelope.error(code, message, RequestIds.next());
    }

    @Override
    public SimResponse unfitReply() {
        return SimResponse.json(200, "{\"Response\":{\"RequestId\":{\"unfit\":\"simulator unfitReply fault\"}}}");
    }

    private ObjectNode execute(SimRequest request, String actionName) {
        if (!"POST".equals(request.method())) {
            throw new ApiError("UnsupportedProtocol", "The simulator accepts TRTC requests as POST application/json only.");
        }
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError("InvalidParameter", "Content-Type must be application/json.");
        }
        String secretId = verifier.verify(request);
        TrtcAction action = TrtcAction.find(actionName);
        if (action == null) {
            throw new ApiError("InvalidAction", "The requested action `" + actionName + "` does not exist.");
        }
        String version = request.header("X-TC-Version");
        if (!TrtcAction.VERSION.equals(version)) {
            throw new ApiError("NoSuchVersion", "The requested version `" + version + "` of action `" + actionName
                    + "` does not exist; use " + TrtcAction.VERSION + ".");
        }
        String region = request.header("X-TC-Region");
        if (region == null || region.isBlank()) {
            throw new ApiError("MissingParameter", "The request is missing a required parameter `Region`.");
        }
        if (!action.regions().contains(region.trim())) {
            throw new ApiError("UnsupportedRegion", "The action `" + actionName + "` does not support region `"
                    + region + "`; supported: " + String.join(", ", action.regions().stream().sorted().toList()) + ".");
        }
        if (qpsLimiter.enforced()
                && !qpsLimiter.tryAcquire("tencent|" + secretId + "|" + action, qpsLimits.applyAsInt(action))) {
            throw new ApiError("RequestLimitExceeded",
                    "Your current request times equals to `" + qpsLimits.applyAsInt(action)
                            + "` in a second, which exceeds the frequency limit for action `" + actionName + "`.");
        }
        JsonNode body = TrtcValues.parseBody(request.body());
        TrtcSchema.check(action, body);
        TrtcValues.check(body);
        return switch (action) {
            case StartAITranscription -> aiTranscription.start(body);
            case StopAITranscription -> aiTranscription.stop(body);
            case DescribeAITranscription -> aiTranscription.describe(body);
            case StartAIConversation -> aiConversation.start(body);
            case StopAIConversation -> aiConversation.stop(body);
            case DescribeAIConversation -> aiConversation.describe(body);
            case UpdateAIConversation -> aiConversation.update(body);
            case ControlAIConversation -> aiConversation.control(body);
            case CreateCloudTranscription -> cloudTranscription.create(body);
            case DeleteCloudTranscription -> cloudTranscription.delete(body);
            case DescribeCloudTranscription -> cloudTranscription.describe(body);
            case DescribeTRTCAIRecognitionUsage -> UsageActions.describe(body);
            case RegisterVoicePrint -> voicePrints.register(body);
            case DescribeVoicePrint -> voicePrints.describe(body);
            case UpdateVoicePrint -> voicePrints.update(body);
            case DeleteVoicePrint -> voicePrints.delete(body);
            case TextToSpeech -> speech.textToSpeech(body);
            case VoiceClone -> speech.voiceClone(body);
            case AsyncTextToSpeech -> speech.startAsync(body);
            case DescribeAsyncTextToSpeech -> speech.describeAsync(body);
        };
    }
}
