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

/**
 * Where the pipeline's Kafka topic and JMS queue live: in this JVM ({@link EmbeddedBrokers}), given addresses
 * ({@link ExternalBrokers}), or containers in the tests. The one seam that lets the same pipeline and the same test
 * body run against any of them.
 */
public interface Brokers extends AutoCloseable {

    /** Kafka bootstrap servers, e.g. {@code localhost:9092}. */
    String kafkaBootstrap();

    /** ActiveMQ Artemis (JMS 3 / Jakarta) broker URL, e.g. {@code tcp://localhost:61616}. */
    String jmsUrl();

    /** One line for the console: what these brokers are. */
    String describe();

    @Override
    default void close() {
    }
}
