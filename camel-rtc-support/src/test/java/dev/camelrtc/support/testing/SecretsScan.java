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
package dev.camelrtc.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a component's SecretsInLogsTest looks through once its routes ran: the DEBUG log its surefire execution
 * ({@code secrets-debug-logging}) writes, the errors and exchanges the routes saw, the endpoints as Camel prints them,
 * and the catalog metadata.
 */
public final class SecretsScan {

    private SecretsScan() {
    }

    /** The log file of the {@code secrets-debug-logging} surefire execution. */
    public static Path debugLog() {
        return Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/secrets-debug.log"));
    }

    /**
     * The Proxy-Authorization credentials of {@code user} and {@code password} (Basic: the base64 of
     * {@code user:password}), a secret of its own: a log of the request's headers would show it, not the password.
     */
    public static String basicCredentials(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** No secret in the DEBUG log, the errors' toString, the exchanges' headers and bodies, or the endpoints. */
    public static void assertNoSecretAnywhere(List<String> secrets, List<Exception> errors, List<Exchange> seen,
                                              Collection<Endpoint> endpoints) throws IOException {
        String log = Files.readString(debugLog(), StandardCharsets.UTF_8);
        assertThat(log).as("the log really is at DEBUG").contains("DEBUG");
        for (String secret : secrets) {
            assertThat(log).as("log").doesNotContain(secret);
            for (Exception error : errors) {
                assertThat(error.toString()).doesNotContain(secret);
            }
            for (Exchange exchange : seen) {
                assertThat(exchange.getMessage().getHeaders().toString()).doesNotContain(secret);
                assertThat(String.valueOf(exchange.getMessage().getBody())).doesNotContain(secret);
            }
            for (Endpoint endpoint : endpoints) {
                assertThat(endpoint.toString()).doesNotContain(secret);
            }
        }
    }

    /** The catalog metadata (a classpath resource) names the secretKey option and holds no secret value. */
    public static void assertMetadataHasNoSecret(String resource, String secret) throws IOException {
        try (InputStream in = SecretsScan.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).doesNotContain(secret).contains("\"secretKey\"");
        }
    }
}
