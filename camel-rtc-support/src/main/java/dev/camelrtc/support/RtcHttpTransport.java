package dev.camelrtc.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import dev.camelrtc.support.ops.CallStats;

/**
 * The one asynchronous HTTP client of a component (Apache HttpClient 5, the client camel-http uses): pooled
 * connections, non-blocking I/O on the client's own reactor threads, so no Camel thread waits for the network.
 * HTTPS uses the JVM's default trust store with hostname verification.
 */
public final class RtcHttpTransport implements AutoCloseable {

    private final CloseableHttpAsyncClient client;
    private final TransportSettings settings;

    private RtcHttpTransport(CloseableHttpAsyncClient client, TransportSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public static RtcHttpTransport start(TransportSettings settings, String threadName) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        var connectionManager = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(connectionConfig)
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                .build();
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(connectionManager)
                // the reactor checks timeouts once per select interval (1 s by default): check often enough that a
                // response timeout of a few hundred milliseconds is honoured
                .setIOReactorConfig(IOReactorConfig.custom().setSelectInterval(TimeValue.ofMilliseconds(100)).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                        .build())
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
        return new RtcHttpTransport(client, settings);
    }

    public TransportSettings settings() {
        return settings;
    }

    /**
     * Sends the call. The future completes on an I/O thread with the reply (whatever its status) or exceptionally
     * with the I/O failure (connect refused, timeout, connection reset).
     */
    public CompletableFuture<HttpReply> send(HttpCall call) {
        SimpleHttpRequest request = new SimpleHttpRequest(call.method(), call.uri());
        call.headers().forEach(request::addHeader);
        BasicRequestProducer producer;
        if (call.body().length > 0 || call.contentType() != null) {
            // The Content-Type was signed byte for byte: send exactly that value, not one rebuilt by the client
            request.setHeader(HttpHeaders.CONTENT_TYPE, call.contentType());
            producer = new BasicRequestProducer(request,
                    new BasicAsyncEntityProducer(call.body(), ContentType.parseLenient(call.contentType())));
        } else {
            producer = SimpleRequestProducer.create(request);
        }
        CompletableFuture<HttpReply> future = new CompletableFuture<>();
        client.execute(producer, SimpleResponseConsumer.create(), new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                Map<String, String> headers = new HashMap<>();
                for (Header h : response.getHeaders()) {
                    headers.put(h.getName().toLowerCase(), h.getValue());
                }
                Header ct = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
                future.complete(new HttpReply(response.getCode(), ct == null ? null : ct.getValue(), headers,
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
     * Sends the call and reads its reply: an I/O failure becomes {@code networkError}'s exception (given the
     * unwrapped cause), a reply goes through {@code reader} (which throws the vendor's exception for an error
     * answer), and the outcome is counted in {@code stats}.
     */
    public <T> CompletableFuture<T> exchange(HttpCall call, String action, Function<HttpReply, T> reader,
                                             Function<Throwable, RuntimeException> networkError, CallStats stats) {
        return send(call).handle((reply, failure) -> {
            if (failure != null) {
                throw networkError.apply(Retrier.unwrap(failure));
            }
            return reader.apply(reply);
        }).whenComplete((result, failure) -> {
            if (failure == null) {
                stats.succeeded();
            } else {
                stats.failed(action, Retrier.unwrap(failure));
            }
        });
    }

    /** How a network failure reads in an error message: where, and what the JVM said. */
    public static String describeNetworkFailure(java.net.URI endpoint, Throwable cause) {
        return "no response from " + endpoint + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        try {
            client.awaitShutdown(TimeValue.of(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
