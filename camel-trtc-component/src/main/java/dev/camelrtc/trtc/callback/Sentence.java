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

/**
 * Event 903 (AI services) or 1403 (cloud transcription): one complete sentence of a user (in an AI conversation also
 * a complete reply of the AI), with its start and end in milliseconds and the conversation round it belongs to.
 */
public record Sentence(int eventGroupId, int eventType, String taskId, String roomId, long eventMsTs, String userId,
                       String text, Long startTimeMs, Long endTimeMs, String roundId)
        implements TrtcEvent {
}
