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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.support.testing.SelfSignedHttpsServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transport verifies TLS certificates: a server whose certificate the JVM does not trust (self-signed, made with
 * the JDK's keytool) is refused during the handshake, before any request is sent.
 */
class TlsVerificationTest {

    @Test
    void anUntrustedServerCertificateIsRefused(@TempDir Path dir) throws Exception {
        try (SelfSignedHttpsServer server = SelfSignedHttpsServer.start(dir);
             RtcHttpTransport transport = RtcHttpTransport.start(50, "tls-test")) {
            HttpCall call = new HttpCall("POST", URI.create("https://127.0.0.1:" + server.port() + "/"), Map.of(),
                    "{}".getBytes(), "application/json");

            assertThatThrownBy(() -> transport.send(call).get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOf(SSLHandshakeException.class)
                    .rootCause().isInstanceOf(java.security.GeneralSecurityException.class)
                    .hasMessageContaining("certification path");
            assertThat(server.requests()).as("no request reached the server").isZero();
        }
    }
}
