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
package dev.camelrtc.alilive.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.testing.PostgresDatabase;

import static dev.camelrtc.alilive.callback.AsrCallbackServer.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances (two CamelContexts, each its own HTTP server and connection pool) de-duplicating alilive-callbacks
 * through camel-sql's JdbcMessageIdRepository on one PostgreSQL database.
 */
class AliliveCallbacksOnSeveralInstancesTest {

    private static final String KEY = "AsrAuthKey0123456789";
    private static final String PATH = "/alilive/results";
    private static final String CALLBACK_URL = "https://events.example.com/alilive/results";

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final AtomicInteger routed = new AtomicInteger();
    private final List<AsrCallbackServer> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(AsrCallbackServer::close);
    }

    private AsrCallbackServer instance() throws Exception {
        AsrCallbackServer instance = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("seen", SharedStateSnippets.callbackRepository(DB.dataSource(),
                        "alilive-callbacks"));
                from("alilive-callbacks:" + PATH + "?authKey=RAW(" + KEY + ")&callbackUrl=RAW(" + CALLBACK_URL
                     + ")&idempotentRepository=#seen").process(e -> routed.incrementAndGet());
            }
        });
        instances.add(instance);
        return instance;
    }

    /** Its keys (TaskId and the body's SHA-256) are longer than the 100 characters of Camel's default table. */
    @Test
    void aRedeliveryReachingTheOtherInstanceIsNotRoutedAgain() throws Exception {
        AsrCallbackServer a = instance();
        AsrCallbackServer b = instance();
        String body = result(UUID.randomUUID().toString(), 3, "hello");

        assertThat(a.postSigned(PATH, body, CALLBACK_URL, KEY).statusCode()).isEqualTo(200);
        assertThat(b.postSigned(PATH, body, CALLBACK_URL, KEY).statusCode()).as("the redelivery, at the other instance")
                .isEqualTo(200);

        assertThat(routed).hasValue(1);
        List<String> keys = new ArrayList<>();
        try (var connection = DB.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT messageId FROM CAMEL_MESSAGEPROCESSED")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        assertThat(keys).singleElement().satisfies(k -> assertThat(k.length()).isGreaterThan(100));
    }
}
