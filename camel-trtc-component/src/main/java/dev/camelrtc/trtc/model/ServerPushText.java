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

/** Text or audio the bot should speak, for ControlAIConversation command ServerPushText. */
public class ServerPushText extends TrtcModel {

    /** Text to speak; ignored when Audio is set. */
    @JsonProperty("Text")
    private String text;

    /** Whether to interrupt what the bot is currently saying. */
    @JsonProperty("Interrupt")
    private Boolean interrupt;

    /** Whether to end the conversation after playing. */
    @JsonProperty("StopAfterPlay")
    private Boolean stopAfterPlay;

    /** Base64 mono PCM audio at the TTS sample rate, played instead of Text. */
    @JsonProperty("Audio")
    private String audio;

    /** When Interrupt is false: 0 drop the message if the bot is speaking, 1 queue it. */
    @JsonProperty("DropMode")
    private Long dropMode;

    /** Priority 0 (default) or 1 (needs allow-listing). */
    @JsonProperty("Priority")
    private Long priority;

    /** Whether to add the text to the LLM context history. */
    @JsonProperty("AddHistory")
    private Boolean addHistory;

    /** JSON document (as a string) bound to the subtitle of this text. */
    @JsonProperty("MetaInfo")
    private String metaInfo;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ServerPushText withText(String text) {
        this.text = text;
        return this;
    }

    public Boolean getInterrupt() {
        return interrupt;
    }

    public void setInterrupt(Boolean interrupt) {
        this.interrupt = interrupt;
    }

    public ServerPushText withInterrupt(Boolean interrupt) {
        this.interrupt = interrupt;
        return this;
    }

    public Boolean getStopAfterPlay() {
        return stopAfterPlay;
    }

    public void setStopAfterPlay(Boolean stopAfterPlay) {
        this.stopAfterPlay = stopAfterPlay;
    }

    public ServerPushText withStopAfterPlay(Boolean stopAfterPlay) {
        this.stopAfterPlay = stopAfterPlay;
        return this;
    }

    public String getAudio() {
        return audio;
    }

    public void setAudio(String audio) {
        this.audio = audio;
    }

    public ServerPushText withAudio(String audio) {
        this.audio = audio;
        return this;
    }

    public Long getDropMode() {
        return dropMode;
    }

    public void setDropMode(Long dropMode) {
        this.dropMode = dropMode;
    }

    public ServerPushText withDropMode(Long dropMode) {
        this.dropMode = dropMode;
        return this;
    }

    public Long getPriority() {
        return priority;
    }

    public void setPriority(Long priority) {
        this.priority = priority;
    }

    public ServerPushText withPriority(Long priority) {
        this.priority = priority;
        return this;
    }

    public Boolean getAddHistory() {
        return addHistory;
    }

    public void setAddHistory(Boolean addHistory) {
        this.addHistory = addHistory;
    }

    public ServerPushText withAddHistory(Boolean addHistory) {
        this.addHistory = addHistory;
        return this;
    }

    public String getMetaInfo() {
        return metaInfo;
    }

    public void setMetaInfo(String metaInfo) {
        this.metaInfo = metaInfo;
    }

    public ServerPushText withMetaInfo(String metaInfo) {
        this.metaInfo = metaInfo;
        return this;
    }
}
