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
package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One task of a QueryRtcAsrTasks answer. Field names and types are as on the wire: status is a number, autoTerminateDelay, reportInterval and aliUid are strings, timestamps are ISO-8601 with offset. */
public class RtcAsrTask extends AliliveModel {

    /** Task id. */
    @JsonProperty("taskId")
    private String taskId;

    /** {@code live} or {@code rtc}. */
    @JsonProperty("mode")
    private String mode;

    /** Task status number (the API documents no meanings; 1 is seen on running tasks). */
    @JsonProperty("status")
    private Integer status;

    /** Recognized language. */
    @JsonProperty("language")
    private String language;

    /** Recognized stream (Mode live). */
    @JsonProperty("streamUrl")
    private String streamUrl;

    /** Where results are pushed. */
    @JsonProperty("callbackUrl")
    private String callbackUrl;

    /** Auto-terminate latency limit in seconds, as a string. */
    @JsonProperty("autoTerminateDelay")
    private String autoTerminateDelay;

    /** Result interval in milliseconds, as a string. */
    @JsonProperty("reportInterval")
    private String reportInterval;

    /** Creation time, e.g. {@code 2024-05-14T11:52:02+08:00}. */
    @JsonProperty("createdAt")
    private String createdAt;

    /** Last change, e.g. {@code 2024-05-14T11:52:03+08:00}. */
    @JsonProperty("updatedAt")
    private String updatedAt;

    /** Owning Alibaba Cloud account id, as a string. */
    @JsonProperty("aliUid")
    private String aliUid;

    /** Tag of the task (often empty). */
    @JsonProperty("tag")
    private String tag;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public RtcAsrTask withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public RtcAsrTask withMode(String mode) {
        this.mode = mode;
        return this;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public RtcAsrTask withStatus(Integer status) {
        this.status = status;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public RtcAsrTask withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public RtcAsrTask withStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
        return this;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public RtcAsrTask withCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public String getAutoTerminateDelay() {
        return autoTerminateDelay;
    }

    public void setAutoTerminateDelay(String autoTerminateDelay) {
        this.autoTerminateDelay = autoTerminateDelay;
    }

    public RtcAsrTask withAutoTerminateDelay(String autoTerminateDelay) {
        this.autoTerminateDelay = autoTerminateDelay;
        return this;
    }

    public String getReportInterval() {
        return reportInterval;
    }

    public void setReportInterval(String reportInterval) {
        this.reportInterval = reportInterval;
    }

    public RtcAsrTask withReportInterval(String reportInterval) {
        this.reportInterval = reportInterval;
        return this;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public RtcAsrTask withCreatedAt(String createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    public RtcAsrTask withUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public String getAliUid() {
        return aliUid;
    }

    public void setAliUid(String aliUid) {
        this.aliUid = aliUid;
    }

    public RtcAsrTask withAliUid(String aliUid) {
        this.aliUid = aliUid;
        return this;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public RtcAsrTask withTag(String tag) {
        this.tag = tag;
        return this;
    }
}
