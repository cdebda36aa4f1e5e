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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AI agent (bot) configuration of StartAIConversation; TargetUserId (required) is the user the bot talks to,
 * MaxIdleTime counts seconds without that user, default 60.
 */
public class AgentConfig extends AIBotParams<AgentConfig> {

    /** Message the bot says when the conversation starts. */
    @JsonProperty("WelcomeMessage")
    private String welcomeMessage;

    /** 0 server interrupts automatically on speech (default), 1 client sends the interrupt signal. */
    @JsonProperty("InterruptMode")
    private Long interruptMode;

    /** Speech duration in ms that interrupts the bot when InterruptMode is 0; default 500. */
    @JsonProperty("InterruptSpeechDuration")
    private Long interruptSpeechDuration;

    /** 0 each ASR sentence ends a turn (default), 1 client triggers the turn, 3 semantic (see TurnDetection). */
    @JsonProperty("TurnDetectionMode")
    private Long turnDetectionMode;

    /** Whether to ignore one-word utterances; default true. */
    @JsonProperty("FilterOneWord")
    private Boolean filterOneWord;

    /** Welcome message priority: 0 interruptible, 1 not interruptible. */
    @JsonProperty("WelcomeMessagePriority")
    private Long welcomeMessagePriority;

    /** Bracket type whose content is not spoken, 1-5. */
    @JsonProperty("FilterBracketsContent")
    private Long filterBracketsContent;

    /** Ambient background sound. */
    @JsonProperty("AmbientSound")
    private AmbientSound ambientSound;

    /** 0 subtitles as soon as possible in full, 1 sentence-synchronised incremental subtitles. */
    @JsonProperty("SubtitleMode")
    private Long subtitleMode;

    /** Words that interrupt the bot. */
    @JsonProperty("InterruptWordList")
    private List<String> interruptWordList;

    public String getWelcomeMessage() {
        return welcomeMessage;
    }

    public void setWelcomeMessage(String welcomeMessage) {
        this.welcomeMessage = welcomeMessage;
    }

    public AgentConfig withWelcomeMessage(String welcomeMessage) {
        this.welcomeMessage = welcomeMessage;
        return this;
    }

    public Long getInterruptMode() {
        return interruptMode;
    }

    public void setInterruptMode(Long interruptMode) {
        this.interruptMode = interruptMode;
    }

    public AgentConfig withInterruptMode(Long interruptMode) {
        this.interruptMode = interruptMode;
        return this;
    }

    public Long getInterruptSpeechDuration() {
        return interruptSpeechDuration;
    }

    public void setInterruptSpeechDuration(Long interruptSpeechDuration) {
        this.interruptSpeechDuration = interruptSpeechDuration;
    }

    public AgentConfig withInterruptSpeechDuration(Long interruptSpeechDuration) {
        this.interruptSpeechDuration = interruptSpeechDuration;
        return this;
    }

    public Long getTurnDetectionMode() {
        return turnDetectionMode;
    }

    public void setTurnDetectionMode(Long turnDetectionMode) {
        this.turnDetectionMode = turnDetectionMode;
    }

    public AgentConfig withTurnDetectionMode(Long turnDetectionMode) {
        this.turnDetectionMode = turnDetectionMode;
        return this;
    }

    public Boolean getFilterOneWord() {
        return filterOneWord;
    }

    public void setFilterOneWord(Boolean filterOneWord) {
        this.filterOneWord = filterOneWord;
    }

    public AgentConfig withFilterOneWord(Boolean filterOneWord) {
        this.filterOneWord = filterOneWord;
        return this;
    }

    public Long getWelcomeMessagePriority() {
        return welcomeMessagePriority;
    }

    public void setWelcomeMessagePriority(Long welcomeMessagePriority) {
        this.welcomeMessagePriority = welcomeMessagePriority;
    }

    public AgentConfig withWelcomeMessagePriority(Long welcomeMessagePriority) {
        this.welcomeMessagePriority = welcomeMessagePriority;
        return this;
    }

    public Long getFilterBracketsContent() {
        return filterBracketsContent;
    }

    public void setFilterBracketsContent(Long filterBracketsContent) {
        this.filterBracketsContent = filterBracketsContent;
    }

    public AgentConfig withFilterBracketsContent(Long filterBracketsContent) {
        this.filterBracketsContent = filterBracketsContent;
        return this;
    }

    public AmbientSound getAmbientSound() {
        return ambientSound;
    }

    public void setAmbientSound(AmbientSound ambientSound) {
        this.ambientSound = ambientSound;
    }

    public AgentConfig withAmbientSound(AmbientSound ambientSound) {
        this.ambientSound = ambientSound;
        return this;
    }

    public Long getSubtitleMode() {
        return subtitleMode;
    }

    public void setSubtitleMode(Long subtitleMode) {
        this.subtitleMode = subtitleMode;
    }

    public AgentConfig withSubtitleMode(Long subtitleMode) {
        this.subtitleMode = subtitleMode;
        return this;
    }

    public List<String> getInterruptWordList() {
        return interruptWordList;
    }

    public void setInterruptWordList(List<String> interruptWordList) {
        this.interruptWordList = interruptWordList;
    }

    public AgentConfig withInterruptWordList(List<String> interruptWordList) {
        this.interruptWordList = interruptWordList;
        return this;
    }
}
