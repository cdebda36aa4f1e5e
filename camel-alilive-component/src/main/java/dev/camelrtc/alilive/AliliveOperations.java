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

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.DeleteRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.DeleteRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksRequest;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.StopRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.StopRtcAsrTaskResponse;
import dev.camelrtc.support.call.OperationSpec;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.json.Parameters;

/**
 * The ApsaraVideo Live RtcAsr actions (API 2016-11-01) as producer operations: what each does, its models and the
 * parameters the API reference marks required. Creates are retried only when the request provably never reached the
 * cloud: CreateRtcAsrTask has no deduplication key, so a repeat after a lost reply would start a second task.
 */
public enum AliliveOperations implements RtcOperation {

    createRtcAsrTask(OperationSpec.start("CreateRtcAsrTask", AliliveOperations.FAMILY)
            .models(CreateRtcAsrTaskRequest.class, CreateRtcAsrTaskResponse.class)
            .requires("Mode", "Language", "CallbackURL")),
    queryRtcAsrTasks(OperationSpec.describe("QueryRtcAsrTasks", AliliveOperations.FAMILY)
            .models(QueryRtcAsrTasksRequest.class, QueryRtcAsrTasksResponse.class).fills("TaskId")),
    stopRtcAsrTask(OperationSpec.stop("StopRtcAsrTask", AliliveOperations.FAMILY)
            .models(StopRtcAsrTaskRequest.class, StopRtcAsrTaskResponse.class).fills("TaskId").requires("TaskId")),
    deleteRtcAsrTask(OperationSpec.stop("DeleteRtcAsrTask", AliliveOperations.FAMILY)
            .models(DeleteRtcAsrTaskRequest.class, DeleteRtcAsrTaskResponse.class).fills("TaskId")
            .requires("TaskId"));

    /** The task family whose creates the queryRtcAsrTasks consumers follow (see the FollowRegistry). */
    public static final String FAMILY = "RtcAsr";

    /** Calls per second per user the API reference documents for each of the four actions. */
    public static final int DOCUMENTED_QPS = 20;

    private final OperationSpec spec;

    AliliveOperations(OperationSpec.Builder spec) {
        this.spec = spec.qps(DOCUMENTED_QPS).build();
    }

    @Override
    public OperationSpec spec() {
        return spec;
    }

    /** CreateRtcAsrTask also needs StreamURL when Mode is live, and SDKAppID, ChannelID and RtcUserId when rtc. */
    @Override
    public void validate(ObjectNode params) {
        RtcOperation.super.validate(params);
        if (this == createRtcAsrTask) {
            String mode = params.path("Mode").asText();
            switch (mode) {
                case "live" -> Parameters.requirePresent(params, List.of("StreamURL"), name() + " (Mode=live)");
                case "rtc" -> Parameters.requirePresent(params, List.of("SDKAppID", "ChannelID", "RtcUserId"),
                        name() + " (Mode=rtc)");
                default -> throw new IllegalArgumentException("Invalid parameter Mode for operation " + name()
                        + ": '" + mode + "' (expected live or rtc)");
            }
        }
    }

    /** The operation of a URI path or header value; fails listing the valid names. */
    public static AliliveOperations fromName(String name) {
        return RtcOperation.fromName(AliliveOperations.class, "alilive", name);
    }
}
