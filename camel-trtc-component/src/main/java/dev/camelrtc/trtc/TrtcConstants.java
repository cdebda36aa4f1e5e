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

import org.apache.camel.spi.Metadata;

import dev.camelrtc.support.tasks.TaskState;

/** Message headers of the trtc component. */
public interface TrtcConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the operation of the URI.",
              javaType = "String")
    String OPERATION = "CamelTrtcOperation";

    @Metadata(description = "In: the TaskId of the request where the body leaves it unset."
                            + " Out: the TaskId of the task the reply (or consumer event) is about.",
              javaType = "String")
    String TASK_ID = "CamelTrtcTaskId";

    @Metadata(label = "producer", description = "The SdkAppId of the request where the body leaves it unset.",
              javaType = "Long")
    String SDK_APP_ID = "CamelTrtcSdkAppId";

    @Metadata(label = "producer", description = "The RoomId of the request where the body leaves it unset.",
              javaType = "String")
    String ROOM_ID = "CamelTrtcRoomId";

    @Metadata(label = "producer", description = "The SessionId of the request where the body leaves it unset.",
              javaType = "String")
    String SESSION_ID = "CamelTrtcSessionId";

    @Metadata(description = "The RequestId Tencent Cloud returned for the call.", javaType = "String")
    String REQUEST_ID = "CamelTrtcRequestId";

    @Metadata(description = "The task status of a Describe reply (Idle, Preparing, InProgress, Stopped; cloud"
                            + " transcription: Idle, InProgress, Exited; asynchronous text to speech: Processing,"
                            + " Success, Failed, Expired).",
              javaType = "String")
    String STATUS = "CamelTrtcStatus";

    @Metadata(label = "consumer", description = "The status the consumer delivered before this one; absent when the"
                                                + " task is first seen.",
              javaType = "String")
    String PREVIOUS_STATUS = "CamelTrtcPreviousStatus";

    @Metadata(label = "consumer", description = "True on the last exchange of a task: it stopped, exited or no longer"
                                                + " exists (status NotFound); the task is no longer polled.",
              javaType = "Boolean")
    String TASK_ENDED = "CamelTrtcTaskEnded";

    @Metadata(label = "producer", description = "On a start: false keeps the consumers of this component from following"
                                                + " the new task. On any other operation with a TaskId: true makes them"
                                                + " follow it, false makes them forget it.",
              javaType = "Boolean")
    String FOLLOW = "CamelTrtcFollow";

    @Metadata(label = "producer", description = "textToSpeech: the format of the audio in the body (pcm, wav, mp3 or"
                                                + " opus): the request's AudioFormat.Format, else the API's default,"
                                                + " pcm.",
              javaType = "String")
    String AUDIO_FORMAT = "CamelTrtcAudioFormat";

    @Metadata(label = "producer", description = "textToSpeech: the sample rate of the audio in the body, in Hz: the"
                                                + " request's AudioFormat.SampleRate, else the API's default, 24000.",
              javaType = "Long")
    String AUDIO_SAMPLE_RATE = "CamelTrtcAudioSampleRate";

    @Metadata(label = "producer", description = "textToSpeech: the length of the audio in milliseconds (the reply's"
                                                + " TotalDurationMs), when the reply has it.",
              javaType = "Long")
    String AUDIO_DURATION_MS = "CamelTrtcAudioDurationMs";

    @Metadata(label = "producer", description = "textToSpeech: the subtitles of the audio (the reply's Alignments),"
                                                + " when the request's AlignmentMode asked for them.",
              javaType = "java.util.List<dev.camelrtc.trtc.model.AlignmentItem>")
    String ALIGNMENTS = "CamelTrtcAlignments";

    @Metadata(label = "consumer", description = "The cloud-neutral state of the task: PENDING, RUNNING or ENDED (the same"
                                                + " header and values as the alilive component).",
              javaType = "String")
    String TASK_STATE = TaskState.HEADER;
}
