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

/** Content sent to the LLM, for ControlAIConversation command InvokeLLM. */
public class InvokeLLM extends TrtcModel {

    /** Content sent to the LLM (request carries header X-Invoke-LLM: 1). */
    @JsonProperty("Content")
    private String content;

    /** Whether to interrupt what the bot is currently saying. */
    @JsonProperty("Interrupt")
    private Boolean interrupt;

    /** Experimental parameters as a string. */
    @JsonProperty("ExperimentalParams")
    private String experimentalParams;

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public InvokeLLM withContent(String content) {
        this.content = content;
        return this;
    }

    public Boolean getInterrupt() {
        return interrupt;
    }

    public void setInterrupt(Boolean interrupt) {
        this.interrupt = interrupt;
    }

    public InvokeLLM withInterrupt(Boolean interrupt) {
        this.interrupt = interrupt;
        return this;
    }

    public String getExperimentalParams() {
        return experimentalParams;
    }

    public void setExperimentalParams(String experimentalParams) {
        this.experimentalParams = experimentalParams;
    }

    public InvokeLLM withExperimentalParams(String experimentalParams) {
        this.experimentalParams = experimentalParams;
        return this;
    }
}
