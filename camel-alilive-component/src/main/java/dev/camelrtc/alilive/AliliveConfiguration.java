package dev.camelrtc.alilive;

import java.time.Duration;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of the alilive component; set once on the component, each endpoint copies them. */
@UriParams
public class AliliveConfiguration implements Cloneable, dev.camelrtc.support.tasks.TaskConsumerOptions {

    public static final String DEFAULT_ENDPOINT = "https://live.aliyuncs.com";
    public static final String DEFAULT_REGION = "cn-shanghai";

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
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 30_000;
    @UriParam(label = "producer", defaultValue = "3")
    private int retryAttempts = 3;
    @UriParam(label = "producer", defaultValue = "200", javaType = "java.time.Duration")
    private long retryInitialDelay = 200;
    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration")
    private long retryMaxDelay = 5_000;
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxElapsed = 30_000;
    @UriParam(label = "consumer")
    private String taskIds;
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean followStartedTasks = true;
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean discoverTasks = true;
    @UriParam(label = "consumer")
    private boolean emitOnEveryPoll;
    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced")
    private String stateKey;
    @UriParam(label = "consumer,advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long notFoundGrace = 30_000;
    @UriParam(label = "consumer,advanced", defaultValue = "300000", javaType = "java.time.Duration")
    private long reportUnreadableAfter = 300_000;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long responseTimeout = 30_000;

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

    public String getRegion() {
        return region;
    }

    /** The region of the calls, sent as RegionId, e.g. cn-shanghai, cn-beijing, ap-southeast-1. */
    public void setRegion(String region) {
        this.region = region;
    }

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

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Timeout in milliseconds to open a connection to the API (component-wide: the HTTP client is shared). */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Timeout in milliseconds to wait for the API's response once the request is sent (component-wide: the HTTP
     * client is shared).
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    /**
     * How long a call may wait for a slot under the action's client-side rate limit (milliseconds) before it fails
     * with ClientError.RateLimited without being sent. The wait never blocks a Camel thread.
     */
    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public int getRetryAttempts() {
        return retryAttempts;
    }

    /**
     * Attempts in all (1 = no retry) for throttling, 5xx, InternalError, timeouts and connection resets. Query, stop
     * and delete retry all of these; createRtcAsrTask, which has no deduplication key, retries only failures that
     * provably happened before the request reached the cloud (connection refused, throttling).
     */
    public void setRetryAttempts(int retryAttempts) {
        this.retryAttempts = retryAttempts;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** First retry backoff in milliseconds; doubles per attempt, with full jitter. */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** Longest single retry backoff in milliseconds. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    /** No retry starts later than this many milliseconds after the first attempt. */
    public void setRetryMaxElapsed(long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    dev.camelrtc.support.RetryPolicy retryPolicy() {
        return new dev.camelrtc.support.RetryPolicy(retryAttempts, Duration.ofMillis(retryInitialDelay),
                Duration.ofMillis(retryMaxDelay), Duration.ofMillis(retryMaxElapsed));
    }

    public String getTaskIds() {
        return taskIds;
    }

    /** Consumer: comma-separated TaskIds to follow (besides taskId, started and discovered tasks). */
    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    public boolean isFollowStartedTasks() {
        return followStartedTasks;
    }

    /** Consumer: also follow every task that an alilive producer of the same CamelContext creates. */
    public void setFollowStartedTasks(boolean followStartedTasks) {
        this.followStartedTasks = followStartedTasks;
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

    public boolean isEmitOnEveryPoll() {
        return emitOnEveryPoll;
    }

    /** Consumer: one exchange per task and poll, instead of one per status change. */
    public void setEmitOnEveryPoll(boolean emitOnEveryPoll) {
        this.emitOnEveryPoll = emitOnEveryPoll;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Consumer: where the followed tasks and their last delivered statuses are kept, e.g. a FileStateRepository, so
     * that a restart loses no status change and repeats none that was delivered. Without it the state is in memory.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /** Consumer: the key of this consumer's state in the stateRepository; defaults to the route id. */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public long getNotFoundGrace() {
        return notFoundGrace;
    }

    /**
     * Consumer: how long (milliseconds) a followed task that was never seen may be missing from the task list before
     * it is given up with a final NotFound exchange.
     */
    public void setNotFoundGrace(long notFoundGrace) {
        this.notFoundGrace = notFoundGrace;
    }

    public long getReportUnreadableAfter() {
        return reportUnreadableAfter;
    }

    /**
     * Consumer: a task that could not be read for this long (milliseconds) is reported to the consumer's exception
     * handler once per failure streak; it is still followed. (The task list is read with one call, so a failing call
     * fails the whole poll, which Camel's backoff and bridgeErrorHandler see at once.)
     */
    public void setReportUnreadableAfter(long reportUnreadableAfter) {
        this.reportUnreadableAfter = reportUnreadableAfter;
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

    public AliliveConfiguration copy() {
        try {
            return (AliliveConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
