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
package dev.camelrtc.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

import dev.camelrtc.simulator.aliyun.AliyunEnvelope;
import dev.camelrtc.simulator.http.RequestIds;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;
import dev.camelrtc.simulator.http.UrlCodec;
import dev.camelrtc.simulator.http.VendorApi;
import dev.camelrtc.simulator.trtc.TrtcEnvelope;

/**
 * The HTTP server on 127.0.0.1 (embedded Jetty 12 core, no servlet API) that routes every request: {@code /_sim/...}
 * → admin, an {@code X-TC-Action} header → TRTC, an {@code Action} query/form parameter (or {@code x-acs-action}
 * header) → Alibaba. Injected faults are applied here, around the vendor's handling, so every action of both vendors
 * gets the same fault mechanism. Absolute-form request targets ({@code POST http://trtc.tencentcloudapi.com/}, as sent
 * to an HTTP proxy) are served like "/".
 * <p>
 * Limits (README "HTTP server"): request lines and headers are parsed without blocking a thread, so slow clients hold
 * a connection, not a thread; at most {@link #MAX_CONNECTIONS} connections, each closed after {@link #IDLE_TIMEOUT_MS}
 * without a byte (less when the limit is reached); request bodies are read without blocking a thread and refused with
 * the cloud's error once they exceed the cloud's limit, from {@code Content-Length} before a byte is read or while
 * streaming; accepted sockets have TCP_NODELAY set (no 40 ms delayed-ACK stall per call on loopback).
 * <p>
 * Nothing on a request's path blocks (the handler is {@link Handler.Abstract.NonBlocking}, a latency fault is a task
 * on Jetty's scheduler, not a sleep), so Jetty runs a call on the selector thread that read it instead of handing it
 * to another one; there is one selector per core, up to {@link #MAX_SELECTORS} (README "Performance").
 */
final class SimulatorHttpServer {

    /** TRTC (TC3, POST): the cloud refuses request packets over 10 MB with {@code RequestSizeLimitExceeded}. */
    static final int TRTC_MAX_BODY = 10 * 1024 * 1024;
    /** Alibaba RPC form bodies: no documented limit found; chosen as TRTC's (README "HTTP server"). */
    static final int ALIYUN_MAX_BODY = 10 * 1024 * 1024;
    /** Admin paths take small JSON objects. */
    static final int ADMIN_MAX_BODY = 64 * 1024;
    /** Request line plus headers (a TC3 GET may carry ≤ 32 KB of query). */
    static final int MAX_REQUEST_HEADER_BYTES = 48 * 1024;
    static final int MAX_CONNECTIONS = 1024;
    static final long IDLE_TIMEOUT_MS = 30_000;
    /** Idle timeout applied to every connection while {@link #MAX_CONNECTIONS} are open. */
    static final long IDLE_TIMEOUT_AT_LIMIT_MS = 2_000;
    static final int MAX_THREADS = 64;
    /**
     * Caps the selectors: acceptors, selectors and reserved threads must stay within {@link #MAX_THREADS} or Jetty
     * refuses to start ("Insufficient configured threads"), which one selector per core did from 56 cores on.
     */
    static final int MAX_SELECTORS = 8;
    static final int SELECTORS = Math.min(MAX_SELECTORS, Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final int requestedPort;
    private final FaultInjector faults;
    private final VendorApi tencent;
    private final VendorApi aliyun;
    private final AdminApi admin;
    private Server server;
    private ServerConnector connector;
    private volatile Scheduler scheduler;
    private volatile Executor threads;

    SimulatorHttpServer(int port, FaultInjector faults, VendorApi tencent, VendorApi aliyun, AdminApi admin) {
        this.requestedPort = port;
        this.faults = faults;
        this.tencent = tencent;
        this.aliyun = aliyun;
        this.admin = admin;
    }

    synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
        threads.setName("rtc-simulator-http");
        threads.setDaemon(true);
        Server s = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        config.setIdleTimeout(IDLE_TIMEOUT_MS);
        // a non-blocking handler runs each call on its connection's selector thread: one selector per core (capped),
        // so that the calls of several connections run in parallel without a hand-off each
        ServerConnector c = new ServerConnector(s, 1, SELECTORS, new HttpConnectionFactory(config));
        c.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        c.setPort(requestedPort);
        c.setIdleTimeout(IDLE_TIMEOUT_MS);
        c.setAcceptQueueSize(128);
        c.setAcceptedTcpNoDelay(true);
        s.addConnector(c);
        NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, c);
        limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT_MS);
        s.addBean(limit);
        s.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                SimulatorHttpServer.this.handle(request, response, callback);
                return true;
            }
        });
        s.setStopTimeout(0);
        scheduler = s.getScheduler();
        this.threads = threads;
        try {
            s.start();
        } catch (IOException e) {
            stopQuietly(s);
            throw e;
        } catch (Exception e) {
            stopQuietly(s);
            throw new IOException("cannot start the simulator's HTTP server: " + e, e);
        }
        server = s;
        connector = c;
    }

    synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("simulator not started");
        }
        return connector.getLocalPort();
    }

    /** The open connections' endpoints (tests read their sockets' options). */
    synchronized Collection<EndPoint> connectedEndPoints() {
        if (server == null) {
            throw new IllegalStateException("simulator not started");
        }
        return connector.getConnectedEndPoints();
    }

    synchronized void stop() {
        if (server != null) {
            stopQuietly(server);
            server = null;
            connector = null;
        }
    }

    private static void stopQuietly(Server s) {
        try {
            s.stop();
        } catch (Exception e) {
            // stopping a simulator must not fail a test's tear-down
        }
    }

    /** Which side a request is for, decided from its request line and headers (before the body is read). */
    private enum Target {
        ADMIN(ADMIN_MAX_BODY), TENCENT(TRTC_MAX_BODY), ALIYUN(ALIYUN_MAX_BODY);

        final int maxBody;

        Target(int maxBody) {
            this.maxBody = maxBody;
        }
    }

    private void handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        Target target = path != null && path.startsWith(AdminApi.PREFIX) ? Target.ADMIN
                : request.getHeaders().get("X-TC-Action") != null ? Target.TENCENT : Target.ALIYUN;
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > target.maxBody) {
            write(response, callback, tooLarge(target), true);
            return;
        }
        new BodyReader(request, target.maxBody, body -> {
            if (body == null) {
                write(response, callback, tooLarge(target), true);
                return;
            }
            Consumer<SimResponse> reply = answer -> {
                try {
                    respond(request, response, callback, answer);
                } catch (Throwable e) { // an Error too: else the call would never end
                    callback.failed(e);
                }
            };
            SimRequest simRequest;
            try {
                simRequest = toSimRequest(request, body);
            } catch (RuntimeException e) {
                reply.accept(failure(e));
                return;
            }
            dispatch(simRequest, reply);
        }, callback::failed).run();
    }

    private static void respond(Request request, Response response, Callback callback, SimResponse answer) {
        if (answer.dropConnection()) {
            // close the socket before any response byte
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException("connection dropped by an injected fault"));
            return;
        }
        write(response, callback, answer, false);
    }

    private static SimResponse failure(Throwable e) {
        return SimResponse.of(500, "text/plain", "simulator error: " + e);
    }

    /** The refusal of a body over the limit, in the envelope of the cloud the request is for. */
    private static SimResponse tooLarge(Target target) {
        String requestId = RequestIds.next();
        return switch (target) {
            case TENCENT -> TrtcEnvelope.error("RequestSizeLimitExceeded",
                    "The request body exceeds the size limit of " + TRTC_MAX_BODY + " bytes.", requestId);
            case ALIYUN -> AliyunEnvelope.error("RequestEntityTooLarge",
                    "The request body exceeds the simulator's limit of " + ALIYUN_MAX_BODY + " bytes.", 413,
                    requestId.toUpperCase(Locale.ROOT));
            case ADMIN -> SimResponse.json(413, "{\"error\":\"admin request bodies are limited to " + ADMIN_MAX_BODY
                    + " bytes\"}");
        };
    }

    /**
     * Reads a body without blocking a thread while no bytes are available, refusing it (null) as soon as more than
     * {@code max} bytes arrived. Holds at most {@code max} bytes (the chunks as received, joined once at the end).
     */
    private static final class BodyReader implements Invocable.Task {
        private final Request request;
        private final int max;
        private final Consumer<byte[]> onDone;
        private final Consumer<Throwable> onFailure;
        private final List<byte[]> parts = new ArrayList<>();
        private int total;

        BodyReader(Request request, int max, Consumer<byte[]> onDone, Consumer<Throwable> onFailure) {
            this.request = request;
            this.max = max;
            this.onDone = onDone;
            this.onFailure = onFailure;
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    onFailure.accept(chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                int n = buffer.remaining();
                if (total + (long) n > max) {
                    chunk.release();
                    parts.clear();
                    onDone.accept(null);
                    return;
                }
                if (n > 0) {
                    byte[] part = new byte[n];
                    buffer.get(part);
                    parts.add(part);
                    total += n;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    onDone.accept(join());
                    return;
                }
            }
        }

        private byte[] join() {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            byte[] body = new byte[total];
            int at = 0;
            for (byte[] part : parts) {
                System.arraycopy(part, 0, body, at, part.length);
                at += part.length;
            }
            parts.clear();
            return body;
        }
    }

    /**
     * Answers the request through {@code reply}: at once, or after an injected latency on the server's thread pool,
     * handed over by Jetty's scheduler (no thread waits, and the scheduler's one thread never runs a call). An
     * exception of the handling is answered as a 500.
     */
    private void dispatch(SimRequest request, Consumer<SimResponse> reply) {
        SimResponse answer;
        try {
            answer = answerOrSchedule(request, reply);
        } catch (RuntimeException | Error e) {
            answer = failure(e);
        }
        if (answer != null) {
            reply.accept(answer);
        }
    }

    /** The answer, or null when an injected latency scheduled it for later. */
    private SimResponse answerOrSchedule(SimRequest request, Consumer<SimResponse> reply) {
        if (request.rawPath().startsWith(AdminApi.PREFIX)) {
            return admin.handle(request);
        }
        String tcAction = request.header("X-TC-Action");
        if (tcAction != null) {
            return withFaults(tencent, request, tcAction.trim(), reply);
        }
        String aliAction = aliyunAction(request);
        if (aliAction != null && aliyun != null) {
            return withFaults(aliyun, request, aliAction, reply);
        }
        return SimResponse.of(404, "text/plain",
                "Not a TRTC (X-TC-Action header) or Alibaba RPC (Action parameter) request; admin paths are under "
                        + AdminApi.PREFIX + "\n");
    }

    private SimResponse withFaults(VendorApi api, SimRequest request, String action, Consumer<SimResponse> reply) {
        Fault fault = faults.next(action);
        if (fault == null) {
            return api.handle(request, action);
        }
        if (fault.type() == Fault.Type.LATENCY) {
            scheduler.schedule(() -> threads.execute(() -> reply.accept(handled(api, request, action))),
                    fault.latency().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        }
        switch (fault.type()) {
            case ERROR:
                return api.injectedError(fault.code(), fault.message(), fault.httpStatus());
            case HTTP_STATUS:
                return SimResponse.gatewayPage(fault.httpStatus());
            case DROP:
                return SimResponse.drop();
            case MALFORMED:
                return api.malformed();
            case UNFIT_REPLY:
                return api.unfitReply();
            default:
                break;
        }
        SimResponse executed = api.handle(request, action);
        switch (fault.type()) {
            case TRUNCATED:
                byte[] body = executed.body();
                return SimResponse.of(200, executed.contentType(), Arrays.copyOf(body, body.length / 2));
            case WRONG_CONTENT_TYPE:
                return SimResponse.of(200, "text/html", executed.body());
            case DROP_AFTER_EXECUTE:
                return SimResponse.drop();
            case HTTP_STATUS_AFTER_EXECUTE:
                return SimResponse.gatewayPage(fault.httpStatus());
            default:
                throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    /**
     * A late answer (after a latency fault) runs on the pool, where nothing would answer for it: an {@link Error} of
     * the handling is answered as a 500 too, or the call would hang (Jetty's idle timeout does not end a call that
     * is still being handled).
     */
    private static SimResponse handled(VendorApi api, SimRequest request, String action) {
        try {
            return api.handle(request, action);
        } catch (RuntimeException | Error e) {
            return failure(e);
        }
    }

    /** Alibaba RPC action from the query, a urlencoded form body, or the x-acs-action header. */
    static String aliyunAction(SimRequest request) {
        String action = UrlCodec.param(request.rawQuery(), "Action");
        if (action == null && request.isFormBody()) {
            action = UrlCodec.param(request.bodyAsString(), "Action");
        }
        if (action == null) {
            action = request.header("x-acs-action");
        }
        return action == null || action.isBlank() ? null : action.trim();
    }

    private static SimRequest toSimRequest(Request request, byte[] body) {
        InetAddress remote = request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress a
                ? a.getAddress() : null;
        return new SimRequest(request.getMethod(), request.getHttpURI().getPath(), request.getHttpURI().getQuery(),
                request.getHeaders(), body, remote);
    }

    private static void write(Response response, Callback callback, SimResponse answer, boolean close) {
        byte[] body = answer.body();
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        if (answer.contentType() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (close) {
            // the rest of a refused body is never read: tell the client, then close
            headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
