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

/** Request of the DescribeVoicePrint action: voiceprints by id, or a page of them. */
public class DescribeVoicePrintRequest extends TrtcModel {

    /** Required. 0: the voiceprints of VoicePrintIdList; 1: one page (PageIndex, PageSize). */
    @JsonProperty("DescribeMode")
    private Long describeMode;

    /** The voiceprint ids; required when DescribeMode is 0. */
    @JsonProperty("VoicePrintIdList")
    private List<String> voicePrintIdList;

    /** Page number from 1; required when DescribeMode is 1. */
    @JsonProperty("PageIndex")
    private Long pageIndex;

    /** Voiceprints per page, at least 20; required when DescribeMode is 1. */
    @JsonProperty("PageSize")
    private Long pageSize;

    public Long getDescribeMode() {
        return describeMode;
    }

    public void setDescribeMode(Long describeMode) {
        this.describeMode = describeMode;
    }

    public DescribeVoicePrintRequest withDescribeMode(Long describeMode) {
        this.describeMode = describeMode;
        return this;
    }

    public List<String> getVoicePrintIdList() {
        return voicePrintIdList;
    }

    public void setVoicePrintIdList(List<String> voicePrintIdList) {
        this.voicePrintIdList = voicePrintIdList;
    }

    public DescribeVoicePrintRequest withVoicePrintIdList(List<String> voicePrintIdList) {
        this.voicePrintIdList = voicePrintIdList;
        return this;
    }

    public Long getPageIndex() {
        return pageIndex;
    }

    public void setPageIndex(Long pageIndex) {
        this.pageIndex = pageIndex;
    }

    public DescribeVoicePrintRequest withPageIndex(Long pageIndex) {
        this.pageIndex = pageIndex;
        return this;
    }

    public Long getPageSize() {
        return pageSize;
    }

    public void setPageSize(Long pageSize) {
        this.pageSize = pageSize;
    }

    public DescribeVoicePrintRequest withPageSize(Long pageSize) {
        this.pageSize = pageSize;
        return this;
    }
}
