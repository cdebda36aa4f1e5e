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
package dev.camelrtc.trtc.callback;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;

import dev.camelrtc.support.callback.CallbackMessage;
import dev.camelrtc.support.tasks.EndClaims;
import dev.camelrtc.support.tasks.FollowRegistry;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.TrtcOperations;

/**
 * Keeps a trtc-callbacks consumer and the polling consumers of the {@code trtc} component of its CamelContext in
 * agreement, through that component's {@link FollowRegistry}. A start event (901/1401 with Status 0) posts the task, so
 * that the consumers following started tasks follow it (group 9 does not say whether the task is an AI transcription
 * or an AI conversation: both families get it, unconfirmed, and the one whose Describe never finds it forgets it). A
 * task's end (902/1402, or a failed start) is routed here unless a polling consumer delivered it first; once routed,
 * the polling consumers forget the task without an ended exchange of their own. With a JdbcStateRepository as the
 * {@code trtc} component's {@code stateRepository} (shared by every replica), the end is claimed in the database too,
 * so that the agreement holds with the leader's polling consumer on another replica.
 */
final class PollingAgreement {

    private static final String TRTC = "trtc";

    private final CamelContext context;

    PollingAgreement(CamelContext context) {
        this.context = context;
    }

    /**
     * Called before routing an accepted event: false when the event is a task's end that a polling consumer delivered
     * (or is delivering), so that it must not be routed.
     */
    boolean beforeRoute(CallbackMessage event, String sdkAppId) {
        FollowRegistry registry = registry();
        String taskId = (String) event.headers().get(TrtcCallbacksConstants.TASK_ID);
        if (registry == null || taskId == null) {
            return true;
        }
        TaskState state = state(event);
        if (state == TaskState.ENDED) {
            return registry.claimPushEnd(taskId, endClaims());
        }
        if (state == TaskState.RUNNING) {
            Map<String, String> attributes = new HashMap<>();
            if (sdkAppId != null) {
                attributes.put("SdkAppId", sdkAppId);
            }
            if (Integer.valueOf(14).equals(event.headers().get(TrtcCallbacksConstants.EVENT_GROUP_ID))) {
                registry.followStarted(TrtcOperations.describeCloudTranscription.family(), taskId, attributes);
            } else {
                attributes.put(FollowRegistry.UNCONFIRMED, "true");
                registry.followStarted(TrtcOperations.describeAITranscription.family(), taskId, attributes);
                registry.followStarted(TrtcOperations.describeAIConversation.family(), taskId, attributes);
            }
        }
        return true;
    }

    /** Called once a routed event's exchange completed. */
    void afterRoute(CallbackMessage event, boolean ok) {
        FollowRegistry registry = registry();
        String taskId = (String) event.headers().get(TrtcCallbacksConstants.TASK_ID);
        if (registry != null && taskId != null && state(event) == TaskState.ENDED) {
            registry.pushEndDone(taskId, ok, endClaims());
        }
    }

    private static TaskState state(CallbackMessage event) {
        Object state = event.headers().get(TrtcCallbacksConstants.TASK_STATE);
        return state == null ? null : TaskState.valueOf(state.toString());
    }

    /** The trtc component's shared store, when it claims ends among instances (a JdbcStateRepository). */
    private EndClaims endClaims() {
        return context.hasComponent(TRTC) instanceof TrtcComponent trtc
                && trtc.getConfiguration().getStateRepository() instanceof EndClaims claims ? claims : null;
    }

    private FollowRegistry registry() {
        return context.hasComponent(TRTC) instanceof TrtcComponent trtc ? trtc.followRegistry() : null;
    }
}
