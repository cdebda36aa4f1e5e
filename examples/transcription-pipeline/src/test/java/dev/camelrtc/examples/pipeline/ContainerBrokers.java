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

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka (apache/kafka) and ActiveMQ Artemis (apache/activemq-artemis) in Docker containers. */
final class ContainerBrokers implements Brokers {

    static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka:4.0.0");
    static final DockerImageName ARTEMIS = DockerImageName.parse("apache/activemq-artemis:2.40.0");
    private static final int ARTEMIS_PORT = 61616;

    private final KafkaContainer kafka;
    private final GenericContainer<?> artemis;

    ContainerBrokers(KafkaContainer kafka, GenericContainer<?> artemis) {
        this.kafka = kafka;
        this.artemis = artemis;
    }

    static KafkaContainer kafkaContainer() {
        return new KafkaContainer(KAFKA);
    }

    @SuppressWarnings("resource") // closed by the Testcontainers extension
    static GenericContainer<?> artemisContainer() {
        return new GenericContainer<>(ARTEMIS).withExposedPorts(ARTEMIS_PORT)
                .withEnv("ANONYMOUS_LOGIN", "true")
                .waitingFor(Wait.forLogMessage(".*AMQ221007: Server is now active.*", 1));
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jmsUrl() {
        return "tcp://" + artemis.getHost() + ":" + artemis.getMappedPort(ARTEMIS_PORT);
    }

    @Override
    public String describe() {
        return "Kafka container at " + kafkaBootstrap() + " and Artemis container at " + jmsUrl();
    }
}
