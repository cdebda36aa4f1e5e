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

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the CreateRtcAsrTask action: starts real-time speech recognition (and optionally translation) of a live stream or an ARTC channel. */
public class CreateRtcAsrTaskRequest extends AliliveModel {

    /** Required. Source of the audio: {@code live} (a stream URL, e.g. RTMP) or {@code rtc} (an ARTC channel). */
    @JsonProperty("Mode")
    private String mode;

    /** ARTC application id; required (and used) only when Mode is rtc. */
    @JsonProperty("SDKAppID")
    private String sdkAppId;

    /** ARTC channel id; required only when Mode is rtc. */
    @JsonProperty("ChannelID")
    private String channelId;

    /** The one ARTC user whose audio is recognized; required only when Mode is rtc. */
    @JsonProperty("RtcUserId")
    private String rtcUserId;

    /** The stream to recognize, e.g. {@code rtmp://example.com/app/stream}; required only when Mode is live. */
    @JsonProperty("StreamURL")
    private String streamUrl;

    /** Required. Spoken language: {@code cn}, {@code en}, {@code ja}, {@code yue}, {@code fspk} (mixed Mandarin and English). */
    @JsonProperty("Language")
    private String language;

    /** Required. The URL the recognition results are pushed to. */
    @JsonProperty("CallbackURL")
    private String callbackUrl;

    /** Key of the callback signature (headers SIG-TIME and ASR-SIG = md5(SIG-TIME/callbackurl/authKey)); masked by toString. */
    @JsonProperty("AuthKey")
    private String authKey;

    /** Whether to translate the recognized text. */
    @JsonProperty("TranslateEnabled")
    private Boolean translateEnabled;

    /** Translation target language: {@code cn}, {@code en} or {@code ja}. */
    @JsonProperty("TargetLanguages")
    private String targetLanguages;

    /** Whether the task stops by itself when its latency exceeds AutoTerminateDelay; default false. */
    @JsonProperty("AutoTerminateEnabled")
    private Boolean autoTerminateEnabled;

    /** Latency limit in seconds (1 to 10) for AutoTerminateEnabled. */
    @JsonProperty("AutoTerminateDelay")
    private Long autoTerminateDelay;

    /** Result interval in milliseconds: -1 only whole sentences, 0 or unset real time, 1 to 500 an interval. */
    @JsonProperty("ReportInterval")
    private Long reportInterval;

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public CreateRtcAsrTaskRequest withMode(String mode) {
        this.mode = mode;
        return this;
    }

    public String getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(String sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public CreateRtcAsrTaskRequest withSdkAppId(String sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    public CreateRtcAsrTaskRequest withChannelId(String channelId) {
        this.channelId = channelId;
        return this;
    }

    public String getRtcUserId() {
        return rtcUserId;
    }

    public void setRtcUserId(String rtcUserId) {
        this.rtcUserId = rtcUserId;
    }

    public CreateRtcAsrTaskRequest withRtcUserId(String rtcUserId) {
        this.rtcUserId = rtcUserId;
        return this;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public CreateRtcAsrTaskRequest withStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public CreateRtcAsrTaskRequest withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public CreateRtcAsrTaskRequest withCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public String getAuthKey() {
        return authKey;
    }

    public void setAuthKey(String authKey) {
        this.authKey = authKey;
    }

    public CreateRtcAsrTaskRequest withAuthKey(String authKey) {
        this.authKey = authKey;
        return this;
    }

    public Boolean getTranslateEnabled() {
        return translateEnabled;
    }

    public void setTranslateEnabled(Boolean translateEnabled) {
        this.translateEnabled = translateEnabled;
    }

    public CreateRtcAsrTaskRequest withTranslateEnabled(Boolean translateEnabled) {
        this.translateEnabled = translateEnabled;
        return this;
    }

    public String getTargetLanguages() {
        return targetLanguages;
    }

    public void setTargetLanguages(String targetLanguages) {
        this.targetLanguages = targetLanguages;
    }

    public CreateRtcAsrTaskRequest withTargetLanguages(String targetLanguages) {
        this.targetLanguages = targetLanguages;
        return this;
    }

    public Boolean getAutoTerminateEnabled() {
        return autoTerminateEnabled;
    }

    public void setAutoTerminateEnabled(Boolean autoTerminateEnabled) {
        this.autoTerminateEnabled = autoTerminateEnabled;
    }

    public CreateRtcAsrTaskRequest withAutoTerminateEnabled(Boolean autoTerminateEnabled) {
        this.autoTerminateEnabled = autoTerminateEnabled;
        return this;
    }

    public Long getAutoTerminateDelay() {
        return autoTerminateDelay;
    }

    public void setAutoTerminateDelay(Long autoTerminateDelay) {
        this.autoTerminateDelay = autoTerminateDelay;
    }

    public CreateRtcAsrTaskRequest withAutoTerminateDelay(Long autoTerminateDelay) {
        this.autoTerminateDelay = autoTerminateDelay;
        return this;
    }

    public Long getReportInterval() {
        return reportInterval;
    }

    public void setReportInterval(Long reportInterval) {
        this.reportInterval = reportInterval;
    }

    public CreateRtcAsrTaskRequest withReportInterval(Long reportInterval) {
        this.reportInterval = reportInterval;
        return this;
    }
}
