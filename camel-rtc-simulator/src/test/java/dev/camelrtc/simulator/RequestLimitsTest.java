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
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelrtc.simulator.RawHttp.readLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request size limits at their edges (README "HTTP server"): a declared Content-Length over the limit is answered
 * before any body byte is sent; a body of exactly the limit is read and handled; admin bodies and over-long request
 * lines are refused too.
 */
class RequestLimitsTest {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static RtcSimulator sim;

    private record Answer(int status, String headers, String body) {
    }

    @BeforeAll
    static void start() {
        sim = RtcSimulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void declaredOversizedBodiesAreAnsweredBeforeAnyBodyByte() throws Exception {
        // only the headers are sent: the answer must come without waiting for the announced body
        Answer trtc = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "X-TC-Action: StartAITranscription\r\nContent-Length: " + (TEN_MB + 1) + "\r\n\r\n", null);
        assertThat(trtc.status()).isEqualTo(200);
        assertThat(trtc.body()).contains("\"Code\":\"RequestSizeLimitExceeded\"").contains("\"RequestId\"");
        assertThat(trtc.headers()).contains("connection: close");

        Answer aliyun = exchange("POST /?Action=CreateRtcAsrTask HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000000000\r\n\r\n", null);
        assertThat(aliyun.status()).isEqualTo(413);
        assertThat(aliyun.body()).contains("\"Code\":\"RequestEntityTooLarge\"").contains("\"HostId\"");

        Answer admin = exchange("POST /_sim/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 65537\r\n\r\n",
                null);
        assertThat(admin.status()).isEqualTo(413);
        assertThat(sim.faults().pending()).isZero();
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndHandled() throws Exception {
        byte[] body = new byte[TEN_MB];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[TEN_MB - 1] = '}';
        Answer answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "X-TC-Action: StartAITranscription\r\nContent-Length: " + TEN_MB + "\r\n\r\n", body);
        // past the size check, the unsigned request meets the signature check
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"Code\":\"AuthFailure").doesNotContain("RequestSizeLimitExceeded");
    }

    @Test
    void overLongRequestLinesAreRefused() throws Exception {
        String query = "Action=QueryRtcAsrTasks&Pad=" + "a".repeat(100_000);
        Answer answer = exchange("GET /?" + query + " HTTP/1.1\r\nHost: x\r\n\r\n", null);
        assertThat(answer.status()).isIn(414, 431);
    }

    private static Answer exchange(String head, byte[] body) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sim.port()), 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = s.getInputStream();
            String status = readLine(in);
            StringBuilder headers = new StringBuilder();
            int length = 0;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                String lower = line.toLowerCase(Locale.ROOT);
                headers.append(lower).append('\n');
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers.toString(),
                    new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

}
