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
package dev.camelrtc.support;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.BaseUrls;
import dev.camelrtc.support.http.HttpProxy;
import dev.camelrtc.support.resilience.RetryPolicy;
import dev.camelrtc.support.tasks.TaskConsumerOptions;

/**
 * The options both components have, with the same names and meanings: transport timeouts, retries, the producer's
 * rate-limit wait, and the task consumer's options. Each component's configuration extends it with its credentials,
 * endpoint and request fields. Descriptions are in the annotations because the catalog generator of a component
 * reads only annotations, not Javadoc, from classes of other jars.
 */
public abstract class RtcConfiguration implements Cloneable, TaskConsumerOptions {

    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long a producer call may wait for a slot under the action's rate limit (milliseconds)"
                            + " before it fails without being sent. The wait never blocks a Camel thread.")
    private long rateLimitMaxWait = 30_000;
    @UriParam(label = "producer", defaultValue = "3",
              description = "Attempts in all (1 = no retry) for throttling, 5xx, internal errors, timeouts and"
                            + " connection resets. Reads, stops, deletes and calls the cloud deduplicates retry all of"
                            + " these; other calls retry only failures that provably happened before the request"
                            + " reached the cloud.")
    private int retryAttempts = 3;
    @UriParam(label = "producer", defaultValue = "200", javaType = "java.time.Duration",
              description = "First retry backoff in milliseconds; doubles per attempt, with full jitter.")
    private long retryInitialDelay = 200;
    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration",
              description = "Longest single retry backoff in milliseconds.")
    private long retryMaxDelay = 5_000;
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "No retry starts later than this many milliseconds after the first attempt.")
    private long retryMaxElapsed = 30_000;
    @UriParam(label = "producer,advanced",
              description = "Whether the producer calls the API on the calling thread with a blocking HTTP client"
                            + " and continues the exchange there, instead of continuing it on the component's reply"
                            + " pool once the asynchronous client answered: saves two thread hand-offs per call for"
                            + " callers that wait for the reply anyway (a ProducerTemplate's requestBody, a route"
                            + " without concurrency). The calling thread then waits for the rate-limit slot, the"
                            + " reply and retry backoffs; rate limits, retries, timeouts and the proxy are the same.")
    private boolean synchronous;
    @UriParam(label = "consumer",
              description = "Consumer: comma-separated task ids to follow (besides taskId and the tasks producers"
                            + " started).")
    private String taskIds;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "Consumer: also follow every task that a producer of the same component and CamelContext"
                            + " starts (for the Describe or Query operation of the same task family), and, with a"
                            + " JdbcStateRepository as stateRepository, every task the producers of any instance"
                            + " sharing it start.")
    private boolean followStartedTasks = true;
    @UriParam(label = "consumer",
              description = "Consumer: one exchange per task and poll, instead of one per status change.")
    private boolean emitOnEveryPoll;
    @UriParam(label = "advanced",
              description = "Consumer: where the followed tasks and their last delivered statuses are kept, e.g. a"
                            + " FileStateRepository, so that a restart loses no status change and repeats none that"
                            + " was delivered. Without it the state is in memory. Producer: a JdbcStateRepository"
                            + " shared by several instances (set it on the component) also receives the tasks the"
                            + " producers start, for the polling consumer of whichever instance leads.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced",
              description = "Consumer: the key of this consumer's state in the stateRepository; defaults to the route"
                            + " id.")
    private String stateKey;
    @UriParam(label = "consumer,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Consumer: how long (milliseconds) a followed task that was never seen may be unknown to"
                            + " the API before it is given up with a final NotFound exchange.")
    private long notFoundGrace = 30_000;
    @UriParam(label = "consumer,advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Consumer: a task that could not be read for this long (milliseconds) is reported to the"
                            + " consumer's exception handler (bridgeErrorHandler routes it to the route), once per"
                            + " failure streak; it is still followed.")
    private long reportUnreadableAfter = 300_000;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Timeout in milliseconds to open a connection to the API (each endpoint's own, although"
                            + " the component shares one HTTP client).")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Timeout in milliseconds to wait for the API's response once the request is sent"
                            + " (each endpoint's own, although the component shares one HTTP client).")
    private long responseTimeout = 30_000;
    @UriParam(label = "proxy",
              description = "Host of an HTTP proxy to call the API through (a CONNECT tunnel for https endpoints)."
                            + " Without it the JVM's proxy settings apply: the system properties https.proxyHost,"
                            + " https.proxyPort, http.proxyHost, http.proxyPort, http.nonProxyHosts (or"
                            + " java.net.useSystemProxies), with the proxy credentials of the https.proxyUser and"
                            + " https.proxyPassword properties (http.proxyUser and http.proxyPassword for http"
                            + " endpoints).")
    private String proxyHost;
    @UriParam(label = "proxy", description = "Port of the HTTP proxy; required with proxyHost.")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true,
              description = "User name the HTTP proxy authenticates (Basic, or the scheme the proxy asks for).")
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true, description = "Password of proxyUsername for the HTTP proxy.")
    private String proxyPassword;
    @Metadata(autowired = true)
    @UriParam(label = "security",
              description = "A bean that supplies the credentials (an RtcCredentialsProvider: rotating STS"
                            + " credentials, a vault), asked before each request is signed. Used when neither the key"
                            + " id nor the secret option is set; autowired when the registry holds exactly one bean of"
                            + " the type, else referenced as #beanName. The options come first, then this bean, then"
                            + " the environment variables, then the vendor's credentials file.")
    private RtcCredentialsProvider credentialsProvider;

    private static final Pattern REGION_ID = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");

    public abstract String getRegion();

    public abstract String getEndpoint();

    /** The endpoint option's default: the cloud's public API URL. */
    protected abstract String defaultEndpoint();

    /** A region id of the cloud, for messages. */
    protected abstract String exampleRegion();

    /**
     * The credentials of the options (each else its environment variable), else of the vendor's credentials file;
     * fails naming what is missing, never a value.
     */
    public abstract ApiCredentials credentials();

    /** Whether the key id or the secret option (not the environment) is set: then they win over a provider bean. */
    protected abstract boolean hasKeyOptions();

    /**
     * Where each request's credentials come from: the options; else the credentialsProvider bean, asked per request;
     * else the environment variables; else the credentials file. Fails naming what is missing when nothing gives
     * credentials; a bean is not asked here.
     */
    public RtcCredentialsProvider credentialSource() {
        RtcCredentialsProvider provider = credentialsProvider;
        if (usesProvider()) {
            return () -> {
                ApiCredentials credentials = provider.credentials();
                if (credentials == null) {
                    throw new IllegalStateException("the credentialsProvider " + provider.getClass().getName()
                            + " returned no credentials");
                }
                return credentials;
            };
        }
        ApiCredentials resolved = credentials();
        return () -> resolved;
    }

    /**
     * The key whose rate limits the calls share: the key id of fixed credentials, the bean of a provider (whose
     * temporary key ids may change while the account's limits stay).
     *
     * @param source this configuration's {@link #credentialSource()}, whose fixed credentials are not resolved again
     */
    public String rateLimitKey(RtcCredentialsProvider source) {
        return usesProvider() ? "credentialsProvider@" + System.identityHashCode(credentialsProvider)
                : source.credentials().id();
    }

    /** Whether the credentialsProvider bean gives the credentials: it is set, and the key options are not. */
    private boolean usesProvider() {
        return credentialsProvider != null && !hasKeyOptions();
    }

    /** The proxy of the options, or null to follow the JVM's proxy settings; fails on incomplete options. */
    public HttpProxy proxy(String where) {
        if (proxyHost == null || proxyHost.isBlank()) {
            String orphan = proxyPort != null ? "proxyPort" : proxyUsername != null ? "proxyUsername"
                    : proxyPassword != null ? "proxyPassword" : null;
            if (orphan != null) {
                throw new IllegalArgumentException(where + ": the " + orphan + " option needs proxyHost");
            }
            return null;
        }
        if (proxyPort == null) {
            throw new IllegalArgumentException(where + ": the proxyPort option is required with proxyHost");
        }
        if (proxyPort < 1 || proxyPort > 65_535) {
            throw new IllegalArgumentException(where + ": invalid proxyPort option " + proxyPort
                    + ": expected 1 to 65535");
        }
        if (proxyPassword != null && (proxyUsername == null || proxyUsername.isBlank())) {
            throw new IllegalArgumentException(where + ": the proxyPassword option needs proxyUsername");
        }
        return new HttpProxy(proxyHost.trim(), proxyPort, proxyUsername, proxyPassword);
    }

    /** The API URL the endpoint option names; fails, prefixed by the scheme, on anything not an http(s) URL. */
    public URI apiUrl(String scheme) {
        return BaseUrls.parse(getEndpoint(), defaultEndpoint(), scheme);
    }

    /** Fails unless the region option looks like a region id of the clouds (ap-guangzhou, cn-shanghai, ...). */
    public void checkRegion(String where) {
        String region = getRegion();
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(where + ": the region option is required (e.g. region="
                    + exampleRegion() + ")");
        }
        if (!REGION_ID.matcher(region).matches()) {
            throw new IllegalArgumentException(where + ": invalid region option '" + region
                    + "': expected a region id such as " + exampleRegion());
        }
    }

    /** The retry options as a policy; fails on impossible values. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retryAttempts, Duration.ofMillis(retryInitialDelay), Duration.ofMillis(retryMaxDelay),
                Duration.ofMillis(retryMaxElapsed));
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public int getRetryAttempts() {
        return retryAttempts;
    }

    public void setRetryAttempts(int retryAttempts) {
        this.retryAttempts = retryAttempts;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    @Override
    public String getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }

    @Override
    public boolean isFollowStartedTasks() {
        return followStartedTasks;
    }

    public void setFollowStartedTasks(boolean followStartedTasks) {
        this.followStartedTasks = followStartedTasks;
    }

    @Override
    public boolean isEmitOnEveryPoll() {
        return emitOnEveryPoll;
    }

    public void setEmitOnEveryPoll(boolean emitOnEveryPoll) {
        this.emitOnEveryPoll = emitOnEveryPoll;
    }

    @Override
    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    @Override
    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    @Override
    public long getNotFoundGrace() {
        return notFoundGrace;
    }

    public void setNotFoundGrace(long notFoundGrace) {
        this.notFoundGrace = notFoundGrace;
    }

    @Override
    public long getReportUnreadableAfter() {
        return reportUnreadableAfter;
    }

    public void setReportUnreadableAfter(long reportUnreadableAfter) {
        this.reportUnreadableAfter = reportUnreadableAfter;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public RtcCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(RtcCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    /** A copy for one endpoint. */
    protected RtcConfiguration copyOf() {
        try {
            return (RtcConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
