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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

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
    @JsonDeserialize(using = TasksReader.class)
    void readTasks(Map<String, RtcAsrTask> tasks) {
        tasksById = tasks == null ? new LinkedHashMap<>() : tasks;
    }

    /**
     * Reads {@code Tasks} from the reply's tokens into tasks by id, in wire order. The task reader is looked up once,
     * when Jackson sets this reader up ({@link #createContextual}): {@code ctxt.readValue(p, RtcAsrTask.class)} looked
     * it up for every task, introspecting the class's annotations each time (about 45% of reading the tasks).
     */
    static final class TasksReader extends StdDeserializer<Map<String, RtcAsrTask>> implements ContextualDeserializer {

        private final JsonDeserializer<Object> taskReader;

        TasksReader() {
            this(null);
        }

        private TasksReader(JsonDeserializer<Object> taskReader) {
            super(Map.class);
            this.taskReader = taskReader;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            return new TasksReader(ctxt.findContextualValueDeserializer(ctxt.constructType(RtcAsrTask.class),
                    property));
        }

        @Override
        public Map<String, RtcAsrTask> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Map<String, RtcAsrTask> tasks = new LinkedHashMap<>();
            if (p.isExpectedStartObjectToken()) {
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    RtcAsrTask task = task(p, ctxt);
                    if (task.getTaskId() == null) {
                        task.setTaskId(key);
                    }
                    tasks.put(key, task);
                }
            } else if (p.isExpectedStartArrayToken()) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    RtcAsrTask task = task(p, ctxt);
                    tasks.put(task.getTaskId(), task);
                }
            } else {
                ctxt.reportInputMismatch(this, "Tasks must be a JSON object keyed by task id, got %s",
                        p.currentToken());
            }
            return tasks;
        }

        private RtcAsrTask task(JsonParser p, DeserializationContext ctxt) throws IOException {
            RtcAsrTask task = p.currentToken() == JsonToken.VALUE_NULL ? null
                    : taskReader != null ? (RtcAsrTask) taskReader.deserialize(p, ctxt)
                    : ctxt.readValue(p, RtcAsrTask.class);
            if (task == null) {
                ctxt.reportInputMismatch(this, "a task of Tasks is null");
            }
            return task;
        }
    }
}
