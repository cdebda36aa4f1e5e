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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.ApiCredentials.Source;
import dev.camelrtc.support.call.CredentialsFile;

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
    @UriParam(label = "security")
    private String credentialsFile;
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

    public String getCredentialsFile() {
        return credentialsFile;
    }

    /**
     * The credentials file read when neither the options, a credentialsProvider bean nor the environment give
     * credentials: the INI file of the official SDK's ProfileCredentialsProvider, whose section named default holds
     * secret_id and secret_key. Defaults to the SDK's locations: .tencentcloud/credentials in the user's home
     * directory, else /etc/tencentcloud/credentials. A missing file is skipped.
     */
    public void setCredentialsFile(String credentialsFile) {
        this.credentialsFile = credentialsFile;
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

    /**
     * Options first, then the official SDK's environment variables, then its credentials file
     * (tencentcloud-sdk-java {@code ProfileCredentialsProvider}).
     */
    @Override
    public ApiCredentials credentials() {
        return ApiCredentials.resolve("trtc", "Tencent Cloud", new Source("secretId", secretId, ENV_SECRET_ID),
                new Source("secretKey", secretKey, ENV_SECRET_KEY),
                new Source("sessionToken", sessionToken, ENV_SESSION_TOKEN), credentialsFileSource());
    }

    private CredentialsFile credentialsFileSource() {
        List<Path> paths = credentialsFile != null && !credentialsFile.isBlank() ? List.of(Path.of(credentialsFile))
                : List.of(Path.of(System.getProperty("user.home"), ".tencentcloud", "credentials"),
                        Path.of("/etc/tencentcloud/credentials"));
        return new CredentialsFile(paths, "default", TrtcConfiguration::fileCredentials);
    }

    private static ApiCredentials fileCredentials(Map<String, String> section) {
        String id = section.get("secret_id");
        String key = section.get("secret_key");
        return id == null || id.isEmpty() || key == null || key.isEmpty() ? null : new ApiCredentials(id, key, null);
    }

    @Override
    protected boolean hasKeyOptions() {
        return secretId != null && !secretId.isBlank() || secretKey != null && !secretKey.isBlank();
    }

    public TrtcConfiguration copy() {
        return (TrtcConfiguration) copyOf();
    }
}
