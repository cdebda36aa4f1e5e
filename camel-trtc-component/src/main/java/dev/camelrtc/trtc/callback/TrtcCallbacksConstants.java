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

import org.apache.camel.spi.Metadata;

import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcConstants;

/** Message headers of the trtc-callbacks consumer; task and room headers have the names the trtc component uses. */
public interface TrtcCallbacksConstants {

    @Metadata(label = "consumer", description = "The callback's EventType, e.g. 901 task started, 902 task stopped,"
                                                + " 903 a sentence.",
              javaType = "Integer")
    String EVENT_TYPE = "CamelTrtcEventType";

    @Metadata(label = "consumer", description = "The callback's EventGroupId: 9 AI services, 14 cloud transcription.",
              javaType = "Integer")
    String EVENT_GROUP_ID = "CamelTrtcEventGroupId";

    @Metadata(label = "consumer", description = "The TaskId the event is about.", javaType = "String")
    String TASK_ID = TrtcConstants.TASK_ID;

    @Metadata(label = "consumer", description = "The RoomId of the task.", javaType = "String")
    String ROOM_ID = TrtcConstants.ROOM_ID;

    @Metadata(label = "consumer", description = "The event's EventMsTs: when it happened, epoch milliseconds.",
              javaType = "Long")
    String EVENT_TIME = "CamelTrtcEventMsTs";

    @Metadata(label = "consumer", description = "On task started and stopped events only: the cloud-neutral state of"
                                                + " the task, RUNNING or ENDED (a task that failed to start is ENDED).",
              javaType = "String")
    String TASK_STATE = TaskState.HEADER;
}
