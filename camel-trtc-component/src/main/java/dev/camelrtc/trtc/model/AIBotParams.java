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
package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the bots of the AI tasks, StartAIConversation (AgentConfig) and StartAITranscription (TranscriptionParams),
 * take alike beyond {@link BotParams}: whom they listen to and how they detect voices and turns.
 */
public abstract class AIBotParams<R extends AIBotParams<R>> extends BotParams<R> {

    /** UserId of the user the bot listens to (see the action for when it is required). */
    @JsonProperty("TargetUserId")
    private String targetUserId;

    /** Voiceprint configuration. */
    @JsonProperty("VoicePrint")
    private VoicePrint voicePrint;

    /** Semantic turn detection configuration. */
    @JsonProperty("TurnDetection")
    private TurnDetection turnDetection;

    public String getTargetUserId() {
        return targetUserId;
    }

    public void setTargetUserId(String targetUserId) {
        this.targetUserId = targetUserId;
    }

    public R withTargetUserId(String targetUserId) {
        this.targetUserId = targetUserId;
        return self();
    }

    public VoicePrint getVoicePrint() {
        return voicePrint;
    }

    public void setVoicePrint(VoicePrint voicePrint) {
        this.voicePrint = voicePrint;
    }

    public R withVoicePrint(VoicePrint voicePrint) {
        this.voicePrint = voicePrint;
        return self();
    }

    public TurnDetection getTurnDetection() {
        return turnDetection;
    }

    public void setTurnDetection(TurnDetection turnDetection) {
        this.turnDetection = turnDetection;
    }

    public R withTurnDetection(TurnDetection turnDetection) {
        this.turnDetection = turnDetection;
        return self();
    }
}
