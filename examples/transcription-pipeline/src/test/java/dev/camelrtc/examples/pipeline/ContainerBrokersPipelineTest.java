package dev.camelrtc.examples.pipeline;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same test body against Kafka and ActiveMQ Artemis in Docker containers; skipped where no Docker engine runs
 * (as in CI, which runs {@link EmbeddedBrokersPipelineTest}).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokersPipelineTest extends PipelineContract {

    @Container
    static final KafkaContainer KAFKA = ContainerBrokers.kafkaContainer();

    @Container
    static final GenericContainer<?> ARTEMIS = ContainerBrokers.artemisContainer();

    @Override
    Brokers brokers() {
        return new ContainerBrokers(KAFKA, ARTEMIS);
    }
}
