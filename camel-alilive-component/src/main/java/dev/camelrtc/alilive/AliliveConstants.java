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

import org.apache.camel.spi.Metadata;

import dev.camelrtc.support.tasks.TaskState;

/** Message headers of the alilive component. */
public interface AliliveConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the operation of the URI.",
              javaType = "String")
    String OPERATION = "CamelAliliveOperation";

    @Metadata(description = "In: the TaskId of the request where the body leaves it unset (query, stop, delete)."
                            + " Out: the TaskId of the created, queried, stopped or deleted task.",
              javaType = "String")
    String TASK_ID = "CamelAliliveTaskId";

    @Metadata(description = "The RequestId Alibaba Cloud returned for the call (consumer: of the list call that"
                            + " observed the change).",
              javaType = "String")
    String REQUEST_ID = "CamelAliliveRequestId";

    @Metadata(description = "Producer: the status number (Integer) of the task a queryRtcAsrTasks call for one TaskId"
                            + " returned. Consumer: the task's status as text: 0 (starting), 1 (running), 2 (stopped)"
                            + " or NotFound (no longer listed). The numbers' meanings are the simulator's reading;"
                            + " Alibaba does not document them.",
              javaType = "Object")
    String STATUS = "CamelAliliveStatus";

    @Metadata(label = "consumer", description = "The status the consumer delivered before this one; absent when the"
                                                + " task is first seen.",
              javaType = "String")
    String PREVIOUS_STATUS = "CamelAlilivePreviousStatus";

    @Metadata(label = "consumer", description = "True on the last exchange of a task: it stopped (status 2) or is no"
                                                + " longer listed (status NotFound); the task is no longer followed.",
              javaType = "Boolean")
    String TASK_ENDED = "CamelAliliveTaskEnded";

    @Metadata(label = "producer", description = "On createRtcAsrTask: false keeps the consumers of this component from"
                                                + " following the new task. On any other operation with a TaskId: true"
                                                + " makes them follow it, false makes them forget it.",
              javaType = "Boolean")
    String FOLLOW = "CamelAliliveFollow";

    @Metadata(label = "consumer", description = "The cloud-neutral state of the task: PENDING, RUNNING or ENDED (the same"
                                                + " header and values as the trtc component).",
              javaType = "String")
    String TASK_STATE = TaskState.HEADER;
}
