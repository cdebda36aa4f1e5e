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
package dev.camelrtc.alilive;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.ApiCredentials.Source;

/** Options of the alilive component; set once on the component, each endpoint copies them. */
@UriParams
public class AliliveConfiguration extends RtcConfiguration {

    public static final String DEFAULT_ENDPOINT = "https://live.aliyuncs.com";
    public static final String DEFAULT_REGION = "cn-shanghai";
    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    @UriParam(label = "security")
    private String accessKey;
    @UriParam(label = "security", secret = true)
    private String secretKey;
    @UriParam(label = "security", secret = true)
    private String securityToken;
    @UriParam(defaultValue = DEFAULT_REGION)
    private String region = DEFAULT_REGION;
    @UriParam(defaultValue = DEFAULT_ENDPOINT)
    private String endpoint = DEFAULT_ENDPOINT;
    @UriParam
    private String taskId;
    @UriParam(label = "security", enums = "v1,v3", defaultValue = "v1")
    private String signatureVersion = "v1";
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean discoverTasks = true;

    public String getAccessKey() {
        return accessKey;
    }

    /** The AccessKey ID. Defaults to the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID. */
    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /** The AccessKey secret. Defaults to the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET. */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSecurityToken() {
        return securityToken;
    }

    /**
     * The STS token of temporary credentials, sent as SecurityToken. Defaults to the environment variable
     * ALIBABA_CLOUD_SECURITY_TOKEN.
     */
    public void setSecurityToken(String securityToken) {
        this.securityToken = securityToken;
    }

    @Override
    public String getRegion() {
        return region;
    }

    /** The region of the calls, sent as RegionId, e.g. cn-shanghai, cn-beijing, ap-southeast-1. */
    public void setRegion(String region) {
        this.region = region;
    }

    @Override
    public String getEndpoint() {
        return endpoint;
    }

    /**
     * The API endpoint: a host name (HTTPS is used) or a full URL, e.g. https://live.ap-southeast-1.aliyuncs.com or
     * http://127.0.0.1:8080 for the simulator.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getTaskId() {
        return taskId;
    }

    /**
     * The task to query, stop or delete, used where the request body leaves TaskId unset. Consumer: a task to
     * follow.
     */
    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getSignatureVersion() {
        return signatureVersion;
    }

    /**
     * How requests are signed: v1 (HMAC-SHA1 RPC signature, what the official Java SDK core sends; the default) or
     * v3 (ACS3-HMAC-SHA256, Alibaba Cloud's current recommendation).
     */
    public void setSignatureVersion(String signatureVersion) {
        this.signatureVersion = signatureVersion;
    }

    public boolean isDiscoverTasks() {
        return discoverTasks;
    }

    /**
     * Consumer: also follow every task that appears in the account's task list, whoever created it. Set it to false
     * to restrict the consumer to the tasks it was told about (taskId, taskIds, started tasks, CamelAliliveFollow).
     */
    public void setDiscoverTasks(boolean discoverTasks) {
        this.discoverTasks = discoverTasks;
    }

    AliyunRpcSigner.SignatureVersion signatureVersionValue() {
        String value = signatureVersion == null ? "v1" : signatureVersion.trim().toLowerCase();
        try {
            return AliyunRpcSigner.SignatureVersion.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alilive: invalid signatureVersion '" + signatureVersion
                    + "' (expected v1 or v3)", e);
        }
    }

    @Override
    protected String defaultEndpoint() {
        return DEFAULT_ENDPOINT;
    }

    @Override
    protected String exampleRegion() {
        return DEFAULT_REGION;
    }

    /** Options first, then the official SDKs' environment variables. */
    @Override
    public ApiCredentials credentials() {
        return ApiCredentials.resolve("alilive", "Alibaba Cloud", new Source("accessKey", accessKey, ENV_ACCESS_KEY_ID),
                new Source("secretKey", secretKey, ENV_ACCESS_KEY_SECRET),
                new Source("securityToken", securityToken, ENV_SECURITY_TOKEN));
    }

    public AliliveConfiguration copy() {
        return (AliliveConfiguration) copyOf();
    }
}
