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
package dev.camelrtc.support.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.SystemDefaultCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP clients of a component (Apache HttpClient 5, the client camel-http uses): one asynchronous client, with
 * pooled connections and non-blocking I/O on the client's own reactor threads, so that no Camel thread waits for the
 * network; and, created at the first call of a {@code synchronous} endpoint, one classic (blocking) client with the
 * same pool size, timeouts and proxy handling, for callers that wait for the reply on their own thread anyway.
 * HTTPS uses the JVM's default trust store with hostname verification. A request goes through the proxy of its
 * endpoint's options, else through the proxy the JVM's settings select ({@link java.net.ProxySelector#getDefault()}:
 * the {@code http(s).proxyHost} system properties, {@code http.nonProxyHosts}), which authenticates with the
 * {@code http(s).proxyUser} / {@code http(s).proxyPassword} system properties or the JVM's
 * {@link java.net.Authenticator}.
 */
public final class RtcHttpTransport implements AutoCloseable {

    private static final Timeout DEFAULT_CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final Timeout DEFAULT_RESPONSE_TIMEOUT = Timeout.ofSeconds(30);

    /** The signers' constant content types, parsed (at most 16 kept). */
    private static final Map<String, ContentType> CONTENT_TYPES = new ConcurrentHashMap<>();

    private final CloseableHttpAsyncClient client;
    private final int maxConnections;
    private volatile CloseableHttpClient blockingClient;
    private boolean closed;

    private RtcHttpTransport(CloseableHttpAsyncClient client, int maxConnections) {
        this.client = client;
        this.maxConnections = maxConnections;
    }

    /** Starts a client with a pool of {@code maxConnections} (total and per route); timeouts are per request. */
    public static RtcHttpTransport start(int maxConnections, String threadName) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        var connectionManager = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(DEFAULT_CONNECT_TIMEOUT)
                        .setSocketTimeout(DEFAULT_RESPONSE_TIMEOUT).build())
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                .build();
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(connectionManager)
                // the reactor checks timeouts once per select interval (1 s by default): check often enough that a
                // response timeout of a few hundred milliseconds is honoured
                .setIOReactorConfig(IOReactorConfig.custom().setSelectInterval(TimeValue.ofMilliseconds(100)).build())
                .setDefaultRequestConfig(requestConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, null))
                // the JVM's ProxySelector of the moment, asked per request
                .setRoutePlanner(new JvmProxyRoutePlanner())
                .setDefaultCredentialsProvider(new SystemDefaultCredentialsProvider())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setThreadFactory(r -> {
                    Thread t = new Thread(r, threadName);
                    t.setDaemon(true);
                    return t;
                })
                .build();
        client.start();
        return new RtcHttpTransport(client, maxConnections);
    }

    /**
     * An endpoint's timeouts and proxy, as each of its requests carries them (the component's clients are shared by
     * its endpoints); built once per endpoint.
     */
    public static final class RequestOptions {
        private final RequestConfig config;
        private final HttpProxy proxy;

        /** @param proxy the endpoint's proxy, or null for the JVM's proxy settings */
        public RequestOptions(Duration connectTimeout, Duration responseTimeout, HttpProxy proxy) {
            this.config = requestConfig(Timeout.of(connectTimeout), Timeout.of(responseTimeout), proxy);
            this.proxy = proxy;
        }

        public HttpProxy proxy() {
            return proxy;
        }
    }

    // the request's connect timeout overrides the pool's, and its proxy the route planner's: what we want here
    @SuppressWarnings("deprecation")
    private static RequestConfig requestConfig(Timeout connectTimeout, Timeout responseTimeout, HttpProxy proxy) {
        return RequestConfig.custom()
                .setConnectTimeout(connectTimeout)
                // waiting for a pooled connection counts as connecting
                .setConnectionRequestTimeout(connectTimeout)
                .setResponseTimeout(responseTimeout)
                .setProxy(proxy == null ? null : proxy.host())
                .build();
    }

    /** The default timeouts, no proxy of its own (the JVM's settings apply). */
    private static final RequestOptions DEFAULT_OPTIONS = new RequestOptions(DEFAULT_CONNECT_TIMEOUT.toDuration(),
            DEFAULT_RESPONSE_TIMEOUT.toDuration(), null);

    /** Sends the call with the default timeouts. */
    public CompletableFuture<HttpReply> send(HttpCall call) {
        return send(call, DEFAULT_OPTIONS);
    }

    /**
     * Sends the call with the endpoint's options. The future completes on an I/O thread with the reply (whatever its
     * status) or exceptionally with the I/O failure (connect refused, timeout, connection reset).
     */
    public CompletableFuture<HttpReply> send(HttpCall call, RequestOptions options) {
        SimpleHttpRequest request = new SimpleHttpRequest(call.method(), call.uri());
        request.setConfig(options.config);
        HttpClientContext context = context(options.proxy);
        call.headers().forEach(request::addHeader);
        BasicRequestProducer producer;
        if (call.body().length > 0 || call.contentType() != null) {
            // The Content-Type was signed byte for byte: send exactly that value, not one rebuilt by the client
            request.setHeader(HttpHeaders.CONTENT_TYPE, call.contentType());
            producer = new BasicRequestProducer(request,
                    new BasicAsyncEntityProducer(call.body(), contentType(call.contentType())));
        } else {
            producer = SimpleRequestProducer.create(request);
        }
        CompletableFuture<HttpReply> future = new CompletableFuture<>();
        client.execute(producer, SimpleResponseConsumer.create(), context, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                Header ct = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
                future.complete(new HttpReply(response.getCode(), ct == null ? null : ct.getValue(),
                        response.getBodyBytes()));
            }

            @Override
            public void failed(Exception ex) {
                future.completeExceptionally(ex);
            }

            @Override
            public void cancelled() {
                future.cancel(false);
            }
        });
        return future;
    }

    /**
     * Sends the call on the calling thread with the blocking client, as {@link #send(HttpCall, RequestOptions)} does
     * with the asynchronous one: the future it returns is already complete, with the reply (whatever its status) or
     * exceptionally with the I/O failure.
     */
    public CompletableFuture<HttpReply> sendBlocking(HttpCall call, RequestOptions options) {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
        request.setConfig(options.config);
        HttpClientContext context = context(options.proxy);
        call.headers().forEach(request::addHeader);
        if (call.body().length > 0 || call.contentType() != null) {
            // The Content-Type was signed byte for byte: send exactly that value, not one rebuilt by the client
            request.setHeader(HttpHeaders.CONTENT_TYPE, call.contentType());
            request.setEntity(new ByteArrayEntity(call.body(), contentType(call.contentType())));
        }
        try {
            return CompletableFuture.completedFuture(blockingClient().execute(request, context,
                    RtcHttpTransport::reply));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static HttpReply reply(ClassicHttpResponse response) throws IOException {
        Header ct = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        byte[] body = response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity());
        return new HttpReply(response.getCode(), ct == null ? null : ct.getValue(), body);
    }

    /** The blocking client, created at its first use: components whose endpoints are all asynchronous never pay it. */
    private CloseableHttpClient blockingClient() {
        CloseableHttpClient started = blockingClient;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The component's HTTP client is closed: the component is stopping");
            }
            if (blockingClient == null) {
                blockingClient = HttpClients.custom()
                        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                .setMaxConnTotal(maxConnections)
                                .setMaxConnPerRoute(maxConnections)
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(DEFAULT_CONNECT_TIMEOUT)
                                        .setSocketTimeout(DEFAULT_RESPONSE_TIMEOUT).build())
                                .build())
                        .setDefaultRequestConfig(requestConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, null))
                        .setRoutePlanner(new JvmProxyRoutePlanner())
                        .setDefaultCredentialsProvider(new SystemDefaultCredentialsProvider())
                        .disableAutomaticRetries()
                        .disableRedirectHandling()
                        .disableCookieManagement()
                        // the asynchronous client asks for no compressed replies: send the same request on both paths
                        .disableContentCompression()
                        .build();
            }
            return blockingClient;
        }
    }

    /** A request's context: the credentials of an authenticating proxy of the endpoint's options. */
    private static HttpClientContext context(HttpProxy proxy) {
        HttpClientContext context = HttpClientContext.create();
        if (proxy != null && proxy.authenticates()) {
            context.setCredentialsProvider(proxy.credentials());
            context.setAuthCache(proxy.authCache());
        }
        return context;
    }

    /** The parsed Content-Type: the signers send a few constant values, parsed once each. */
    private static ContentType contentType(String value) {
        if (value == null) {
            return null;
        }
        ContentType parsed = CONTENT_TYPES.get(value);
        if (parsed == null) {
            parsed = ContentType.parseLenient(value);
            if (CONTENT_TYPES.size() < 16) {
                CONTENT_TYPES.put(value, parsed);
            }
        }
        return parsed;
    }

    /** A failure of {@link #send} as a {@link NetworkFailure}: where the call went, and whether it left. */
    public static NetworkFailure networkFailure(URI endpoint, Throwable cause) {
        boolean notSent = cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof ConnectTimeoutException
                // no pooled connection within the connection request timeout: the request was never sent
                || cause instanceof DeadlineTimeoutException || cause instanceof ConnectionRequestTimeoutException;
        return new NetworkFailure(endpoint, cause, !notSent);
    }

    @Override
    public void close() {
        CloseableHttpClient blocking;
        synchronized (this) {
            closed = true;
            blocking = blockingClient;
        }
        if (blocking != null) {
            blocking.close(CloseMode.GRACEFUL);
        }
        client.close(CloseMode.GRACEFUL);
        try {
            client.awaitShutdown(TimeValue.of(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
