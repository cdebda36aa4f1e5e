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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelrtc.simulator.RawHttp.readLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 6: a web page must not drive the admin paths of a developer's simulator (cross-origin "simple"
 * requests, DNS rebinding), and fault injection refuses values it would misread.
 */
class AdminApiHardeningTest {

    private RtcSimulator sim;

    private record Answer(int status, String body) {
    }

    @BeforeEach
    void start() {
        sim = RtcSimulator.builder().build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void crossSiteResetIsRefusedAndLeavesStateAlone() throws Exception {
        sim.faults().inject("*", Fault.dropConnection(), 3);
        // what a form or fetch() on http://evil.example sends: no CORS preflight for text/plain
        Answer evil = send("POST", "/_sim/reset", "127.0.0.1:" + sim.port(),
                "Origin: http://evil.example\r\nContent-Type: text/plain\r\n", "x");
        assertThat(evil.status()).isEqualTo(403);
        assertThat(evil.body()).contains("cross-site");
        assertThat(sim.faults().pending()).as("nothing was reset").isEqualTo(3);

        Answer nullOrigin = send("POST", "/_sim/reset", "127.0.0.1:" + sim.port(), "Origin: null\r\n", "");
        assertThat(nullOrigin.status()).isEqualTo(403);
        Answer lookalike = send("POST", "/_sim/reset", "127.0.0.1:" + sim.port(),
                "Origin: http://127.0.0.1.evil.example\r\n", "");
        assertThat(lookalike.status()).isEqualTo(403);
        Answer fetchMetadata = send("DELETE", "/_sim/faults", "127.0.0.1:" + sim.port(),
                "Sec-Fetch-Site: cross-site\r\n", null);
        assertThat(fetchMetadata.status()).isEqualTo(403);
        assertThat(sim.faults().pending()).isEqualTo(3);
    }

    @Test
    void dnsRebindingHostIsRefused() throws Exception {
        // a rebound name resolves to 127.0.0.1, but the browser sends the page's host name
        Answer rebound = send("GET", "/_sim/tasks", "evil.example:" + sim.port(), "", null);
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.body()).contains("loopback host");
        assertThat(send("POST", "/_sim/reset", "localhost.evil.example", "", "").status()).isEqualTo(403);
    }

    @Test
    void loopbackClientsWithoutOriginStillWork() throws Exception {
        sim.faults().inject("*", Fault.dropConnection(), 1);
        for (String host : new String[] {"127.0.0.1:" + sim.port(), "localhost:" + sim.port(), "[::1]:" + sim.port(),
                                         "127.0.0.1"}) {
            assertThat(send("GET", "/_sim/health", host, "", null).status()).as(host).isEqualTo(200);
        }
        Answer sameOrigin = send("POST", "/_sim/reset", "localhost:" + sim.port(),
                "Origin: http://localhost:" + sim.port() + "\r\nSec-Fetch-Site: same-origin\r\n", "");
        assertThat(sameOrigin.status()).isEqualTo(200);
        assertThat(sim.faults().pending()).isZero();
    }

    @Test
    void faultInjectionRejectsValuesItWouldMisread() throws Exception {
        String[][] bad = {
                {"{\"type\":\"drop\",\"times\":1e30}", "times"},
                {"{\"type\":\"drop\",\"times\":2147483648}", "times"},
                {"{\"type\":\"drop\",\"times\":0}", "times"},
                {"{\"type\":\"drop\",\"times\":-1}", "times"},
                {"{\"type\":\"drop\",\"times\":1.5}", "times"},
                {"{\"type\":\"drop\",\"times\":\"3\"}", "times"},
                {"{\"type\":\"latency\",\"latencyMs\":\"abc\"}", "latencyMs"},
                {"{\"type\":\"latency\",\"latencyMs\":-5}", "latencyMs"},
                {"{\"type\":\"latency\",\"latencyMs\":1e30}", "latencyMs"},
                {"{\"type\":\"latency\",\"latencyMs\":86400000}", "latencyMs"},
                {"{\"type\":\"httpStatus\",\"status\":\"502\"}", "status"},
                {"{\"type\":\"httpStatus\",\"status\":99}", "status"},
                {"{\"type\":\"error\",\"code\":42}", "code"},
                {"{\"type\":\"drop\",\"latency\":5}", "unknown field 'latency'"},
                {"{\"type\":7}", "type"},
                {"{\"times\":1}", "type"},
                {"{\"type\":\"drop\",\"action\":\"\"}", "action"},
                {"[1]", "JSON object"},
        };
        for (String[] b : bad) {
            Answer answer = send("POST", "/_sim/faults", "127.0.0.1:" + sim.port(),
                    "Content-Type: application/json\r\n", b[0]);
            assertThat(answer.status()).as(b[0]).isEqualTo(400);
            assertThat(answer.body()).as(b[0]).contains(b[1]);
        }
        assertThat(sim.faults().pending()).as("nothing was injected").isZero();

        Answer ok = send("POST", "/_sim/faults", "127.0.0.1:" + sim.port(), "Content-Type: application/json\r\n",
                "{\"action\":\"StartAITranscription\",\"type\":\"latency\",\"latencyMs\":0,\"times\":1000000}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).contains("\"times\":1000000");
        assertThat(sim.faults().pending()).isEqualTo(1_000_000);
    }

    /** One request on a fresh connection, with exactly the given Host and extra header lines. */
    private Answer send(String method, String path, String host, String headers, String body) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sim.port()), 5_000);
            s.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "Connection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(content);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            String status = readLine(in);
            int length = 0;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]),
                    new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

}
