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

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Message;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.testing.CamelContexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply headers of the producer as the trtc producer sets them: from the reply's values, a null or blank value
 * setting nothing (so that it never replaces a header the exchange already had with an empty one).
 */
class AliliveReplyHeadersTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("alilive", () -> SimulatedAlilive.component(SIM), null);

    private Message replyHeaders(AliliveOperations operation, String params, Object reply) throws Exception {
        AliliveEndpoint endpoint = camel.context().getEndpoint("alilive:" + operation.name(), AliliveEndpoint.class);
        AliliveProducer producer = (AliliveProducer) endpoint.createProducer();
        Message message = new DefaultExchange(camel.context()).getMessage();
        message.setHeader(AliliveConstants.REQUEST_ID, "from-before");
        message.setHeader(AliliveConstants.TASK_ID, "from-before");
        producer.setReplyHeaders(message, operation, (ObjectNode) Json.MAPPER.readTree(params), reply);
        return message;
    }

    private static <T> T reply(String json, Class<T> type) throws Exception {
        return Json.MAPPER.readValue(json, type);
    }

    @Test
    void blankReplyValuesSetNoHeader() throws Exception {
        Message created = replyHeaders(AliliveOperations.createRtcAsrTask, "{}",
                reply("{\"RequestId\":\" \",\"TaskId\":\"\"}", CreateRtcAsrTaskResponse.class));
        assertThat(created.getHeader(AliliveConstants.REQUEST_ID)).isEqualTo("from-before");
        assertThat(created.getHeader(AliliveConstants.TASK_ID)).isEqualTo("from-before");

        Message queried = replyHeaders(AliliveOperations.queryRtcAsrTasks, "{\"TaskId\":\"\"}",
                reply("{\"RequestId\":\"\",\"Tasks\":{\"\":{\"status\":1}}}", QueryRtcAsrTasksResponse.class));
        assertThat(queried.getHeader(AliliveConstants.REQUEST_ID)).isEqualTo("from-before");
        assertThat(queried.getHeader(AliliveConstants.TASK_ID)).isEqualTo("from-before");
        assertThat(queried.getHeader(AliliveConstants.STATUS)).isNull();
    }

    @Test
    void presentReplyValuesSetTheirHeaders() throws Exception {
        Message queried = replyHeaders(AliliveOperations.queryRtcAsrTasks, "{\"TaskId\":\"t-1\"}",
                reply("{\"RequestId\":\"r-1\",\"Tasks\":{\"t-1\":{\"status\":1}}}", QueryRtcAsrTasksResponse.class));
        assertThat(queried.getHeader(AliliveConstants.REQUEST_ID)).isEqualTo("r-1");
        assertThat(queried.getHeader(AliliveConstants.TASK_ID)).isEqualTo("t-1");
        assertThat(queried.getHeader(AliliveConstants.STATUS)).isEqualTo(1);
    }
}
