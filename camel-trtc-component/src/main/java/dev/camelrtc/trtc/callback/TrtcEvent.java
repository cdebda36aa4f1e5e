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
 * A TRTC AI-service server callback the consumer recognised; its fields are those of the callback's {@code EventInfo}
 * and {@code Payload}. Event types without a type of their own arrive as the callback's JSON (a Jackson JsonNode).
 */
public sealed interface TrtcEvent permits TaskStarted, TaskStopped, Sentence {

    /** 9 for the AI services (AI transcription, AI conversation), 14 for cloud transcription. */
    int eventGroupId();

    int eventType();

    String taskId();

    String roomId();

    /** When the event happened, epoch milliseconds. */
    long eventMsTs();
}
