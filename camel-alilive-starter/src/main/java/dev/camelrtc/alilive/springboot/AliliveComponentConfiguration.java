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
package dev.camelrtc.alilive.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the alilive: component (dev.camelrtc.alilive.AliliveComponent), bound from camel.component.alilive.*
 * and applied to the component by the auto-configuration. The fields and their Javadoc mirror the component's catalog
 * (src/generated in the component module); the starter's metadata test fails when they drift apart. An option left
 * unset (null) is not applied, so the component keeps its own value, e.g. credentials from the environment.
 */
@ConfigurationProperties(prefix = "camel.component.alilive")
public class AliliveComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** Whether to enable auto configuration of the alilive component. This is enabled by default. */
    private Boolean enabled;
    /**
     * The component configuration, copied by every endpoint. The option is a dev.camelrtc.alilive.AliliveConfiguration
     * bean: a reference such as #bean:name.
     */
    private String configuration;
    /**
     * The API endpoint: a host name (HTTPS is used) or a full URL, e.g. https://live.ap-southeast-1.aliyuncs.com or
     * http://127.0.0.1:8080 for the simulator.
     */
    private String endpoint = "https://live.aliyuncs.com";
    /** The region of the calls, sent as RegionId, e.g. cn-shanghai, cn-beijing, ap-southeast-1. */
    private String region = "cn-shanghai";
    /**
     * The task to query, stop or delete, used where the request body leaves TaskId unset. Consumer: a task to follow.
     */
    private String taskId;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Consumer: also follow every task that appears in the account's task list, whoever created it. Set it to false to
     * restrict the consumer to the tasks it was told about (taskId, taskIds, started tasks, CamelAliliveFollow).
     */
    private Boolean discoverTasks = true;
    /** Consumer: one exchange per task and poll, instead of one per status change. */
    private Boolean emitOnEveryPoll = false;
    /**
     * Consumer: also follow every task that a producer of the same component and CamelContext starts (for the Describe
     * or Query operation of the same task family).
     */
    private Boolean followStartedTasks = true;
    /** Consumer: comma-separated task ids to follow (besides taskId and the tasks producers started). */
    private String taskIds;
    /**
     * Consumer: how long (milliseconds) a followed task that was never seen may be unknown to the API before it is
     * given up with a final NotFound exchange.
     */
    private Long notFoundGrace = 30000L;
    /**
     * Consumer: a task that could not be read for this long (milliseconds) is reported to the consumer's exception
     * handler (bridgeErrorHandler routes it to the route), once per failure streak; it is still followed.
     */
    private Long reportUnreadableAfter = 300000L;
    /** Consumer: the key of this consumer's state in the stateRepository; defaults to the route id. */
    private String stateKey;
    /**
     * Consumer: where the followed tasks and their last delivered statuses are kept, e.g. a FileStateRepository, so
     * that a restart loses no status change and repeats none that was delivered. Without it the state is in memory. The
     * option is a org.apache.camel.spi.StateRepository bean: a reference such as #bean:name.
     */
    private String stateRepository;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * How long a producer call may wait for a slot under the action's rate limit (milliseconds) before it fails without
     * being sent. The wait never blocks a Camel thread.
     */
    private Long rateLimitMaxWait = 30000L;
    /**
     * Attempts in all (1 = no retry) for throttling, 5xx, internal errors, timeouts and connection resets. Reads,
     * stops, deletes and calls the cloud deduplicates retry all of these; other calls retry only failures that provably
     * happened before the request reached the cloud.
     */
    private Integer retryAttempts = 3;
    /** First retry backoff in milliseconds; doubles per attempt, with full jitter. */
    private Long retryInitialDelay = 200L;
    /** Longest single retry backoff in milliseconds. */
    private Long retryMaxDelay = 5000L;
    /** No retry starts later than this many milliseconds after the first attempt. */
    private Long retryMaxElapsed = 30000L;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * Timeout in milliseconds to open a connection to the API (each endpoint's own, although the component shares one
     * HTTP client).
     */
    private Long connectTimeout = 10000L;
    /** Maximum number of pooled HTTP connections of the component's shared client. */
    private Integer maxConnections = 50;
    /**
     * Keep every call under the action's documented QPS per credential, shared by the component's producers and
     * consumers, so that the component never draws the cloud's throttling error by itself.
     */
    private Boolean rateLimitEnabled = true;
    /**
     * How many replicas (instances) call the cloud with the same credentials: each keeps every action at its QPS
     * (documented or from rateLimits) divided by this number, rounded down, so that together they stay under the
     * cloud's limit (see several-instances.adoc).
     */
    private Integer rateLimitReplicas = 1;
    /**
     * Per-action overrides of the documented QPS, e.g. DescribeAITranscription=10 or QueryRtcAsrTasks=10
     * (comma-separated Action=permitsPerSecond).
     */
    private String rateLimits;
    /**
     * Timeout in milliseconds to wait for the API's response once the request is sent (each endpoint's own, although
     * the component shares one HTTP client).
     */
    private Long responseTimeout = 30000L;
    /** Used for enabling or disabling all consumer based health checks from this component */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /** The AccessKey ID. Defaults to the environment variable ALIBABA_CLOUD_ACCESS_KEY_ID. */
    private String accessKey;
    /** The AccessKey secret. Defaults to the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET. */
    private String secretKey;
    /**
     * The STS token of temporary credentials, sent as SecurityToken. Defaults to the environment variable
     * ALIBABA_CLOUD_SECURITY_TOKEN.
     */
    private String securityToken;
    /**
     * How requests are signed: v1 (HMAC-SHA1 RPC signature, what the official Java SDK core sends; the default) or v3
     * (ACS3-HMAC-SHA256, Alibaba Cloud's current recommendation).
     */
    private String signatureVersion = "v1";

    public String getConfiguration() {
        return configuration;
    }

    public void setConfiguration(String configuration) {
        this.configuration = configuration;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getDiscoverTasks() {
        return discoverTasks;
    }

    public void setDiscoverTasks(Boolean discoverTasks) {
        this.discoverTasks = discoverTasks;
    }

    public Boolean getEmitOnEveryPoll() {
        return emitOnEveryPoll;
    }

    public void setEmitOnEveryPoll(Boolean emitOnEveryPoll) {
        this.emitOnEveryPoll = emitOnEveryPoll;
    }

    public Boolean getFollowStartedTasks() {
        return followStartedTasks;
    }

    public void setFollowStartedTasks(Boolean followStartedTasks) {
        this.followStartedTasks = followStartedTasks;
    }

    public String getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    public Long getNotFoundGrace() {
        return notFoundGrace;
    }

    public void setNotFoundGrace(Long notFoundGrace) {
        this.notFoundGrace = notFoundGrace;
    }

    public Long getReportUnreadableAfter() {
        return reportUnreadableAfter;
    }

    public void setReportUnreadableAfter(Long reportUnreadableAfter) {
        this.reportUnreadableAfter = reportUnreadableAfter;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(String stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(Long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public Integer getRetryAttempts() {
        return retryAttempts;
    }

    public void setRetryAttempts(Integer retryAttempts) {
        this.retryAttempts = retryAttempts;
    }

    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(Long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Boolean getRateLimitEnabled() {
        return rateLimitEnabled;
    }

    public void setRateLimitEnabled(Boolean rateLimitEnabled) {
        this.rateLimitEnabled = rateLimitEnabled;
    }

    public String getRateLimits() {
        return rateLimits;
    }

    public void setRateLimits(String rateLimits) {
        this.rateLimits = rateLimits;
    }

    public Integer getRateLimitReplicas() {
        return rateLimitReplicas;
    }

    public void setRateLimitReplicas(Integer rateLimitReplicas) {
        this.rateLimitReplicas = rateLimitReplicas;
    }

    public Long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSecurityToken() {
        return securityToken;
    }

    public void setSecurityToken(String securityToken) {
        this.securityToken = securityToken;
    }

    public String getSignatureVersion() {
        return signatureVersion;
    }

    public void setSignatureVersion(String signatureVersion) {
        this.signatureVersion = signatureVersion;
    }
}
