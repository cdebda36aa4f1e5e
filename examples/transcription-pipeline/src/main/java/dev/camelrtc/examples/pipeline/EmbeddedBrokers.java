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
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined node, Kafka's own in-process test kit) and a real ActiveMQ Artemis broker,
 * both in this JVM, listening on free loopback ports. Nothing to install, no Docker.
 */
public final class EmbeddedBrokers implements Brokers {

    private final KafkaClusterTestKit kafka;
    private final EmbeddedActiveMQ artemis;
    private final String jmsUrl;

    private EmbeddedBrokers(KafkaClusterTestKit kafka, EmbeddedActiveMQ artemis, String jmsUrl) {
        this.kafka = kafka;
        this.artemis = artemis;
        this.jmsUrl = jmsUrl;
    }

    /** Starts both brokers; Artemis keeps its (unused, persistence is off) directories under {@code workDir}. */
    public static EmbeddedBrokers start(Path workDir) throws Exception {
        String jmsUrl = "tcp://127.0.0.1:" + freePort();
        EmbeddedActiveMQ artemis = startArtemis(workDir, jmsUrl);
        try {
            return new EmbeddedBrokers(startKafka(), artemis, jmsUrl);
        } catch (Exception e) {
            artemis.stop();
            throw e;
        }
    }

    private static EmbeddedActiveMQ startArtemis(Path workDir, String url) throws Exception {
        String dir = workDir.resolve("artemis").toAbsolutePath().toString();
        Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .setJournalDirectory(dir + "/journal").setBindingsDirectory(dir + "/bindings")
                .setLargeMessagesDirectory(dir + "/large").setPagingDirectory(dir + "/paging")
                .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName()))
                .addAcceptorConfiguration("tcp", url);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return broker;
    }

    private static KafkaClusterTestKit startKafka() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // without it the first consumer group waits ~3 s for more members
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // one broker: the internal topics cannot have the default 3 replicas
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /** A free loopback port (for the brokers, and the demo's callback server). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jmsUrl() {
        return jmsUrl;
    }

    @Override
    public String describe() {
        return "embedded Kafka at " + kafkaBootstrap() + " and embedded ActiveMQ Artemis at " + jmsUrl;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } catch (Exception e) {
            System.err.println("Kafka did not close cleanly: " + e);
        }
        try {
            artemis.stop();
        } catch (Exception e) {
            System.err.println("Artemis did not stop cleanly: " + e);
        }
    }
}
