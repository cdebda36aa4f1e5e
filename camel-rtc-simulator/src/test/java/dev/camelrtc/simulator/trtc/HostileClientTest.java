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
package dev.camelrtc.simulator.trtc;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorMain;

import static dev.camelrtc.simulator.RawHttp.readLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator under attack (issue 13 items 1 and 2), in a child JVM with a small heap: 200 slow clients that send
 * one header byte per second, and 8 parallel 100 MB request bodies (chunked without Content-Length, or with it), while
 * another client's health checks and signed TRTC calls must all succeed.
 */
class HostileClientTest {

    private static final int SLOW_CLIENTS = 200;
    private static final int OVERSIZED_BODIES = 8;
    private static final long OVERSIZED_BYTES = 100L * 1024 * 1024;
    private static final Duration ATTACK = Duration.ofSeconds(12);
    private static final long TRTC_LIMIT = 10L * 1024 * 1024;

    private record Oversized(String kind, int status, String body, long bytesSent) {
    }

    @Test
    void slowClientsAndOversizedBodiesDoNotStopHealthyCalls() throws Exception {
        Path stderr = Files.createTempFile("simulator-under-attack", ".log");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName(), "--port", "0", "--no-qps-limits")
                .redirectError(stderr.toFile()).start();
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        ExecutorService uploads = Executors.newFixedThreadPool(OVERSIZED_BODIES);
        try {
            String first = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
            int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);

            // 200 slow clients: a request line, then one header byte per second, never finishing the headers
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = new Socket();
                s.connect(address, 5_000);
                s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            AtomicInteger slowClosed = new AtomicInteger();
            drip.scheduleAtFixedRate(() -> {
                for (Socket s : slow) {
                    if (!s.isClosed()) {
                        try {
                            s.getOutputStream().write('a');
                        } catch (IOException e) {
                            closeQuietly(s);
                            slowClosed.incrementAndGet();
                        }
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);

            // 8 oversized bodies in parallel, each offering 100 MB
            List<Future<Oversized>> oversized = new ArrayList<>();
            for (int i = 0; i < OVERSIZED_BODIES; i++) {
                String kind = switch (i % 4) {
                    case 0, 1 -> "trtc-chunked";
                    case 2 -> "trtc-content-length";
                    default -> "aliyun-chunked";
                };
                oversized.add(uploads.submit(() -> upload(address, kind)));
            }

            // a healthy client meanwhile: health checks and signed TRTC calls, each must be answered
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            RawTrtcClient trtc = new RawTrtcClient(port, RtcSimulator.DEMO_TENCENT_SECRET_ID,
                    RtcSimulator.DEMO_TENCENT_SECRET_KEY);
            int healthy = 0;
            int failed = 0;
            long end = System.nanoTime() + ATTACK.toNanos();
            while (System.nanoTime() < end) {
                healthy++;
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/_sim/health"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() != 200 || !health.body().contains("\"UP\"")) {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                }
                healthy++;
                try {
                    HttpResponse<String> describe = trtc.send("DescribeAITranscription", "{\"TaskId\":\"no-such-task\"}");
                    if (describe.statusCode() != 200 || !describe.body().contains("FailedOperation.TaskNotExist")) {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                }
            }

            List<Oversized> refused = new ArrayList<>();
            for (int i = 0; i < oversized.size(); i++) {
                try {
                    refused.add(oversized.get(i).get(60, TimeUnit.SECONDS));
                } catch (ExecutionException | TimeoutException e) {
                    refused.add(new Oversized("upload " + i, -1, String.valueOf(e), OVERSIZED_BYTES));
                }
            }
            long pushed = refused.stream().mapToLong(Oversized::bytesSent).sum();
            int slowConnected = SLOW_CLIENTS - slowClosed.get();

            System.out.println("simulator under attack: " + SLOW_CLIENTS + " slow clients, " + OVERSIZED_BODIES
                    + " oversized bodies, " + failed + " healthy calls failed");
            System.out.printf(Locale.ROOT, "  (%d healthy calls; %d slow clients still connected at the end; %.1f MB"
                    + " of the %d MB offered were sent before the refusals; child heap -Xmx256m)%n", healthy,
                    slowConnected, pushed / 1048576.0, OVERSIZED_BODIES * OVERSIZED_BYTES / 1048576);

            assertThat(failed).as("healthy calls failed").isZero();
            for (Oversized o : refused) {
                if (o.kind().startsWith("trtc")) {
                    assertThat(o.status()).as(o.kind()).isEqualTo(200);
                    assertThat(o.body()).as(o.kind()).contains("\"Code\":\"RequestSizeLimitExceeded\"")
                            .contains("\"RequestId\"");
                } else {
                    assertThat(o.status()).as(o.kind()).isEqualTo(413);
                    assertThat(o.body()).as(o.kind()).contains("\"Code\":\"RequestEntityTooLarge\"")
                            .contains("\"HostId\"");
                }
                // refused while streaming: the server stopped reading long before the 100 MB were sent
                assertThat(o.bytesSent()).as(o.kind()).isLessThan(OVERSIZED_BYTES / 2);
            }
            assertThat(healthy).as("healthy calls made").isGreaterThanOrEqualTo(20);
            assertThat(slowConnected).as("slow clients connected throughout").isEqualTo(SLOW_CLIENTS);
            assertThat(child.isAlive()).isTrue();
            assertThat(Files.readString(stderr)).doesNotContain("OutOfMemoryError");
        } finally {
            drip.shutdownNow();
            uploads.shutdownNow();
            slow.forEach(HostileClientTest::closeQuietly);
            child.destroy();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Files.deleteIfExists(stderr);
        }
    }

    /** Offers a 100 MB body while reading the answer; returns the answer and how many body bytes were written. */
    private static Oversized upload(InetSocketAddress address, String kind) throws IOException, InterruptedException {
        try (Socket s = new Socket()) {
            s.connect(address, 5_000);
            s.setSoTimeout(30_000);
            boolean chunked = kind.endsWith("chunked");
            StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort() + "\r\n");
            if (kind.startsWith("trtc")) {
                head.append("Content-Type: application/json\r\nX-TC-Action: DescribeAITranscription\r\n");
            } else {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + OVERSIZED_BYTES + "\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            AtomicBoolean answered = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                byte[] data = new byte[64 * 1024];
                Arrays.fill(data, (byte) 'a');
                if (!kind.startsWith("trtc")) {
                    System.arraycopy("Action=QueryRtcAsrTasks&x=".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 26);
                }
                byte[] chunkHead = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < OVERSIZED_BYTES && !answered.get()) {
                        if (chunked) {
                            out.write(chunkHead);
                        }
                        out.write(data);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(data.length);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    // the server closed the connection after refusing the body
                }
            }, "oversized-" + kind);
            writer.start();
            try {
                InputStream in = new BufferedInputStream(s.getInputStream());
                String statusLine = readLine(in);
                int contentLength = 0;
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).trim());
                    }
                }
                String body = new String(in.readNBytes(contentLength), StandardCharsets.UTF_8);
                answered.set(true);
                return new Oversized(kind, Integer.parseInt(statusLine.split(" ")[1]), body, sent.get());
            } finally {
                answered.set(true);
                s.close();
                writer.join(10_000);
            }
        }
    }


    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing
        }
    }
}
