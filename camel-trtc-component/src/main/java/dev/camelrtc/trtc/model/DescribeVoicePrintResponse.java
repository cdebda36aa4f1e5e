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

/** Response of the DescribeVoicePrint action. */
public class DescribeVoicePrintResponse extends TrtcResponse {

    /** Number of voiceprints in all. */
    @JsonProperty("TotalCount")
    private Long totalCount;

    /** The voiceprints. */
    @JsonProperty("Data")
    private List<VoicePrintInfo> data;

    public Long getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Long totalCount) {
        this.totalCount = totalCount;
    }

    public DescribeVoicePrintResponse withTotalCount(Long totalCount) {
        this.totalCount = totalCount;
        return this;
    }

    public List<VoicePrintInfo> getData() {
        return data;
    }

    public void setData(List<VoicePrintInfo> data) {
        this.data = data;
    }

    public DescribeVoicePrintResponse withData(List<VoicePrintInfo> data) {
        this.data = data;
        return this;
    }
}
