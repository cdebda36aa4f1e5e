package dev.camelrtc.alilive;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.DeleteRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.DeleteRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksRequest;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.StopRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.StopRtcAsrTaskResponse;
import dev.camelrtc.support.Parameters;

/**
 * The ApsaraVideo Live RtcAsr actions (API 2016-11-01) as producer operations: wire action, models and the
 * parameters the API reference marks required.
 */
public enum AliliveOperations {

    createRtcAsrTask("CreateRtcAsrTask", CreateRtcAsrTaskRequest.class, CreateRtcAsrTaskResponse.class, false,
            List.of("Mode", "Language", "CallbackURL")),
    queryRtcAsrTasks("QueryRtcAsrTasks", QueryRtcAsrTasksRequest.class, QueryRtcAsrTasksResponse.class, true,
            List.of()),
    stopRtcAsrTask("StopRtcAsrTask", StopRtcAsrTaskRequest.class, StopRtcAsrTaskResponse.class, true,
            List.of("TaskId")),
    deleteRtcAsrTask("DeleteRtcAsrTask", DeleteRtcAsrTaskRequest.class, DeleteRtcAsrTaskResponse.class, true,
            List.of("TaskId"));

    private final String action;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final boolean takesTaskId;
    private final List<String> required;

    AliliveOperations(String action, Class<?> requestType, Class<?> responseType, boolean takesTaskId,
                      List<String> required) {
        this.action = action;
        this.requestType = requestType;
        this.responseType = responseType;
        this.takesTaskId = takesTaskId;
        this.required = required;
    }

    /** The task family whose creates the queryRtcAsrTasks consumers follow (see the FollowRegistry). */
    public static final String FAMILY = "RtcAsr";

    /** Calls per second per user the API reference documents for each of the four actions. */
    public static final int DOCUMENTED_QPS = 20;

    /** The API action name, e.g. {@code CreateRtcAsrTask}. */
    public String action() {
        return action;
    }

    public Class<?> requestType() {
        return requestType;
    }

    public Class<?> responseType() {
        return responseType;
    }

    /** Whether the request has a TaskId that the taskId option and the CamelAliliveTaskId header may fill. */
    public boolean takesTaskId() {
        return takesTaskId;
    }

    public int documentedQps() {
        return DOCUMENTED_QPS;
    }

    public boolean isCreate() {
        return this == createRtcAsrTask;
    }

    /** Stop and delete: repeating one is harmless, and ConfigNotFound after a retry means an earlier attempt did it. */
    public boolean isStopOrDelete() {
        return this == stopRtcAsrTask || this == deleteRtcAsrTask;
    }

    /**
     * Whether a failure that may have been executed (5xx, timeout after sending) may be retried: everything but
     * create, which has no deduplication key, so a repeat could start a second task.
     */
    public boolean isRepeatable() {
        return !isCreate();
    }

    /**
     * Fails with an IllegalArgumentException naming the missing parameter and this operation. CreateRtcAsrTask
     * also needs StreamURL when Mode is live, and SDKAppID, ChannelID and RtcUserId when Mode is rtc.
     */
    public void validate(ObjectNode params) {
        Parameters.requirePresent(params, required, name());
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
        for (AliliveOperations op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        for (AliliveOperations op : values()) {
            if (op.name().equalsIgnoreCase(name) || op.action.equalsIgnoreCase(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown alilive operation '" + name + "'. Valid operations: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
