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
package dev.camelrtc.alilive;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.PostgresDatabase;
import dev.camelrtc.support.testing.TaskConsumerScenarios;

/** The queryRtcAsrTasks consumer with its followed tasks on PostgreSQL (JdbcStateRepository), handed on. */
class AliliveSharedStateTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    @AfterEach
    void resetSimulator() {
        contexts.stopAll();
        SIM.simulator().reset();
    }

    private CamelContext camel(RouteBuilder routes) throws Exception {
        return contexts.start("alilive", SimulatedAlilive.component(SIM), routes);
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseContinuesWhereTheFirstStopped() throws Exception {
        new TaskConsumerScenarios(this::camel, "alilive:queryRtcAsrTasks?delay=50", AliliveTaskConsumer.HEADERS, "1",
                "2", AliliveConsumerTest::create, AliliveConsumerTest::stop)
                .aSecondInstanceContinuesWhereTheFirstStopped(() -> new JdbcStateRepository(DB.dataSource()), 20);
    }
}
