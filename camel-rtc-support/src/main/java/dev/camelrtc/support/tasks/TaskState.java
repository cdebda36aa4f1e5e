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
package dev.camelrtc.support.tasks;

/**
 * The cloud-neutral state of a task, set as header {@code CamelRtcTaskState} by both components' consumers so that a
 * route can treat Tencent and Alibaba tasks alike.
 */
public enum TaskState {
    /** Created but not transcribing yet (TRTC Idle, Preparing). */
    PENDING,
    /** Transcribing (TRTC InProgress, Alibaba running). */
    RUNNING,
    /** Stopped, exited, or gone from the API: the last event of the task. */
    ENDED;

    /** Header with the normalized state, the same for every vendor. */
    public static final String HEADER = "CamelRtcTaskState";
}
