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
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.main.Main;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.camelrtc.alilive.AliliveComponent;
import dev.camelrtc.alilive.callback.AliliveCallbacksComponent;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.callback.TrtcCallbacksComponent;

/**
 * Runs the transcription pipeline with Camel Main until every task it started has ended, then writes and prints the
 * summary. Demo mode (no cloud credentials): the simulator, sample request files and in-process brokers.
 */
public final class PipelineApp {

    /** The outcome of one run. */
    public record Result(boolean completed, TaskProgress.Summary summary, Path summaryFile) {
    }

    /** The key the demo's simulator signs its TRTC callbacks with, and the trtc-callbacks route checks. */
    static final String DEMO_CALLBACK_KEY = "PipelineDemoCallbackKey000000000";

    /** The AuthKey of the demo's Alibaba requests: the simulator signs its results with it, alilive-callbacks checks. */
    static final String DEMO_AUTH_KEY = "PipelineDemoAuthKey";

    private PipelineApp() {
    }

    public static void main(String[] args) throws Exception {
        Result result = run(PipelineSettings.load(), null, System.out);
        // an exception rather than System.exit: under exec:java that would end Maven itself
        if (!result.completed()) {
            throw new IllegalStateException("Not every task ended within " + PipelineSettings.load().timeout());
        }
        if (!result.summary().failedRequests().isEmpty()) {
            throw new IllegalStateException(result.summary().failedRequests().size() + " request(s) failed");
        }
    }

    /** One run; {@code brokers} null means the configured external brokers, or embedded ones. */
    public static Result run(PipelineSettings settings, Brokers brokers, PrintStream out) throws Exception {
        boolean demo = settings.demo();
        Path input = settings.inputDir();
        RtcSimulator simulator = null;
        Brokers started = null;
        int callbackPort = 0;
        String aliliveCallbackUrl = settings.aliliveCallbackUrl();
        try {
            if (demo) {
                // the simulator pushes TRTC callbacks and Alibaba results, signed, to the callback routes of this run
                callbackPort = EmbeddedBrokers.freePort();
                aliliveCallbackUrl = "http://127.0.0.1:" + callbackPort + settings.aliliveCallbackPath();
                simulator = RtcSimulator.builder().port(0).timings(SimulatorTimings.defaults()
                        .withMaxIdleTimeUnit(Duration.ofMillis(DemoRequests.API_SECOND_MILLIS)))
                        .callbackUrl("http://127.0.0.1:" + callbackPort + settings.callbackPath(), DEMO_CALLBACK_KEY)
                        .aliyunCallbacks(true)
                        .build().start();
                out.println("Demo mode: simulator at " + simulator.baseUrl() + "; sample requests written to "
                        + input.toAbsolutePath() + " ("
                        + DemoRequests.write(input, aliliveCallbackUrl, DEMO_AUTH_KEY) + " files)");
            }
            if (brokers == null) {
                brokers = settings.externalBrokers();
            }
            if (brokers == null) {
                brokers = started = EmbeddedBrokers.start(settings.outputDir().resolveSibling("brokers"));
            }
            out.println("Brokers: " + brokers.describe());
            createTopic(brokers.kafkaBootstrap(), settings.kafkaTopic());
            createTopic(brokers.kafkaBootstrap(), settings.transcriptsTopic());
            boolean trtc = demo || settings.trtcCredentials();
            boolean alilive = demo || settings.aliliveCredentials();
            return runRoutes(settings, brokers, simulator, callbackPort, new Clouds(trtc, alilive, aliliveCallbackUrl),
                    out);
        } finally {
            if (started != null) {
                started.close();
            }
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    /**
     * Which clouds this run talks to: both in demo mode, else those with credentials; and where Alibaba posts its
     * results (null: nowhere the pipeline listens).
     */
    private record Clouds(boolean trtc, boolean alilive, String aliliveCallbackUrl) {
    }

    private static Result runRoutes(PipelineSettings settings, Brokers brokers, RtcSimulator simulator,
            int callbackPort, Clouds clouds, PrintStream out) throws Exception {
        int requests = countRequests(settings.inputDir(), clouds);
        TaskProgress progress = new TaskProgress(requests, out);
        Main main = new Main();
        if (simulator != null) {
            main.bind("trtc", simulatedTrtc(simulator));
            main.bind("alilive", simulatedAlilive(simulator));
            TrtcCallbacksComponent callbacks = new TrtcCallbacksComponent();
            callbacks.setCallbackSecret(DEMO_CALLBACK_KEY);
            main.bind("trtc-callbacks", callbacks);
            AliliveCallbacksComponent results = new AliliveCallbacksComponent();
            results.setAuthKey(DEMO_AUTH_KEY);
            main.bind("alilive-callbacks", results);
            // Camel Main's platform-http server (camel-platform-http-main) serves both callback routes
            main.configure().httpServer().withEnabled(true).withHost("127.0.0.1").withPort(callbackPort);
        }
        KafkaComponent kafka = new KafkaComponent();
        kafka.getConfiguration().setBrokers(brokers.kafkaBootstrap());
        main.bind("kafka", kafka);
        main.bind("jms", JmsComponent.jmsComponentAutoAcknowledge(new ActiveMQConnectionFactory(brokers.jmsUrl())));
        main.configure().addRoutesBuilder(new RequestRoutes(settings.inputDir(), settings.startedRequests(), progress,
                clouds.trtc(), clouds.alilive()));
        main.configure().addRoutesBuilder(new PipelineRoutes(settings, progress, clouds.trtc(), clouds.alilive(),
                clouds.aliliveCallbackUrl()));
        out.println(requests + " request file(s) in " + settings.inputDir().toAbsolutePath() + "; clouds: "
                + (clouds.trtc() ? "TRTC " : "") + (clouds.alilive() ? "Alibaba Live" : ""));
        main.start();
        try {
            boolean completed = requests > 0 && progress.awaitDone(settings.timeout());
            TaskProgress.Summary summary = progress.summary();
            String json = SummaryWriter.toJson(summary);
            main.getCamelContext().createProducerTemplate().sendBodyAndHeader("file:" + settings.outputDir(), json,
                    Exchange.FILE_NAME, "summary.json");
            SummaryWriter.print(summary, completed, out);
            return new Result(completed, summary, settings.outputDir().resolve("summary.json"));
        } finally {
            main.stop();
        }
    }

    static TrtcComponent simulatedTrtc(RtcSimulator simulator) {
        TrtcComponent trtc = new TrtcComponent();
        trtc.getConfiguration().setSecretId(RtcSimulator.DEMO_TENCENT_SECRET_ID);
        trtc.getConfiguration().setSecretKey(RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        trtc.getConfiguration().setRegion("ap-guangzhou");
        trtc.getConfiguration().setEndpoint(simulator.baseUrl());
        return trtc;
    }

    static AliliveComponent simulatedAlilive(RtcSimulator simulator) {
        AliliveComponent alilive = new AliliveComponent();
        alilive.getConfiguration().setAccessKey(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID);
        alilive.getConfiguration().setSecretKey(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
        alilive.getConfiguration().setEndpoint(simulator.baseUrl());
        return alilive;
    }

    private static int countRequests(Path input, Clouds clouds) throws IOException {
        if (!Files.isDirectory(input)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(input)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            return (int) names.stream().filter(n -> n.endsWith(".json")
                    && (clouds.trtc() && n.startsWith("trtc-") || clouds.alilive() && n.startsWith("alilive-"))).count();
        }
    }

    /** Created up front so that the progress consumer subscribes to an existing topic. */
    private static void createTopic(String bootstrap, String topic) throws InterruptedException {
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create Kafka topic " + topic + ": " + e.getCause(), e);
            }
        }
    }
}
