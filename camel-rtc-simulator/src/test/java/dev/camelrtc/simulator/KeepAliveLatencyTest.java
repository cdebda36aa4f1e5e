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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static dev.camelrtc.simulator.RawHttp.readLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 3: without TCP_NODELAY on the server's sockets, a response written in two pieces (headers, body)
 * waits for the client's delayed ACK, about 40 ms on Linux loopback, on every call. 200 sequential calls on one
 * keep-alive connection, each request sent in one write by a client with TCP_NODELAY: the median call must stay far
 * below 40 ms (a median, so that a few slow calls on a busy machine cannot fail the test).
 */
class KeepAliveLatencyTest {

    private static final int CALLS = 200;

    @Test
    void sequentialCallsOnOneConnectionDoNotWaitForDelayedAcks() throws Exception {
        try (RtcSimulator sim = RtcSimulator.builder().build().start();
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sim.port()), 5_000);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            byte[] request = ("GET /_sim/health HTTP/1.1\r\nHost: 127.0.0.1:" + sim.port() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            long[] nanos = new long[CALLS];
            long started = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                long t0 = System.nanoTime();
                out.write(request);
                out.flush();
                String body = readResponse(in);
                nanos[i] = System.nanoTime() - t0;
                assertThat(body).contains("\"UP\"");
            }
            long total = System.nanoTime() - started;
            Arrays.sort(nanos);
            double medianMs = nanos[CALLS / 2] / 1e6;
            System.out.printf(Locale.ROOT, "keep-alive: %d sequential calls in %.0f ms, median %.2f ms%n", CALLS,
                    total / 1e6, medianMs);
            assertThat(medianMs).as("median call on a keep-alive connection, ms").isLessThan(20.0);
        }
    }

    /** Reads one HTTP/1.1 response with Content-Length; returns its body. Fails when the server closes. */
    private static String readResponse(InputStream in) throws IOException {
        String status = readLine(in);
        assertThat(status).startsWith("HTTP/1.1 200");
        int length = -1;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
            assertThat(lower).as("the connection is kept alive").isNotEqualTo("connection: close");
        }
        assertThat(length).as("Content-Length").isPositive();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

}
