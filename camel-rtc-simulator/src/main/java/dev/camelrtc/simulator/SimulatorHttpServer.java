package dev.camelrtc.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;
import dev.camelrtc.simulator.http.UrlCodec;
import dev.camelrtc.simulator.http.VendorApi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on 127.0.0.1 that routes every request: {@code /_sim/...} → admin, an {@code X-TC-Action} header →
 * TRTC, an {@code Action} query/form parameter (or {@code x-acs-action} header) → Alibaba. Injected faults are applied
 * here, around the vendor's handling, so every action of both vendors gets the same fault mechanism. Absolute-form
 * request targets ({@code POST http://trtc.tencentcloudapi.com/}, as sent to an HTTP proxy) are served like "/".
 */
final class SimulatorHttpServer {

    private static final int THREADS = 16;

    private final int requestedPort;
    private final FaultInjector faults;
    private final VendorApi tencent;
    private final VendorApi aliyun;
    private final AdminApi admin;
    private HttpServer server;
    private ExecutorService executor;

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
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "rtc-simulator-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = Executors.newFixedThreadPool(THREADS, threads);
        s.setExecutor(executor);
        s.createContext("/", this::handle);
        s.start();
        server = s;
    }

    synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("simulator not started");
        }
        return server.getAddress().getPort();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            SimRequest request = read(exchange);
            write(exchange, dispatch(request));
        } catch (RuntimeException e) {
            write(exchange, SimResponse.of(500, "text/plain", "simulator error: " + e));
        } finally {
            exchange.close();
        }
    }

    SimResponse dispatch(SimRequest request) {
        if (request.rawPath().startsWith(AdminApi.PREFIX)) {
            return admin.handle(request);
        }
        String tcAction = request.header("X-TC-Action");
        if (tcAction != null) {
            return withFaults(tencent, request, tcAction.trim());
        }
        String aliAction = aliyunAction(request);
        if (aliAction != null && aliyun != null) {
            return withFaults(aliyun, request, aliAction);
        }
        return SimResponse.of(404, "text/plain",
                "Not a TRTC (X-TC-Action header) or Alibaba RPC (Action parameter) request; admin paths are under "
                        + AdminApi.PREFIX + "\n");
    }

    private SimResponse withFaults(VendorApi api, SimRequest request, String action) {
        Fault fault = faults.next(action);
        if (fault == null) {
            return api.handle(request, action);
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
            case LATENCY:
                sleep(fault.latency().toMillis());
                return api.handle(request, action);
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

    /** Alibaba RPC action from the query, a urlencoded form body, or the x-acs-action header. */
    static String aliyunAction(SimRequest request) {
        String action = UrlCodec.parseParams(request.rawQuery()).get("Action");
        if (action == null && request.isFormBody()) {
            action = UrlCodec.parseParams(request.bodyAsString()).get("Action");
        }
        if (action == null) {
            action = request.header("x-acs-action");
        }
        return action == null || action.isBlank() ? null : action.trim();
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new SimRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress());
    }

    private static void write(HttpExchange exchange, SimResponse response) throws IOException {
        if (response.dropConnection()) {
            return; // closing the exchange before any response header closes the socket
        }
        byte[] body = response.body();
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
