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

/** Voiceprint configuration of StartAITranscription and StartAIConversation. */
public class VoicePrint extends TrtcModel {

    /** 0 voiceprint off (default), 1 voiceprint on. */
    @JsonProperty("Mode")
    private Long mode;

    /** Voiceprint ids; exactly one id when Mode is 1. */
    @JsonProperty("IdList")
    private List<String> idList;

    public Long getMode() {
        return mode;
    }

    public void setMode(Long mode) {
        this.mode = mode;
    }

    public VoicePrint withMode(Long mode) {
        this.mode = mode;
        return this;
    }

    public List<String> getIdList() {
        return idList;
    }

    public void setIdList(List<String> idList) {
        this.idList = idList;
    }

    public VoicePrint withIdList(List<String> idList) {
        this.idList = idList;
        return this;
    }
}
