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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.camelrtc.support.RtcConfiguration;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.ApiCredentials.Source;
import dev.camelrtc.support.call.CredentialsFile;

/** Options of the alilive component; set once on the component, each endpoint copies them. */
@UriParams
public class AliliveConfiguration extends RtcConfiguration {

    public static final String DEFAULT_ENDPOINT = "https://live.aliyuncs.com";
    public static final String DEFAULT_REGION = "cn-shanghai";
    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";
    public static final String ENV_CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    public static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";

    @UriParam(label = "security")
    private String accessKey;
    @UriParam(label = "security", secret = true)
    private String secretKey;
    @UriParam(label = "security", secret = true)
    private String securityToken;
    @UriParam(label = "security")
    private String credentialsFile;
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

    public String getCredentialsFile() {
        return credentialsFile;
    }

    /**
     * The credentials file read when neither the options, a credentialsProvider bean nor the environment give
     * credentials: the INI file of the official credentials library's ProfileCredentialsProvider, whose section
     * (default, or the one the environment variable ALIBABA_CLOUD_PROFILE names) holds type = access_key,
     * access_key_id and access_key_secret. Defaults to the environment variable ALIBABA_CLOUD_CREDENTIALS_FILE, else
     * .alibabacloud/credentials.ini in the user's home directory, else .alibabacloud/credentials there. A missing
     * file is skipped.
     */
    public void setCredentialsFile(String credentialsFile) {
        this.credentialsFile = credentialsFile;
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

    /**
     * Options first, then the official SDKs' environment variables, then the credentials file (credentials-java
     * {@code ProfileCredentialsProvider}).
     */
    @Override
    public ApiCredentials credentials() {
        return ApiCredentials.resolve("alilive", "Alibaba Cloud", new Source("accessKey", accessKey, ENV_ACCESS_KEY_ID),
                new Source("secretKey", secretKey, ENV_ACCESS_KEY_SECRET),
                new Source("securityToken", securityToken, ENV_SECURITY_TOKEN), credentialsFileSource());
    }

    private CredentialsFile credentialsFileSource() {
        String fromEnvironment = System.getenv(ENV_CREDENTIALS_FILE);
        List<Path> paths;
        if (credentialsFile != null && !credentialsFile.isBlank()) {
            paths = List.of(Path.of(credentialsFile));
        } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            paths = List.of(Path.of(fromEnvironment));
        } else {
            Path home = Path.of(System.getProperty("user.home"), ".alibabacloud");
            paths = List.of(home.resolve("credentials.ini"), home.resolve("credentials"));
        }
        String profile = System.getenv(ENV_PROFILE);
        return new CredentialsFile(paths, profile == null || profile.isBlank() ? "default" : profile.trim(),
                AliliveConfiguration::fileCredentials);
    }

    /** An access_key section that is not disabled; other types (RAM roles, key pairs) need calls to STS. */
    private static ApiCredentials fileCredentials(Map<String, String> section) {
        String type = section.getOrDefault("type", "access_key");
        String id = section.get("access_key_id");
        String secret = section.get("access_key_secret");
        if ("false".equalsIgnoreCase(section.get("enable")) || !"access_key".equals(type) || id == null
                || id.isEmpty() || secret == null || secret.isEmpty()) {
            return null;
        }
        return new ApiCredentials(id, secret, null);
    }

    @Override
    protected boolean hasKeyOptions() {
        return accessKey != null && !accessKey.isBlank() || secretKey != null && !secretKey.isBlank();
    }

    public AliliveConfiguration copy() {
        return (AliliveConfiguration) copyOf();
    }
}
