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
package dev.camelrtc.examples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The example's settings. Each is looked up as a system property ({@code -Dpipeline.kafka.brokers=...}), then as an
 * environment variable (upper case, dots and dashes as underscores: {@code PIPELINE_KAFKA_BROKERS}), then in
 * {@code application.properties} on the classpath.
 */
public final class PipelineSettings {

    private final Properties file;

    private PipelineSettings(Properties file) {
        this.file = file;
    }

    public static PipelineSettings load() {
        Properties properties = new Properties();
        try (InputStream in = PipelineSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PipelineSettings(properties);
    }

    /** Settings from the given properties only (tests), still overridable by system properties. */
    public static PipelineSettings of(Properties properties) {
        return new PipelineSettings(properties);
    }

    public String get(String name) {
        String value = System.getProperty(name);
        if (blank(value)) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (blank(value)) {
            value = file.getProperty(name);
        }
        return blank(value) ? null : value.trim();
    }

    public String get(String name, String defaultValue) {
        String value = get(name);
        return value == null ? defaultValue : value;
    }

    public Path inputDir() {
        return Path.of(get("pipeline.input", "target/pipeline/input"));
    }

    public Path outputDir() {
        return Path.of(get("pipeline.output", "target/pipeline/output"));
    }

    /** The markers of started requests (Camel's file idempotent repository): a request is started once. */
    public Path startedRequests() {
        String file = get("pipeline.started-requests");
        return file != null ? Path.of(file) : inputDir().resolve(".started-requests");
    }

    public String kafkaTopic() {
        return get("pipeline.kafka.topic", "rtc-task-status");
    }

    /** The Kafka topic of the transcribed sentences, keyed by task id. */
    public String transcriptsTopic() {
        return get("pipeline.kafka.transcripts-topic", "rtc-transcripts");
    }

    /** The HTTP path of the trtc-callbacks route (the TRTC console's callback URL ends with it). */
    public String callbackPath() {
        return get("pipeline.trtc.callback-path", "/trtc/events");
    }

    /** Whether to receive TRTC callbacks: in demo mode (the simulator pushes them) or when a callback key is set. */
    public boolean trtcCallbacks() {
        return demo() || get("camel.component.trtc-callbacks.callbackSecret") != null
               || get("camel.component.trtc-callbacks.callback-secret") != null;
    }

    /** The HTTP path of the alilive-callbacks route: the CallbackURL of the alilive-*.json requests ends with it. */
    public String aliliveCallbackPath() {
        return get("pipeline.alilive.callback-path", "/alilive/results");
    }

    /**
     * Outside demo mode, the CallbackURL the alilive-*.json requests carry, exactly as there (ASR-SIG is computed
     * over it); set, with {@code camel.component.alilive-callbacks.authKey}, to receive Alibaba's results.
     */
    public String aliliveCallbackUrl() {
        return get("pipeline.alilive.callback-url");
    }

    public String jmsQueue() {
        return get("pipeline.jms.queue", "rtc.task.status");
    }

    /** Both set: use these brokers; otherwise start embedded ones. */
    public Brokers externalBrokers() {
        String kafka = get("pipeline.kafka.brokers");
        String jms = get("pipeline.jms.url");
        if (kafka == null && jms == null) {
            return null;
        }
        if (kafka == null || jms == null) {
            throw new IllegalStateException("Set both pipeline.kafka.brokers and pipeline.jms.url, or neither (then"
                    + " the example starts embedded brokers)");
        }
        return new ExternalBrokers(kafka, jms);
    }

    public long pollDelayMillis() {
        return Long.parseLong(get("pipeline.poll-delay", "250"));
    }

    public Duration timeout() {
        return Duration.ofSeconds(Long.parseLong(get("pipeline.timeout", "120")));
    }

    public boolean trtcCredentials() {
        return get("camel.component.trtc.secretId") != null || get("camel.component.trtc.secret-id") != null
                || !blank(System.getenv("TENCENTCLOUD_SECRET_ID"));
    }

    public boolean aliliveCredentials() {
        return get("camel.component.alilive.accessKey") != null || get("camel.component.alilive.access-key") != null
                || !blank(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    }

    /** Demo mode (simulator, sample requests) unless set otherwise or cloud credentials are found. */
    public boolean demo() {
        String value = get("pipeline.demo");
        return value != null ? Boolean.parseBoolean(value) : !trtcCredentials() && !aliliveCredentials();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
