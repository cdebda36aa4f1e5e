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

import java.nio.file.Files;

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
