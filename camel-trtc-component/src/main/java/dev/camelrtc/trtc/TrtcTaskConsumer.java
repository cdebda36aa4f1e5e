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
package dev.camelrtc.trtc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Processor;

import dev.camelrtc.support.call.CallPipeline;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.tasks.TaskHeaders;
import dev.camelrtc.support.tasks.TaskObservation;
import dev.camelrtc.support.tasks.TaskPollingConsumer;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.support.tasks.TaskStatusModel;
import dev.camelrtc.support.tasks.TaskTracker;
import dev.camelrtc.trtc.model.TaskStatusReply;
import dev.camelrtc.trtc.model.TrtcResponse;

/**
 * Polls a Describe action for the tasks it follows and emits one exchange when a task is first seen, one per status
 * change, and a final one ({@code CamelTrtcTaskEnded=true}) when it stops, exits or no longer exists. Each poll reads
 * at most as many tasks as the action's rate limit allows in one poll interval, least recently read first.
 */
public class TrtcTaskConsumer extends TaskPollingConsumer {

    static final TaskHeaders HEADERS = new TaskHeaders(TrtcConstants.TASK_ID, TrtcConstants.STATUS,
            TrtcConstants.PREVIOUS_STATUS, TrtcConstants.TASK_ENDED, TrtcConstants.REQUEST_ID);

    /**
     * Idle, Preparing: pending; InProgress, Processing: running; Stopped (AI tasks), Exited (cloud transcription),
     * Success, Failed, Expired (asynchronous text to speech): ended.
     */
    static final TaskStatusModel STATUSES = status -> switch (status) {
        case "Idle", "Preparing" -> TaskState.PENDING;
        case "Stopped", "Exited", "Success", "Failed", "Expired", TaskStatusModel.NOT_FOUND -> TaskState.ENDED;
        default -> TaskState.RUNNING;
    };

    private final TrtcEndpoint endpoint;
    private final TrtcOperations operation;

    public TrtcTaskConsumer(TrtcEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint.getConfiguration(), STATUSES, HEADERS,
                endpoint.getComponent().followRegistry(), endpoint.getOperation().family(), endpoint.getDelay());
        this.endpoint = endpoint;
        this.operation = endpoint.getOperation();
    }

    /** DescribeCloudTranscription needs the SdkAppId: the task's own, else the endpoint's. */
    @Override
    public void follow(String taskId, Map<String, String> attributes) {
        Long sdkAppId = endpoint.getConfiguration().getSdkAppId();
        if (sdkAppId != null && (attributes == null || !attributes.containsKey("SdkAppId"))) {
            Map<String, String> withSdkAppId = attributes == null ? new HashMap<>() : new HashMap<>(attributes);
            withSdkAppId.put("SdkAppId", sdkAppId.toString());
            attributes = withSdkAppId;
        }
        super.follow(taskId, attributes);
    }

    /** One task's Describe; whatever goes wrong becomes that task's failed observation, never the whole poll's. */
    private CompletableFuture<TaskObservation> read(TaskTracker.DueTask task) {
        ObjectNode params = Json.MAPPER.createObjectNode().put("TaskId", task.taskId());
        try {
            String sdkAppId = task.attributes().get("SdkAppId");
            if (sdkAppId != null && operation.accepts("SdkAppId")) {
                params.put("SdkAppId", Long.parseLong(sdkAppId));
            }
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(TaskObservation.failed(task.taskId(),
                    new IllegalArgumentException("Followed task " + task.taskId() + " has an invalid SdkAppId", e)));
        }
        return endpoint.pipeline().once(operation, params, readWait()) // retried by the next poll
                .handle((response, failure) -> {
                    if (failure == null) {
                        String status = ((TaskStatusReply) response).getStatus();
                        return TaskObservation.of(task.taskId(), status == null ? "" : status, response,
                                ((TrtcResponse) response).getRequestId());
                    }
                    Throwable cause = CallPipeline.unwrap(failure);
                    if (cause instanceof TrtcException e && TrtcApi.TASK_NOT_EXIST.equals(e.getCode())) {
                        return TaskObservation.notFound(task.taskId(), e.getRequestId());
                    }
                    return TaskObservation.failed(task.taskId(), cause instanceof Exception e ? e
                            : new IllegalStateException(cause));
                });
    }

    @Override
    protected List<TaskObservation> read() {
        List<CompletableFuture<TaskObservation>> reads = tracker()
                .due(callsPerPoll(endpoint.pipeline().rateLimiter(operation))).stream().map(this::read).toList();
        return reads.stream().map(CompletableFuture::join).toList();
    }
}
