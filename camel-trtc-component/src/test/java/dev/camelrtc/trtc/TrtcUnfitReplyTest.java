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
package dev.camelrtc.trtc;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.CloudApiException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply whose Response does not fit the operation's model, through the whole producer (asynchronous and synchronous):
 * an invalid response with the reply's request id, sent once. The simulator always answers its models, so a minimal
 * loopback server plays the API here.
 */
class TrtcUnfitReplyTest {

    private HttpServer server;
    private CamelContext context;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"Response\":{\"TaskId\":{\"not\":\"text\"},\"Status\":\"InProgress\","
                    + "\"RequestId\":\"r-unfit\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.stop(0);
    }

    @Test
    void describeAnsweredWithAReplyNotFittingItsModelFailsOnceWithTheRequestId() {
        for (boolean synchronous : new boolean[] { false, true }) {
            int before = requests.get();
            Exchange exchange = context.createProducerTemplate().send("trtc:describeAITranscription?secretId=AKIDtest"
                    + "&secretKey=testKey&region=ap-guangzhou&taskId=t-1&retryAttempts=3&synchronous=" + synchronous
                    + "&endpoint=http://127.0.0.1:" + server.getAddress().getPort(), e -> {
                    });

            TrtcException e = exchange.getException(TrtcException.class);
            int sent = requests.get() - before;
            System.out.printf("unfit reply (synchronous=%s): %d request(s) sent, failed with %s%n", synchronous, sent,
                    e == null ? "nothing" : e.getCode());
            assertThat(e).isNotNull();
            assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
            assertThat(e.getErrorMessage()).startsWith("the response does not match DescribeAITranscriptionResponse: ");
            assertThat(e.getRequestId()).isEqualTo("r-unfit");
            assertThat(e.getAction()).isEqualTo("DescribeAITranscription");
            assertThat(sent).as("an answer that does not fit is not asked again").isEqualTo(1);
            assertThat(exchange.getMessage().getHeader(TrtcConstants.REQUEST_ID)).isNull();
        }
    }
}
