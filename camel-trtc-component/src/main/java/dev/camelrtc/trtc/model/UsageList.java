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

/** Usage of one period in a DescribeTRTCAIRecognitionUsage response. */
public class UsageList extends TrtcModel {

    /** The period. */
    @JsonProperty("TimeKey")
    private String timeKey;

    /** One value per UsageKey of the response. */
    @JsonProperty("UsageValue")
    private List<Float> usageValue;

    public String getTimeKey() {
        return timeKey;
    }

    public void setTimeKey(String timeKey) {
        this.timeKey = timeKey;
    }

    public UsageList withTimeKey(String timeKey) {
        this.timeKey = timeKey;
        return this;
    }

    public List<Float> getUsageValue() {
        return usageValue;
    }

    public void setUsageValue(List<Float> usageValue) {
        this.usageValue = usageValue;
    }

    public UsageList withUsageValue(List<Float> usageValue) {
        this.usageValue = usageValue;
        return this;
    }
}
