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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.support.json.Json;

/**
 * Response of the QueryRtcAsrTasks action. On the wire {@code Tasks} is a JSON object keyed by task id; it is read
 * into {@link #getTasks()} (in wire order) and kept by id in {@link #getTasksById()}.
 */
public class QueryRtcAsrTasksResponse extends AliliveResponse {

    @JsonIgnore
    private Map<String, RtcAsrTask> tasksById = new LinkedHashMap<>();

    /** The tasks of the answer, in the order the API listed them; empty when there are none. */
    public List<RtcAsrTask> getTasks() {
        return new ArrayList<>(tasksById.values());
    }

    /** The tasks keyed by task id, as the API sends them. */
    public Map<String, RtcAsrTask> getTasksById() {
        return Collections.unmodifiableMap(tasksById);
    }

    /** The task with this id, or null. */
    public RtcAsrTask getTask(String taskId) {
        return tasksById.get(taskId);
    }

    public void setTasks(List<RtcAsrTask> tasks) {
        tasksById = new LinkedHashMap<>();
        for (RtcAsrTask task : tasks) {
            tasksById.put(task.getTaskId(), task);
        }
    }

    @JsonGetter("Tasks")
    Map<String, RtcAsrTask> tasksForJson() {
        return tasksById;
    }

    /**
     * Reads {@code Tasks}: the documented object keyed by task id, and, leniently, an array of tasks or null (no
     * tasks). A task without its own taskId takes its key.
     */
    @JsonSetter("Tasks")
    void readTasks(JsonNode tasks) throws IOException {
        tasksById = new LinkedHashMap<>();
        if (tasks == null || tasks.isNull()) {
            return;
        }
        if (tasks.isObject()) {
            for (Map.Entry<String, JsonNode> entry : tasks.properties()) {
                RtcAsrTask task = Json.MAPPER.treeToValue(entry.getValue(), RtcAsrTask.class);
                if (task.getTaskId() == null) {
                    task.setTaskId(entry.getKey());
                }
                tasksById.put(entry.getKey(), task);
            }
        } else if (tasks.isArray()) {
            for (JsonNode element : tasks) {
                RtcAsrTask task = Json.MAPPER.treeToValue(element, RtcAsrTask.class);
                tasksById.put(task.getTaskId(), task);
            }
        } else {
            throw new IllegalArgumentException("Tasks must be a JSON object keyed by task id, got "
                    + tasks.getNodeType());
        }
    }
}
