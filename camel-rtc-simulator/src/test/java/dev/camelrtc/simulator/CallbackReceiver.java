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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.camelrtc.simulator.http.Json;

/**
 * A customer's callback endpoint for tests: a JDK HTTP server on loopback that records every request (headers, raw
 * body, the status it answered). By default it answers 200 {@code {"code":0}}; {@link #answer(int...)} queues other
 * statuses for the next requests, {@link #stallNext()} holds the next request until {@link #release()}, and
 * {@link #accepting(Predicate)} answers 401 to requests that fail a check (e.g. a signature).
 */
public final class CallbackReceiver implements AutoCloseable {

    /** One received request; header names lower-cased. */
    public record Received(String path, Map<String, String> headers, byte[] body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return Json.parseOrNull(text());
        }

        /** TRTC: {@code EventType}; Alibaba results (the simulator's own body): -1. */
        public int eventType() {
            return json().path("EventType").asInt(-1);
        }

        public boolean accepted() {
            return answered == 200;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "callback-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile Predicate<Received> check = r -> true;
    private volatile CountDownLatch stall;
    private boolean stallNext;

    public CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/cb}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cb";
    }

    /** Answers the next requests with these statuses (then 200 again). */
    public synchronized CallbackReceiver answer(int... statuses) {
        for (int s : statuses) {
            answers.addLast(s);
        }
        return this;
    }

    /** Answers 401 to requests failing {@code check}. */
    public CallbackReceiver accepting(Predicate<Received> check) {
        this.check = check;
        return this;
    }

    /** Holds the next request (without answering) until {@link #release()}. */
    public synchronized CallbackReceiver stallNext() {
        stall = new CountDownLatch(1);
        stallNext = true;
        return this;
    }

    public void release() {
        CountDownLatch latch = stall;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Every request in arrival order (a stalled one is recorded when it arrives, with the status 0). */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered 200, in arrival order. */
    public List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        CountDownLatch hold = null;
        Integer status;
        synchronized (this) {
            if (stallNext) {
                stallNext = false;
                hold = stall;
            }
            status = answers.pollFirst();
        }
        String path = exchange.getRequestURI().getPath();
        if (hold != null) {
            received.add(new Received(path, headers, body, 0));
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        int answer = status != null ? status : 200;
        Received r = new Received(path, headers, body, answer);
        if (answer == 200 && !check.test(r)) {
            answer = 401;
            r = new Received(path, headers, body, answer);
        }
        received.add(r);
        byte[] reply = (answer == 200 ? "{\"code\":0}" : "{\"code\":" + answer + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
