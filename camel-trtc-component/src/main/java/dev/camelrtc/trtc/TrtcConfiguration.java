package dev.camelrtc.trtc;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of the trtc component; set once on the component, each endpoint copies them. */
@UriParams
public class TrtcConfiguration implements Cloneable, dev.camelrtc.support.tasks.TaskConsumerOptions {

    public static final String DEFAULT_ENDPOINT = "https://trtc.tencentcloudapi.com";

    @UriParam(label = "security")
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
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 30_000;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean generateSessionId = true;
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
    @UriParam(label = "consumer")
    private boolean emitOnEveryPoll;
    @UriParam(label = "consumer,advanced")
    private org.apache.camel.spi.StateRepository<String, String> stateRepository;
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

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    /**
     * How long a producer call may wait for a slot under the action's rate limit (milliseconds) before it fails
     * without being sent. The wait never blocks a Camel thread.
     */
    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public boolean isGenerateSessionId() {
        return generateSessionId;
    }

    /**
     * Give startAITranscription and startAIConversation a SessionId when the request has none (one per exchange, kept
     * across Camel redeliveries), so that the server deduplicates and a start can be retried after a timeout without
     * creating a second task. Note the API then deduplicates by SessionId instead of by room or target user. Without
     * it, starts are retried only when the request provably never reached the cloud.
     */
    public void setGenerateSessionId(boolean generateSessionId) {
        this.generateSessionId = generateSessionId;
    }

    public int getRetryAttempts() {
        return retryAttempts;
    }

    /**
     * Attempts in all (1 = no retry) for throttling, 5xx, InternalError, timeouts and connection resets. Describe,
     * stop, delete, update and starts with a SessionId retry all of these; other calls retry only failures that
     * provably happened before the request reached the cloud.
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
        return new dev.camelrtc.support.RetryPolicy(retryAttempts, java.time.Duration.ofMillis(retryInitialDelay),
                java.time.Duration.ofMillis(retryMaxDelay), java.time.Duration.ofMillis(retryMaxElapsed));
    }

    public String getTaskIds() {
        return taskIds;
    }

    /** Consumer: comma-separated TaskIds to follow (besides taskId and the tasks producers started). */
    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    public boolean isFollowStartedTasks() {
        return followStartedTasks;
    }

    /**
     * Consumer: also follow every task that a trtc producer of the same CamelContext starts (startAITranscription
     * for describeAITranscription, startAIConversation for describeAIConversation, createCloudTranscription for
     * describeCloudTranscription).
     */
    public void setFollowStartedTasks(boolean followStartedTasks) {
        this.followStartedTasks = followStartedTasks;
    }

    public boolean isEmitOnEveryPoll() {
        return emitOnEveryPoll;
    }

    /** Consumer: one exchange per task and poll, instead of one per status change. */
    public void setEmitOnEveryPoll(boolean emitOnEveryPoll) {
        this.emitOnEveryPoll = emitOnEveryPoll;
    }

    public org.apache.camel.spi.StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Consumer: where the followed tasks and their last delivered statuses are kept, e.g. a FileStateRepository, so
     * that a restart loses no status change and repeats none that was delivered. Without it the state is in memory.
     */
    public void setStateRepository(org.apache.camel.spi.StateRepository<String, String> stateRepository) {
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
     * Consumer: how long (milliseconds) a followed task that was never seen may be unknown to the API before it is
     * given up with a final NotFound exchange.
     */
    public void setNotFoundGrace(long notFoundGrace) {
        this.notFoundGrace = notFoundGrace;
    }

    public long getReportUnreadableAfter() {
        return reportUnreadableAfter;
    }

    /**
     * Consumer: a task that could not be read for this long (milliseconds) is reported to the consumer's exception
     * handler (bridgeErrorHandler routes it to the route), once per failure streak; it is still followed.
     */
    public void setReportUnreadableAfter(long reportUnreadableAfter) {
        this.reportUnreadableAfter = reportUnreadableAfter;
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

    public TrtcConfiguration copy() {
        try {
            return (TrtcConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
