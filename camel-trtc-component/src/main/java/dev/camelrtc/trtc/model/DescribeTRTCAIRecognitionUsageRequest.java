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

/** Request of the DescribeTRTCAIRecognitionUsage action: AI usage per period, at most 31 days per query. */
public class DescribeTRTCAIRecognitionUsageRequest extends TrtcModel {

    /** Required. Start of the queried period, "yyyy-MM-dd HH:mm:ss". */
    @JsonProperty("StartTime")
    private String startTime;

    /** Required. End of the queried period, "yyyy-MM-dd HH:mm:ss"; at most 31 days after StartTime. */
    @JsonProperty("EndTime")
    private String endTime;

    /**
     * Required. The usage types: conversation (AI conversation), asr (speech to text), translation (real-time
     * translation), tts (real-time speech synthesis).
     */
    @JsonProperty("AuType")
    private List<String> auType;

    /** The application whose usage to read (a string in this API); absent: the total of all applications. */
    @JsonProperty("SdkAppId")
    private String sdkAppId;

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public DescribeTRTCAIRecognitionUsageRequest withStartTime(String startTime) {
        this.startTime = startTime;
        return this;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public DescribeTRTCAIRecognitionUsageRequest withEndTime(String endTime) {
        this.endTime = endTime;
        return this;
    }

    public List<String> getAuType() {
        return auType;
    }

    public void setAuType(List<String> auType) {
        this.auType = auType;
    }

    public DescribeTRTCAIRecognitionUsageRequest withAuType(List<String> auType) {
        this.auType = auType;
        return this;
    }

    public String getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(String sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public DescribeTRTCAIRecognitionUsageRequest withSdkAppId(String sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }
}
