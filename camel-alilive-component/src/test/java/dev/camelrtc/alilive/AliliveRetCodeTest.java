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
package dev.camelrtc.alilive;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RetCode other than 2000 inside an HTTP 200 answer, through the whole producer. The simulator only ever answers
 * RetCode 2000 (failures there are error envelopes), so a minimal loopback server plays the API here.
 */
class AliliveRetCodeTest {

    private HttpServer server;
    private CamelContext context;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"Description\":\"too many tasks\",\"RequestId\":\"REQ-4003\",\"RetCode\":4003}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
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
    void retCodeOtherThan2000FailsTheExchange() {
        Exchange exchange = context.createProducerTemplate().send("alilive:createRtcAsrTask?accessKey=id"
                + "&secretKey=secret&endpoint=http://127.0.0.1:" + server.getAddress().getPort(),
                e -> e.getMessage().setBody(java.util.Map.of("Mode", "live", "StreamURL", "rtmp://s/1", "Language",
                        "cn", "CallbackURL", "http://cb")));

        AliliveException e = exchange.getException(AliliveException.class);
        assertThat(e).isNotNull();
        assertThat(e.getRetCode()).isEqualTo(4003L);
        assertThat(e.getCode()).isEqualTo("RetCode.4003");
        assertThat(e.getErrorMessage()).isEqualTo("too many tasks");
        assertThat(e.getRequestId()).isEqualTo("REQ-4003");
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(requests.get()).isEqualTo(1);
    }
}
