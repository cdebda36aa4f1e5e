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

/** Translation parameters of CreateCloudTranscription. */
public class TranslationParam extends TrtcModel {

    /** Target languages: zh, en, yue, vi, ja, ko, id, th, pt, ar, es, fr, ms, de, it, ru. */
    @JsonProperty("TargetLang")
    private List<String> targetLang;

    public List<String> getTargetLang() {
        return targetLang;
    }

    public void setTargetLang(List<String> targetLang) {
        this.targetLang = targetLang;
    }

    public TranslationParam withTargetLang(List<String> targetLang) {
        this.targetLang = targetLang;
        return this;
    }
}
