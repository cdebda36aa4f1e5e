package dev.camelrtc.examples.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline against the in-process Kafka and Artemis brokers: what CI runs. */
class EmbeddedBrokersPipelineTest extends PipelineContract {

    private static EmbeddedBrokers brokers;

    @BeforeAll
    static void startBrokers() throws Exception {
        brokers = EmbeddedBrokers.start(Files.createTempDirectory("pipeline-brokers"));
    }

    @AfterAll
    static void stopBrokers() {
        brokers.close();
    }

    @Override
    Brokers brokers() {
        return brokers;
    }
}
