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

/** Request of the ControlAIConversation action. */
public class ControlAIConversationRequest extends TrtcModel {

    /** Required. Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    /** Required. Command: ServerPushText, InvokeLLM or TransparentData. */
    @JsonProperty("Command")
    private String command;

    /** Text for the bot to speak; required when Command is ServerPushText. */
    @JsonProperty("ServerPushText")
    private ServerPushText serverPushText;

    /** Content to send to the LLM when Command is InvokeLLM. */
    @JsonProperty("InvokeLLM")
    private InvokeLLM invokeLlm;

    /** Data to pass through when Command is TransparentData (newer than Java SDK 3.1.1436). */
    @JsonProperty("TransparentData")
    private TransparentData transparentData;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public ControlAIConversationRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public ControlAIConversationRequest withCommand(String command) {
        this.command = command;
        return this;
    }

    public ServerPushText getServerPushText() {
        return serverPushText;
    }

    public void setServerPushText(ServerPushText serverPushText) {
        this.serverPushText = serverPushText;
    }

    public ControlAIConversationRequest withServerPushText(ServerPushText serverPushText) {
        this.serverPushText = serverPushText;
        return this;
    }

    public InvokeLLM getInvokeLlm() {
        return invokeLlm;
    }

    public void setInvokeLlm(InvokeLLM invokeLlm) {
        this.invokeLlm = invokeLlm;
    }

    public ControlAIConversationRequest withInvokeLlm(InvokeLLM invokeLlm) {
        this.invokeLlm = invokeLlm;
        return this;
    }

    public TransparentData getTransparentData() {
        return transparentData;
    }

    public void setTransparentData(TransparentData transparentData) {
        this.transparentData = transparentData;
    }

    public ControlAIConversationRequest withTransparentData(TransparentData transparentData) {
        this.transparentData = transparentData;
        return this;
    }
}
