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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.alilive.model.AliliveResponse;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.RtcAsrTask;
import dev.camelrtc.support.RtcProducerSupport;
import dev.camelrtc.support.json.Parameters;

/** Calls an RtcAsr operation; see {@link RtcProducerSupport}. */
public class AliliveProducer extends RtcProducerSupport<AliliveOperations> {

    public AliliveProducer(AliliveEndpoint endpoint) {
        super(endpoint, AliliveConstants.OPERATION, AliliveConstants.TASK_ID, AliliveConstants.FOLLOW);
    }

    @Override
    protected ObjectNode request(AliliveOperations operation, Exchange exchange) {
        return AliliveRequests.build(operation, exchange.getMessage(),
                (AliliveConfiguration) getEndpoint().getConfiguration());
    }

    @Override
    protected void setReplyHeaders(Message message, AliliveOperations operation, ObjectNode params, Object response) {
        AliliveResponse reply = (AliliveResponse) response;
        setIfPresent(message, AliliveConstants.REQUEST_ID, reply.getRequestId());
        JsonNode requested = params.get("TaskId");
        String requestedTaskId = Parameters.isMissing(requested) ? null : requested.asText();
        String taskId = reply instanceof CreateRtcAsrTaskResponse created ? created.getTaskId() : requestedTaskId;
        setIfPresent(message, AliliveConstants.TASK_ID, taskId);
        if (reply instanceof QueryRtcAsrTasksResponse query && requestedTaskId != null) {
            RtcAsrTask task = query.getTask(requestedTaskId);
            if (task != null && task.getStatus() != null) {
                message.setHeader(AliliveConstants.STATUS, task.getStatus());
            }
        }
    }
}
