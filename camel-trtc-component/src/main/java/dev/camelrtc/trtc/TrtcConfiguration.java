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

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.ApiCredentials.Source;

/** Options of the trtc component; set once on the component, each endpoint copies them. */
@UriParams
public class TrtcConfiguration extends RtcConfiguration {

    public static final String DEFAULT_ENDPOINT = "https://trtc.tencentcloudapi.com";
    public static final String ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    public static final String ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    public static final String ENV_SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    @UriParam(label = "security", secret = true)
    private String secretId;
    @UriParam(label = "security", secret = true)
    private String secretKey;
    @UriParam(label = "security", secret = true)
    private String sessionToken;
    @UriParam
    @Metadata(required = true)
    private String region;
    @UriParam(defaultValue = DEFAULT_ENDPOINT)
    private String endpoint = DEFAULT_ENDPOINT;
    @UriParam
    private Long sdkAppId;
    @UriParam
    private String roomId;
    @UriParam
    private String taskId;
    @UriParam
    private String sessionId;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean generateSessionId = true;

    public String getSecretId() {
        return secretId;
    }

    /**
     * The SecretId of the Tencent Cloud API key. Defaults to the environment variable TENCENTCLOUD_SECRET_ID.
     */
    public void setSecretId(String secretId) {
        this.secretId = secretId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /**
     * The SecretKey of the Tencent Cloud API key. Defaults to the environment variable TENCENTCLOUD_SECRET_KEY.
     */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    /**
     * The token of temporary (STS) credentials, sent as X-TC-Token. Defaults to the environment variable
     * TENCENTCLOUD_SESSION_TOKEN.
     */
    public void setSessionToken(String sessionToken) {
        this.sessionToken = sessionToken;
    }

    @Override
    public String getRegion() {
        return region;
    }

    /**
     * The region of the API calls (X-TC-Region), e.g. ap-guangzhou, ap-singapore, ap-tokyo, na-siliconvalley; each
     * action supports a documented list of regions.
     */
    public void setRegion(String region) {
        this.region = region;
    }

    @Override
    public String getEndpoint() {
        return endpoint;
    }

    /**
     * The API endpoint: a host name (HTTPS is used) or a full URL, e.g. https://trtc.intl.tencentcloudapi.com or
     * http://127.0.0.1:8080 for the simulator.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public Long getSdkAppId() {
        return sdkAppId;
    }

    /** The TRTC SdkAppId, used where the request body leaves SdkAppId unset. */
    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public String getRoomId() {
        return roomId;
    }

    /** The TRTC room, used where the request body leaves RoomId unset. */
    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }

    public String getTaskId() {
        return taskId;
    }

    /** The task to stop, describe, update or control, used where the request body leaves TaskId unset. */
    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getSessionId() {
        return sessionId;
    }

    /**
     * The caller's SessionId, by which the server deduplicates starts and Describe actions can find tasks; used
     * where the request body leaves SessionId unset.
     */
    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public boolean isGenerateSessionId() {
        return generateSessionId;
    }

    /**
     * Give startAITranscription and startAIConversation a SessionId when the request has none, derived from the
     * request's parameters, so that the server deduplicates: the same request sent again (a Camel redelivery, a retry
     * after a timeout, a request file read twice) starts at most one task while that task runs, and such a start
     * answers the running task instead of TaskExist. Note the API then deduplicates by SessionId instead of by room
     * or target user. Without it, starts are retried only when the request provably never reached the cloud.
     */
    public void setGenerateSessionId(boolean generateSessionId) {
        this.generateSessionId = generateSessionId;
    }

    @Override
    protected String defaultEndpoint() {
        return DEFAULT_ENDPOINT;
    }

    @Override
    protected String exampleRegion() {
        return "ap-guangzhou";
    }

    /** Options first, then the official SDK's environment variables. */
    @Override
    public ApiCredentials credentials() {
        return ApiCredentials.resolve("trtc", "Tencent Cloud", new Source("secretId", secretId, ENV_SECRET_ID),
                new Source("secretKey", secretKey, ENV_SECRET_KEY),
                new Source("sessionToken", sessionToken, ENV_SESSION_TOKEN));
    }

    public TrtcConfiguration copy() {
        return (TrtcConfiguration) copyOf();
    }
}
