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

/** Response of the DescribeTRTCAIRecognitionUsage action. */
public class DescribeTRTCAIRecognitionUsageResponse extends TrtcResponse {

    /** The usage types, in the order of the values of every UsageList entry and of TotalUsage. */
    @JsonProperty("UsageKey")
    private List<String> usageKey;

    /** Usage per period: 5 minutes when the query spans at most one day, else one day. */
    @JsonProperty("UsageList")
    private List<UsageList> usageList;

    /** Total usage of the whole query, one value per UsageKey. */
    @JsonProperty("TotalUsage")
    private List<Float> totalUsage;

    public List<String> getUsageKey() {
        return usageKey;
    }

    public void setUsageKey(List<String> usageKey) {
        this.usageKey = usageKey;
    }

    public DescribeTRTCAIRecognitionUsageResponse withUsageKey(List<String> usageKey) {
        this.usageKey = usageKey;
        return this;
    }

    public List<UsageList> getUsageList() {
        return usageList;
    }

    public void setUsageList(List<UsageList> usageList) {
        this.usageList = usageList;
    }

    public DescribeTRTCAIRecognitionUsageResponse withUsageList(List<UsageList> usageList) {
        this.usageList = usageList;
        return this;
    }

    public List<Float> getTotalUsage() {
        return totalUsage;
    }

    public void setTotalUsage(List<Float> totalUsage) {
        this.totalUsage = totalUsage;
    }

    public DescribeTRTCAIRecognitionUsageResponse withTotalUsage(List<Float> totalUsage) {
        this.totalUsage = totalUsage;
        return this;
    }
}
