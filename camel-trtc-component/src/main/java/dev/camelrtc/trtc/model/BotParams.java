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
 * What the bot parameters of StartAIConversation (AgentConfig), StartAITranscription (TranscriptionParams) and
 * CreateCloudTranscription (TranscriptionParam) take alike: the bot's identity in the room and when it leaves.
 * The {@code with} methods return {@code R}, the parameters class.
 */
public abstract class BotParams<R extends BotParams<R>> extends TrtcModel {

    /** Required. UserId of the bot in the room, unique in the room. */
    @JsonProperty("UserId")
    private String userId;

    /** Required. UserSig of the bot's UserId. */
    @JsonProperty("UserSig")
    private String userSig;

    /** Seconds of idleness (as the action defines it) before the task stops itself. */
    @JsonProperty("MaxIdleTime")
    private Long maxIdleTime;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public R withUserId(String userId) {
        this.userId = userId;
        return self();
    }

    public String getUserSig() {
        return userSig;
    }

    public void setUserSig(String userSig) {
        this.userSig = userSig;
    }

    public R withUserSig(String userSig) {
        this.userSig = userSig;
        return self();
    }

    public Long getMaxIdleTime() {
        return maxIdleTime;
    }

    public void setMaxIdleTime(Long maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    public R withMaxIdleTime(Long maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
        return self();
    }
}
