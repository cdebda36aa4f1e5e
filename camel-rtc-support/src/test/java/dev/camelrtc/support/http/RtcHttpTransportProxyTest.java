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
package dev.camelrtc.support.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.support.testing.ForwardProxy;
import dev.camelrtc.support.testing.SelfSignedHttpsServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An https:// call through a proxy goes through a CONNECT tunnel, with TLS between the client and the server: the
 * proxy opens the tunnel, and the server's certificate is still verified (this server's is not trusted, so the
 * handshake through the tunnel fails and no request reaches it). A tunnel the proxy refuses for its credentials
 * answers 407.
 */
class RtcHttpTransportProxyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void httpsGoesThroughAConnectTunnelAndTheServerCertificateIsStillVerified(@TempDir Path dir) throws Exception {
        try (SelfSignedHttpsServer server = SelfSignedHttpsServer.start(dir);
             ForwardProxy proxy = ForwardProxy.withBasicAuth("user", "ProxyPassword0001");
             RtcHttpTransport transport = RtcHttpTransport.start(5, "proxy-tls-test")) {
            HttpCall call = new HttpCall("POST", URI.create("https://127.0.0.1:" + server.port() + "/"), Map.of(),
                    "{}".getBytes(), "application/json");

            assertThatThrownBy(() -> transport.send(call, new RtcHttpTransport.RequestOptions(TIMEOUT, TIMEOUT,
                    new HttpProxy(proxy.host(), proxy.port(), "user", "ProxyPassword0001"))).get(60, TimeUnit.SECONDS))
                    .cause().isInstanceOf(SSLHandshakeException.class);
            assertThat(proxy.tunnelled()).as("CONNECT tunnels").isOne();
            assertThat(proxy.forwarded()).as("requests the proxy could read").isZero();
            assertThat(server.requests()).as("requests that reached the server").isZero();
        }
    }

    @Test
    void aTunnelRefusedForTheProxyCredentialsAnswers407(@TempDir Path dir) throws Exception {
        try (SelfSignedHttpsServer server = SelfSignedHttpsServer.start(dir);
             ForwardProxy proxy = ForwardProxy.withBasicAuth("user", "ProxyPassword0001");
             RtcHttpTransport transport = RtcHttpTransport.start(5, "proxy-tls-test")) {
            HttpCall call = new HttpCall("POST", URI.create("https://127.0.0.1:" + server.port() + "/"), Map.of(),
                    "{}".getBytes(), "application/json");

            HttpReply reply = transport.send(call, new RtcHttpTransport.RequestOptions(TIMEOUT, TIMEOUT,
                    new HttpProxy(proxy.host(), proxy.port(), "user", "wrong"))).get(60, TimeUnit.SECONDS);

            assertThat(reply.status()).isEqualTo(407);
            assertThat(proxy.tunnelled()).isZero();
            assertThat(proxy.challenged()).isPositive();
        }
    }
}
